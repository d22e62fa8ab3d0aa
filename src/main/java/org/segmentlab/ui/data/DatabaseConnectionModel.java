package org.segmentlab.ui.data;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.segmentlab.core.engine.DatabaseBrowser;
import org.segmentlab.core.engine.SqlEngine;
import org.segmentlab.core.project.DatabaseRef;
import org.segmentlab.ui.task.BackgroundTask;
import org.segmentlab.ui.task.TaskHandle;
import org.segmentlab.ui.task.TaskRunner;

/**
 * The "Import from a database" dialog: the connection the user types, its test, the tables with
 * their row counts, a preview of the first rows of a table or query, and the import. Every database
 * call runs as a background task on its own connection, closed when the call ends.
 */
public final class DatabaseConnectionModel {

    /** Rows the preview shows. */
    public static final int PREVIEW_ROWS = 20;

    private final DataViewModel data;
    private final TaskRunner tasks;
    private final Function<String, String> environment;
    private final DatabaseBrowser browser = new DatabaseBrowser();

    private final StringProperty url = new SimpleStringProperty(this, "url", "");
    private final StringProperty user = new SimpleStringProperty(this, "user", "");
    private final StringProperty password = new SimpleStringProperty(this, "password", "");
    private final BooleanProperty passwordFromEnvironment = new SimpleBooleanProperty(this, "passwordFromEnvironment");
    private final StringProperty passwordVariable = new SimpleStringProperty(this, "passwordVariable", "");
    private final BooleanProperty queryMode = new SimpleBooleanProperty(this, "queryMode");
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObjectProperty<DatabaseBrowser.Table> selectedTable = new SimpleObjectProperty<>(this, "selectedTable");

    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "Not connected");
    private final ReadOnlyBooleanWrapper connected = new ReadOnlyBooleanWrapper(this, "connected");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper importing = new ReadOnlyBooleanWrapper(this, "importing");
    private final ReadOnlyObjectWrapper<DatabaseBrowser.Preview> preview = new ReadOnlyObjectWrapper<>(this, "preview");
    private final ReadOnlyStringWrapper previewProblem = new ReadOnlyStringWrapper(this, "previewProblem");
    private final ObservableList<DatabaseBrowser.Table> tables = FXCollections.observableArrayList();

    private TaskHandle browsing;
    private TaskHandle importTask;
    /** Counts requests, so that only the newest one's answer is shown. */
    private long request;

    /** @param environment where an environment variable's value is looked up (normally {@code System::getenv}) */
    public DatabaseConnectionModel(DataViewModel data, TaskRunner tasks, Function<String, String> environment) {
        this.data = Objects.requireNonNull(data);
        this.tasks = Objects.requireNonNull(tasks);
        this.environment = Objects.requireNonNull(environment);
        // a changed connection is not the one tested
        url.addListener((obs, old, now) -> disconnect());
        user.addListener((obs, old, now) -> disconnect());
        selectedTable.addListener((obs, old, now) -> {
            if (now != null && !queryMode.get()) {
                previewTable(now);
            }
        });
    }

    public StringProperty urlProperty() {
        return url;
    }

    public StringProperty userProperty() {
        return user;
    }

    /** The password typed; kept in memory for this run only, never saved. */
    public StringProperty passwordProperty() {
        return password;
    }

    /** True: the password is read from the environment variable {@link #passwordVariableProperty()}. */
    public BooleanProperty passwordFromEnvironmentProperty() {
        return passwordFromEnvironment;
    }

    public StringProperty passwordVariableProperty() {
        return passwordVariable;
    }

    /** True: the rows are the SQL query's, not a table's. */
    public BooleanProperty queryModeProperty() {
        return queryMode;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObjectProperty<DatabaseBrowser.Table> selectedTableProperty() {
        return selectedTable;
    }

    /** "Connected: PostgreSQL 15.4", or why not, in one line. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public String status() {
        return status.get();
    }

    public ReadOnlyBooleanProperty connectedProperty() {
        return connected.getReadOnlyProperty();
    }

    /** True while a test or a preview runs. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty importingProperty() {
        return importing.getReadOnlyProperty();
    }

    /** The tables and views of the database connected to, with their row counts. */
    public ObservableList<DatabaseBrowser.Table> tables() {
        return tables;
    }

    /** The first rows of the selected table or the query, or null. */
    public ReadOnlyObjectProperty<DatabaseBrowser.Preview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** Why the preview could not be made (e.g. the query's error), or null. */
    public ReadOnlyStringProperty previewProblemProperty() {
        return previewProblem.getReadOnlyProperty();
    }

    /** Whether Import can run now: connected, a table chosen or a query typed, nothing importing. */
    public BooleanBinding canImport() {
        return Bindings.createBooleanBinding(() -> connected.get() && !importing.get()
                        && (queryMode.get() ? !query.get().isBlank() : selectedTable.get() != null),
                connected, importing, queryMode, query, selectedTable);
    }

    /** Starts from a known connection (its password only when typed this run). */
    void fillFrom(DatabaseRef db, String typedPassword) {
        url.set(db.url());
        user.set(db.user() == null ? "" : db.user());
        passwordFromEnvironment.set(db.passwordEnv() != null);
        passwordVariable.set(db.passwordEnv() == null ? "" : db.passwordEnv());
        password.set(typedPassword == null ? "" : typedPassword);
    }

    // ---- commands

    /** Connects, says what answered ("Connected: PostgreSQL 15.4") and lists the tables; or says why not. */
    public void test() {
        if (url.get().isBlank()) {
            status.set("Type the JDBC URL first, e.g. jdbc:postgresql://localhost:5432/shop");
            return;
        }
        DatabaseRef target = connectionOrSay(null, "SELECT 1");
        if (target == null) {
            return;
        }
        String typed = typedPassword();
        long mine = ++request;
        cancelBrowsing();
        disconnect();
        busy.set(true);
        status.set("Connecting…");
        browsing = tasks.run(BackgroundTask.of("Connecting to the database", progress -> {
                    DatabaseRef.Connection c = target.connection(typed, environment);
                    try (SqlEngine engine = SqlEngine.connect(c.source(), c.environment())) {
                        String product = engine.withMetaData(meta -> (meta.getDatabaseProductName() + " "
                                + meta.getDatabaseProductVersion()).strip());
                        return new Connected(product, browser.tables(engine, progress));
                    }
                })
                .onSuccess(found -> {
                    if (mine == request) {
                        connected.set(true);
                        tables.setAll(found.tables());
                        status.set("Connected: " + found.product());
                    }
                })
                .onFailure(error -> {
                    if (mine == request) {
                        status.set("Not connected: " + oneLine(error));
                    }
                })
                .onFinished(() -> {
                    if (mine == request) {
                        busy.set(false);
                    }
                }));
    }

    /** Shows the first rows of the query typed. */
    public void previewQuery() {
        DatabaseRef target = query.get().isBlank() ? null : connectionOrSay(null, query.get());
        if (target != null) {
            showPreview(target);
        }
    }

    private void previewTable(DatabaseBrowser.Table table) {
        DatabaseRef target = connectionOrSay(table.qualifiedName(), null);
        if (target != null) {
            showPreview(target);
        }
    }

    private void showPreview(DatabaseRef target) {
        if (!connected.get()) {
            return;
        }
        String typed = typedPassword();
        long mine = ++request;
        cancelBrowsing();
        busy.set(true);
        previewProblem.set(null);
        browsing = tasks.run(BackgroundTask.of("Previewing " + target.displayName(), progress -> {
                    DatabaseRef.Connection c = target.connection(typed, environment);
                    try (SqlEngine engine = SqlEngine.connect(c.source(), c.environment())) {
                        return browser.preview(engine, c.source(), PREVIEW_ROWS, progress);
                    }
                })
                .onSuccess(rows -> {
                    if (mine == request) {
                        preview.set(rows);
                    }
                })
                .onFailure(error -> {
                    if (mine == request) {
                        preview.set(null);
                        previewProblem.set(oneLine(error));
                    }
                })
                .onFinished(() -> {
                    if (mine == request) {
                        busy.set(false);
                    }
                }));
    }

    /**
     * Imports the selected table (or the query) as a project source in the background; the
     * password typed is kept for this run, the project keeps only the rest.
     *
     * @param onDone told on the FX thread whether the table was added
     */
    public void importChosen(Consumer<Boolean> onDone) {
        if (!canImport().get()) {
            return;
        }
        DatabaseRef target = queryMode.get() ? connectionOrSay(null, query.get())
                : connectionOrSay(selectedTable.get().qualifiedName(), null);
        if (target == null) {
            return;
        }
        importing.set(true);
        status.set("Importing " + target.displayName() + "…");
        importTask = data.importDatabase(target, typedPassword(), added -> {
            importing.set(false);
            importTask = null;
            status.set(added ? "Imported " + target.displayName() : "Import of " + target.displayName() + " stopped");
            onDone.accept(added);
        });
    }

    /** Stops the running import; the database cancels its statement. */
    public void cancelImport() {
        if (importTask != null) {
            importTask.cancel();
        }
    }

    /** Stops whatever this dialog still has running (the dialog closes). */
    public void close() {
        cancelBrowsing();
    }

    // ---- internals

    /**
     * The connection as typed, or null with the reason in the status line when the URL is one a
     * project may not keep (a driver parameter that loads classes or writes files).
     */
    private DatabaseRef connectionOrSay(String table, String sql) {
        try {
            return connectionRef(table, sql);
        } catch (IllegalArgumentException e) {
            status.set("Not connected: " + e.getMessage());
            return null;
        }
    }

    /** The connection as typed, for this table or query. */
    DatabaseRef connectionRef(String table, String sql) {
        boolean fromEnv = passwordFromEnvironment.get();
        return new DatabaseRef(DatabaseRef.splitPassword(url.get().strip()).url(), table, sql, user.get(),
                fromEnv ? passwordVariable.get() : null, !fromEnv && typedPassword() != null);
    }

    /** The password typed, or else one written in the URL (taken out of the URL the project keeps). */
    private String typedPassword() {
        if (passwordFromEnvironment.get()) {
            return null;
        }
        if (!password.get().isEmpty()) {
            return password.get();
        }
        return DatabaseRef.splitPassword(url.get().strip()).password();
    }

    private void disconnect() {
        connected.set(false);
        tables.clear();
        selectedTable.set(null);
        preview.set(null);
        previewProblem.set(null);
        if (!busy.get()) {
            status.set("Not connected");
        }
    }

    private void cancelBrowsing() {
        if (browsing != null) {
            browsing.cancel();
            browsing = null;
        }
    }

    private static String oneLine(Throwable error) {
        String text = error.getMessage();
        if (text == null || text.isBlank()) {
            return error.getClass().getSimpleName();
        }
        int nl = text.indexOf('\n');
        return nl < 0 ? text.strip() : text.substring(0, nl).strip();
    }

    private record Connected(String product, List<DatabaseBrowser.Table> tables) {
    }
}
