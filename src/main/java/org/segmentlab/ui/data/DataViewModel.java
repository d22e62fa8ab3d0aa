package org.segmentlab.ui.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
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
import org.segmentlab.core.project.DataSourceRef;
import org.segmentlab.core.project.DatabaseRef;
import org.segmentlab.core.project.SourceKind;
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
    private final DatabaseReader databaseReader;
    private final DatabasePasswords passwords;
    private final TaskRunner tasks;
    private final DialogService dialogs;

    private final ObservableList<DataSource> sources = FXCollections.observableArrayList();
    private final ObjectProperty<DataSource> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObservableList<ColumnRoleRow> columns = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");
    private final Map<DataSource, TaskHandle> pendingReads = new IdentityHashMap<>();
    private final ChangeListener<ImportedTable> tableListener = (obs, old, now) -> refreshColumns();

    public DataViewModel(DataReader reader, TaskRunner tasks, DialogService dialogs) {
        this(reader, DatabaseReader.jdbc(System::getenv), new DatabasePasswords(), tasks, dialogs);
    }

    /**
     * @param databaseReader reads database tables and queries
     * @param passwords      database passwords typed in this run of the workbench (shared by the projects it opens)
     */
    public DataViewModel(DataReader reader, DatabaseReader databaseReader, DatabasePasswords passwords,
                         TaskRunner tasks, DialogService dialogs) {
        this.reader = Objects.requireNonNull(reader);
        this.databaseReader = Objects.requireNonNull(databaseReader);
        this.passwords = Objects.requireNonNull(passwords);
        this.tasks = Objects.requireNonNull(tasks);
        this.dialogs = Objects.requireNonNull(dialogs);
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

    /**
     * Goes up by one whenever the user changes what the project keeps (a source added or removed, a
     * role or kind changed); opening a project's sources does not count.
     */
    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** The sources as the project file keeps them, in list order. */
    public List<DataSourceRef> sourceRefs() {
        List<DataSourceRef> refs = new ArrayList<>();
        for (DataSource source : sources) {
            refs.add(source.toRef());
        }
        return refs;
    }

    // ---- commands

    /**
     * Reads a new file in the background and adds it to the project. A file that cannot be used
     * is reported and leaves the sources as they were. A file already in the project is read again.
     */
    public void importFile(Path file) {
        Path normalised = file.toAbsolutePath().normalize();
        Optional<DataSource> existing = sources.stream()
                .filter(s -> s.database() == null && s.options().file().toAbsolutePath().normalize().equals(normalised))
                .findFirst();
        if (existing.isPresent()) {
            selected.set(existing.get());
            read(existing.get(), existing.get().options(), false);
            return;
        }
        ImportOptions options = ImportOptions.of(normalised);
        tasks.run(BackgroundTask.of("Importing " + normalised.getFileName(), progress -> reader.read(options, progress))
                .onSuccess(table -> {
                    SourceKind kind = SourceKinds.guess(table.report());
                    DataSource source = newSource(freeId(kind), kind, options);
                    source.loaded(options, table);
                    sources.add(source);
                    selected.set(source);
                    message.set("Imported " + source.name() + ": " + describe(table));
                    changed();
                })
                .onFailure(error -> reportFailure("Cannot import " + normalised.getFileName(), error)));
    }

    /**
     * Reads a database table or query in the background and adds it to the project (a source the
     * project has already is read again). The password typed (null for none, or when it comes from
     * an environment variable) is kept in memory for this run only. Cancelling the returned handle
     * cancels the database's statement.
     *
     * @param onDone told on the FX thread whether the table was added (false: failed or cancelled)
     */
    public TaskHandle importDatabase(DatabaseRef database, String typedPassword,
                                     java.util.function.Consumer<Boolean> onDone) {
        if (database.asksForPassword()) {
            passwords.remember(database, typedPassword);
        }
        String password = database.asksForPassword() ? typedPassword : null;
        // the same table or query of the same database and user, however its password is given
        Optional<DataSource> existing = sources.stream().filter(s -> s.database() != null
                && database.url().equals(s.database().url()) && Objects.equals(database.user(), s.database().user())
                && Objects.equals(database.table(), s.database().table())
                && Objects.equals(database.query(), s.database().query())).findFirst();
        ImportOptions options = existing.map(DataSource::options)
                .orElse(ImportOptions.of(Path.of(database.displayName())));
        boolean[] added = new boolean[1];
        return tasks.run(BackgroundTask.of("Importing " + database.displayName() + " from the database",
                        progress -> databaseReader.read(database, password, options, progress))
                .onSuccess(table -> {
                    DataSource source = existing.orElse(null);
                    if (source == null) {
                        SourceKind kind = SourceKinds.guess(table.report());
                        source = newSource(freeId(kind), kind, options, database);
                        sources.add(source);
                        changed();
                    }
                    source.setNeedsPassword(false);
                    source.loaded(options, table);
                    selected.set(source);
                    message.set("Imported " + source.name() + " from the database: " + describe(table));
                    added[0] = true;
                })
                .onFailure(error -> reportFailure("Cannot import " + database.displayName(), error))
                .onFinished(() -> onDone.accept(added[0])));
    }

    /** A fresh model for the "Import from a database" dialog, importing into this project. */
    public DatabaseConnectionModel newDatabaseConnection() {
        return newDatabaseConnection(System::getenv);
    }

    /** The same, looking environment variables up in {@code environment}. */
    public DatabaseConnectionModel newDatabaseConnection(java.util.function.Function<String, String> environment) {
        DatabaseConnectionModel dialog = new DatabaseConnectionModel(this, tasks, environment);
        // the connection of the project's last database source, so a second table is one click away
        for (int i = sources.size() - 1; i >= 0; i--) {
            DatabaseRef db = sources.get(i).database();
            if (db != null) {
                dialog.fillFrom(db, passwords.find(db).orElse(null));
                break;
            }
        }
        return dialog;
    }

    /**
     * The password of a database source that waits for it (reopened without an environment
     * variable): kept for this run, and the source is read with it.
     */
    public void providePassword(String id, String password) {
        source(id).filter(s -> s.database() != null).ifPresent(source -> {
            passwords.remember(source.database(), password);
            source.setNeedsPassword(false);
            source.setProblem(null);
            read(source, source.options(), false);
        });
    }

    /**
     * Replaces the sources with those of an opened project (paths already absolute) and reads them
     * in the background. A file that cannot be read is marked on its source, not shown in a dialog.
     *
     * @param selectId the source to select, or null for the first
     */
    public void replaceSources(List<DataSourceRef> refs, String selectId) {
        pendingReads.values().forEach(TaskHandle::cancel);
        pendingReads.clear();
        List<DataSource> loaded = new ArrayList<>();
        for (DataSourceRef ref : refs) {
            DataSource source = newSource(ref.id(), ref.kind(), ref.importOptions(Path.of(ref.path())), ref.database());
            source.setFingerprint(ref.fingerprint());
            loaded.add(source);
        }
        sources.setAll(loaded);
        selected.set(loaded.stream().filter(s -> s.id().equals(selectId)).findFirst()
                .orElse(loaded.isEmpty() ? null : loaded.get(0)));
        for (DataSource source : loaded) {
            if (source.database() != null && source.database().asksForPassword()
                    && passwords.find(source.database()).isEmpty()) {
                source.setNeedsPassword(true);
                source.setProblem(PASSWORD_NEEDED);
                continue;
            }
            read(source, source.options(), true);
        }
    }

    /** What a reopened database source shows until the user types its password. */
    public static final String PASSWORD_NEEDED = "Needs the database password: click Enter password…";

    /** The source with this id, if the project has it. */
    public Optional<DataSource> source(String id) {
        return sources.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /**
     * Points a source at another file (the old one found elsewhere) and reads it; what the project
     * knew of the file stays, so the file found is compared with it.
     */
    public void relocate(String id, Path file) {
        source(id).filter(s -> s.database() == null).ifPresent(source -> {
            read(source, source.options().withFile(file.toAbsolutePath().normalize()), false);
            changed();
        });
    }

    /** Takes a source's file as it is now ("use the new data"): later checks compare with this. */
    public void acceptFileAsItIs(String id, org.segmentlab.core.project.SourceFingerprint now) {
        source(id).ifPresent(source -> {
            source.setFingerprint(now);
            changed();
        });
    }

    /** Sets the role of one column of the selected source and reads the file again with it. */
    public void changeRole(String columnName, ColumnRole role) {
        DataSource source = selected.get();
        if (source == null || role == null || role == currentRole(source, columnName).orElse(null)) {
            return;
        }
        ImportOptions current = source.options();
        Map<String, ColumnRole> roles = new HashMap<>(current.roles());
        roles.put(columnName, role);
        read(source, current.withRoles(roles), false);
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
        message.set("Removed " + source.name() + " from the project");
        changed();
    }

    /** Writes the selected table as CSV, atomically, in the background. */
    public void exportSelected(Path target) {
        DataSource source = selected.get();
        if (source == null || source.table() == null) {
            dialogs.showInformation("Nothing to export",
                    "Import a data file first; Export writes the selected table as CSV.");
            return;
        }
        ImportedTable table = source.table();
        tasks.run(BackgroundTask.of("Exporting " + target.getFileName(), progress -> {
                    Path dir = target.toAbsolutePath().getParent();
                    Path temp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
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

    private DataSource newSource(String id, SourceKind kind, ImportOptions options) {
        return newSource(id, kind, options, null);
    }

    private DataSource newSource(String id, SourceKind kind, ImportOptions options, DatabaseRef database) {
        DataSource source = new DataSource(id, kind, options, database);
        source.kindProperty().addListener((obs, old, now) -> changed());
        return source;
    }

    /** "transactions", or "transactions-2" when the project has one already. */
    private String freeId(SourceKind kind) {
        String base = kind.name().toLowerCase(Locale.ROOT);
        String id = base;
        for (int n = 2; isTaken(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    private boolean isTaken(String id) {
        return sources.stream().anyMatch(s -> s.id().equals(id));
    }

    private void changed() {
        revision.set(revision.get() + 1);
    }

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

    /**
     * Reads a source (again) in the background; the newest request wins and a failure keeps the
     * table it had. {@code quiet} marks a failure on the source instead of showing a dialog.
     */
    private void read(DataSource source, ImportOptions options, boolean quiet) {
        Optional.ofNullable(pendingReads.remove(source)).ifPresent(TaskHandle::cancel);
        source.setLoading(true);
        TaskHandle[] handle = new TaskHandle[1];
        DatabaseRef database = source.database();
        String password = database == null || !database.asksForPassword() ? null
                : passwords.find(database).orElse(null);
        handle[0] = tasks.run(BackgroundTask.of("Reading " + source.name(), progress -> database == null
                        ? reader.read(options, progress)
                        : databaseReader.read(database, password, options, progress))
                .onSuccess(table -> {
                    boolean rolesChanged = !options.roles().equals(source.options().roles());
                    source.loaded(options, table);
                    if (!quiet) {
                        message.set("Read " + source.name() + ": " + describe(table));
                    }
                    if (rolesChanged) {
                        changed();
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
        if (error instanceof DataFileException || error instanceof org.segmentlab.core.engine.EngineException) {
            dialogs.showError(title, error.getMessage());
        } else {
            LOG.error(title, error);
            dialogs.showException(title, oneLine(error), error);
        }
    }

    private static String describe(ImportedTable table) {
        return ImportReportText.rows(table.rowCount()) + ", " + ImportReportText.columns(table.table().columnCount());
    }

    private static String oneLine(Throwable error) {
        String text = error.getMessage();
        return text == null || text.isBlank() ? error.getClass().getSimpleName() : text;
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
