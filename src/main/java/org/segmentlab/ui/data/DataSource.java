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
import org.segmentlab.core.project.DatabaseRef;
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
    private final BooleanProperty needsPassword = new SimpleBooleanProperty(this, "needsPassword");
    /** Where the table lives when it comes from a database, or null for a file. */
    private final DatabaseRef database;

    /**
     * @param id   the short name the project uses for this source (unique in the project)
     * @param kind what the file holds
     */
    public DataSource(String id, SourceKind kind, ImportOptions options) {
        this(id, kind, options, null);
    }

    /**
     * A table or query of a database; {@code options} hold its roles and missing-value words, their
     * file only the source's name.
     */
    public DataSource(String id, SourceKind kind, ImportOptions options, DatabaseRef database) {
        this.id = Objects.requireNonNull(id);
        this.kind = new SimpleObjectProperty<>(this, "kind", Objects.requireNonNull(kind));
        this.options = new SimpleObjectProperty<>(this, "options", Objects.requireNonNull(options));
        this.database = database;
    }

    /** The database the table comes from, or null for a file. */
    public DatabaseRef database() {
        return database;
    }

    /** True while a database source waits for the password the user types (asked once per session). */
    public boolean needsPassword() {
        return needsPassword.get();
    }

    public ReadOnlyBooleanProperty needsPasswordProperty() {
        return needsPassword;
    }

    void setNeedsPassword(boolean value) {
        needsPassword.set(value);
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
        if (database != null) {
            return DataSourceRef.ofDatabase(id, kind.get(), database, ImportSettings.from(options.get()));
        }
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

    /** The file name (or the database table, or "query"), as the source list shows it. */
    public String name() {
        if (database != null) {
            return database.displayName();
        }
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
