package org.segmentlab.ui.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.segmentlab.core.data.ColumnInfo;
import org.segmentlab.core.data.ColumnRole;
import org.segmentlab.core.data.DataFileException;
import org.segmentlab.core.data.ImportOptions;
import org.segmentlab.core.data.ImportedTable;
import org.segmentlab.ui.dialog.DialogService;
import org.segmentlab.ui.task.BackgroundTask;
import org.segmentlab.ui.task.TaskHandle;
import org.segmentlab.ui.task.TaskRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Data step: the project's data sources, the one selected, its columns with their roles, and
 * the commands to import a file, change a role (which reads the file again) and export the table.
 */
public final class DataViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(DataViewModel.class);

    private final DataReader reader;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Runnable onProjectChanged;

    private final ObservableList<DataSource> sources = FXCollections.observableArrayList();
    private final ObjectProperty<DataSource> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObservableList<ColumnRoleRow> columns = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final Map<DataSource, TaskHandle> pendingReads = new IdentityHashMap<>();
    private final ChangeListener<ImportedTable> tableListener = (obs, old, now) -> refreshColumns();

    /**
     * @param onProjectChanged called whenever the sources or their roles change, so the project
     *                         can be marked as modified
     */
    public DataViewModel(DataReader reader, TaskRunner tasks, DialogService dialogs, Runnable onProjectChanged) {
        this.reader = Objects.requireNonNull(reader);
        this.tasks = Objects.requireNonNull(tasks);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.onProjectChanged = Objects.requireNonNull(onProjectChanged);
        selected.addListener((obs, old, now) -> {
            if (old != null) {
                old.tableProperty().removeListener(tableListener);
            }
            if (now != null) {
                now.tableProperty().addListener(tableListener);
            }
            refreshColumns();
        });
    }

    public ObservableList<DataSource> sources() {
        return sources;
    }

    public ObjectProperty<DataSource> selectedProperty() {
        return selected;
    }

    public DataSource selected() {
        return selected.get();
    }

    /** The columns of the selected source, for the roles editor. */
    public ObservableList<ColumnRoleRow> columns() {
        return columns;
    }

    /** The last thing that happened, for the status bar: "Imported orders.csv: 541,909 rows, 8 columns". */
    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    /** How each source is read, role overrides included, in list order: what the project file keeps. */
    public List<ImportOptions> sourceOptions() {
        List<ImportOptions> options = new ArrayList<>();
        for (DataSource source : sources) {
            options.add(source.options());
        }
        return options;
    }

    // ---- commands

    /**
     * Reads a new file in the background and adds it to the project. A file that cannot be used
     * is reported and leaves the sources as they were. A file already in the project is read again.
     */
    public void importFile(Path file) {
        Path normalised = file.toAbsolutePath().normalize();
        Optional<DataSource> existing = sources.stream()
                .filter(s -> s.options().file().toAbsolutePath().normalize().equals(normalised))
                .findFirst();
        if (existing.isPresent()) {
            selected.set(existing.get());
            read(existing.get(), existing.get().options());
            return;
        }
        ImportOptions options = ImportOptions.of(normalised);
        tasks.run(BackgroundTask.of("Importing " + normalised.getFileName(), progress -> reader.read(options, progress))
                .onSuccess(table -> {
                    DataSource source = new DataSource(options);
                    source.loaded(options, table);
                    sources.add(source);
                    selected.set(source);
                    message.set("Imported " + source.name() + ": " + describe(table));
                    onProjectChanged.run();
                })
                .onFailure(error -> reportFailure("Cannot import " + normalised.getFileName(), error)));
    }

    /** Replaces the sources with those of an opened project and reads them all in the background. */
    public void replaceSources(List<ImportOptions> options) {
        pendingReads.values().forEach(TaskHandle::cancel);
        pendingReads.clear();
        List<DataSource> loaded = new ArrayList<>();
        for (ImportOptions option : options) {
            loaded.add(new DataSource(option));
        }
        sources.setAll(loaded);
        selected.set(loaded.isEmpty() ? null : loaded.get(0));
        for (DataSource source : loaded) {
            readQuietly(source);
        }
    }

    /** Sets the role of one column of the selected source and reads the file again with it. */
    public void changeRole(String columnName, ColumnRole role) {
        DataSource source = selected.get();
        if (source == null) {
            return;
        }
        if (role == null || role == currentRole(source, columnName).orElse(null)) {
            return;
        }
        ImportOptions current = source.options();
        Map<String, ColumnRole> roles = new HashMap<>(current.roles());
        roles.put(columnName, role);
        read(source, current.withRoles(roles));
    }

    /** Removes the selected source from the project (the file itself stays). */
    public void removeSelected() {
        DataSource source = selected.get();
        if (source == null) {
            return;
        }
        Optional.ofNullable(pendingReads.remove(source)).ifPresent(TaskHandle::cancel);
        int index = sources.indexOf(source);
        sources.remove(source);
        selected.set(sources.isEmpty() ? null : sources.get(Math.min(index, sources.size() - 1)));
        onProjectChanged.run();
    }

    /** Writes the selected table as CSV, atomically, in the background. */
    public void exportSelected(Path target) {
        DataSource source = selected.get();
        if (source == null || source.table() == null) {
            dialogs.showInformation("Nothing to export", "Import a data file first; Export writes the selected table as CSV.");
            return;
        }
        ImportedTable table = source.table();
        tasks.run(BackgroundTask.of("Exporting " + target.getFileName(), progress -> {
                    Path dir = target.toAbsolutePath().getParent();
                    Path temp = Files.createTempFile(dir, target.getFileName().toString(), ".part");
                    try {
                        table.table().write().csv(temp.toFile());
                        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                    } finally {
                        Files.deleteIfExists(temp);
                    }
                    return target;
                })
                .onSuccess(written -> message.set("Exported " + source.name() + " to " + written))
                .onFailure(error -> reportFailure("Cannot export " + target.getFileName(), error)));
    }

    // ---- internals

    /** The role the table was last read with (the guess, or the user's override). */
    private Optional<ColumnRole> currentRole(DataSource source, String columnName) {
        ImportedTable table = source.table();
        if (table == null) {
            return Optional.empty();
        }
        return table.report().columns().stream()
                .filter(c -> c.name().equals(columnName))
                .map(ColumnInfo::role)
                .findFirst();
    }

    /** Reads the source again with new options; the newest request wins, a failure keeps the old table. */
    private void read(DataSource source, ImportOptions options) {
        read(source, options, false);
    }

    /** Reading a project's sources: a missing file is marked on its source rather than shown in a dialog each. */
    private void readQuietly(DataSource source) {
        read(source, source.options(), true);
    }

    private void read(DataSource source, ImportOptions options, boolean quiet) {
        Optional.ofNullable(pendingReads.remove(source)).ifPresent(TaskHandle::cancel);
        source.setLoading(true);
        TaskHandle[] handle = new TaskHandle[1];
        handle[0] = tasks.run(BackgroundTask.of("Reading " + source.name(), progress -> reader.read(options, progress))
                .onSuccess(table -> {
                    boolean rolesChanged = !options.roles().equals(source.options().roles());
                    source.loaded(options, table);
                    message.set("Read " + source.name() + ": " + describe(table));
                    if (rolesChanged) {
                        onProjectChanged.run();
                    }
                })
                .onFailure(error -> {
                    if (quiet) {
                        LOG.info("Source {} not read: {}", options.file(), error.getMessage());
                        source.setProblem(oneLine(error));
                    } else {
                        reportFailure("Cannot read " + source.name(), error);
                    }
                    if (source == selected.get()) {
                        refreshColumns();
                    }
                })
                .onFinished(() -> {
                    // A synchronous runner finishes before the handle is stored; both are null then.
                    if (pendingReads.get(source) == handle[0]) {
                        pendingReads.remove(source);
                        source.setLoading(false);
                    }
                }));
        if (source.isLoading()) {
            pendingReads.put(source, handle[0]);
        }
    }

    private void reportFailure(String title, Throwable error) {
        if (error instanceof DataFileException) {
            dialogs.showError(title, error.getMessage());
        } else {
            LOG.error(title, error);
            dialogs.showException(title, oneLine(error), error);
        }
    }

    private static String describe(ImportedTable table) {
        return ImportReportText.count(table.rowCount()) + " rows, " + table.table().columnCount() + " columns";
    }

    private static String oneLine(Throwable error) {
        String message = error.getMessage();
        return message == null || message.isBlank() ? error.getClass().getSimpleName() : message;
    }

    private void refreshColumns() {
        DataSource source = selected.get();
        ImportedTable table = source == null ? null : source.table();
        if (table == null) {
            columns.clear();
            return;
        }
        List<ColumnRoleRow> rows = new ArrayList<>();
        for (ColumnInfo info : table.report().columns()) {
            ColumnRoleRow row = new ColumnRoleRow(info);
            row.roleProperty().addListener((obs, old, now) -> {
                if (now != null && now != old) {
                    changeRole(row.name(), now);
                }
            });
            rows.add(row);
        }
        columns.setAll(rows);
    }
}
