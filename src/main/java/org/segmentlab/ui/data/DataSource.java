package org.segmentlab.ui.data;

import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.segmentlab.core.data.ImportOptions;
import org.segmentlab.core.data.ImportedTable;
import org.segmentlab.core.project.DataSourceRef;
import org.segmentlab.core.project.ImportSettings;
import org.segmentlab.core.project.SourceKind;

/**
 * One data file of the project: how to read it (with the user's role overrides), the table once
 * read, and whether it is loading or could not be read.
 */
public final class DataSource {

    private final String id;
    private final ObjectProperty<SourceKind> kind;
    private final ObjectProperty<ImportOptions> options;
    private final ObjectProperty<ImportedTable> table = new SimpleObjectProperty<>(this, "table");
    private final BooleanProperty loading = new SimpleBooleanProperty(this, "loading");
    private final StringProperty problem = new SimpleStringProperty(this, "problem");

    /**
     * @param id   the short name the project uses for this source (unique in the project)
     * @param kind what the file holds
     */
    public DataSource(String id, SourceKind kind, ImportOptions options) {
        this.id = Objects.requireNonNull(id);
        this.kind = new SimpleObjectProperty<>(this, "kind", Objects.requireNonNull(kind));
        this.options = new SimpleObjectProperty<>(this, "options", Objects.requireNonNull(options));
    }

    /** What the project knew of the file when it took it (size, time, SHA-256), or null for a file new to it. */
    private org.segmentlab.core.project.SourceFingerprint fingerprint;

    public org.segmentlab.core.project.SourceFingerprint fingerprint() {
        return fingerprint;
    }

    /** Takes the file as it is now (or as the project file kept it), to tell later changes by. */
    public void setFingerprint(org.segmentlab.core.project.SourceFingerprint fingerprint) {
        this.fingerprint = fingerprint;
    }

    /** As the project file keeps it, with the file's fingerprint where the project has one. */
    public DataSourceRef toRef() {
        DataSourceRef ref = DataSourceRef.of(id, kind.get(), options.get().file(), ImportSettings.from(options.get()));
        return fingerprint == null ? ref : ref.withFingerprint(fingerprint);
    }

    public String id() {
        return id;
    }

    public SourceKind kind() {
        return kind.get();
    }

    public ObjectProperty<SourceKind> kindProperty() {
        return kind;
    }

    /** The file name, as the source list shows it. */
    public String name() {
        return options.get().file().getFileName().toString();
    }

    public ImportOptions options() {
        return options.get();
    }

    public ReadOnlyObjectProperty<ImportOptions> optionsProperty() {
        return options;
    }

    public ImportedTable table() {
        return table.get();
    }

    public ReadOnlyObjectProperty<ImportedTable> tableProperty() {
        return table;
    }

    public boolean isLoading() {
        return loading.get();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    /** Why the file could not be read, or null. */
    public String problem() {
        return problem.get();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem;
    }

    void loaded(ImportOptions readWith, ImportedTable result) {
        options.set(readWith);
        table.set(result);
        problem.set(null);
    }

    void setLoading(boolean value) {
        loading.set(value);
    }

    void setProblem(String message) {
        problem.set(message);
    }

    @Override
    public String toString() {
        return name();
    }
}
