package org.segmentlab.core.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Stream;
import org.segmentlab.core.CancelledException;
import org.segmentlab.core.Progress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An {@link Engine} on one JDBC connection: the embedded DuckDB ({@link #embedded}) or any database
 * with a JDBC driver ({@link #connect}). Not thread-safe: one statement at a time.
 */
public final class SqlEngine implements Engine {

    private static final Logger LOG = LoggerFactory.getLogger(SqlEngine.class);
    private static final long CANCEL_POLL_MS = 100;

    private final Connection connection;
    private final SqlDialect dialect;
    private final String description;
    private final Path ownSpillFolder;
    private final ScheduledExecutorService watcher;

    private SqlEngine(Connection connection, SqlDialect dialect, String description, Path ownSpillFolder) {
        this.connection = connection;
        this.dialect = dialect;
        this.description = description;
        this.ownSpillFolder = ownSpillFolder;
        this.watcher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "sql-cancel-watch");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * The embedded DuckDB, in memory, within the settings' memory limit and threads, spilling to
     * the settings' folder (or a temporary one removed on close).
     */
    public static SqlEngine embedded(EngineSettings settings) {
        Path spill = settings.spillFolder();
        Path own = null;
        try {
            if (spill == null) {
                own = Files.createTempDirectory("segmentlab-duckdb-");
                spill = own;
            } else {
                Files.createDirectories(spill);
            }
            Connection c = DriverManager.getConnection("jdbc:duckdb:");
            try (Statement s = c.createStatement()) {
                s.execute("SET memory_limit = '" + settings.memoryLimitMb() + "MB'");
                s.execute("SET threads = " + settings.threads());
                s.execute("SET temp_directory = " + SqlDialect.DUCKDB.literal(spill.toString()));
                s.execute("SET preserve_insertion_order = false");
            }
            LOG.debug("DuckDB started: {} MB, {} threads, spilling to {}", settings.memoryLimitMb(),
                    settings.threads(), spill);
            return new SqlEngine(c, SqlDialect.DUCKDB, "embedded DuckDB", own);
        } catch (SQLException e) {
            deleteQuietly(own);
            throw new EngineException("the embedded SQL engine (DuckDB) did not start: " + e.getMessage(), e);
        } catch (IOException e) {
            deleteQuietly(own);
            throw new EngineException("no folder for the SQL engine to spill to: " + e.getMessage(), e);
        }
    }

    /**
     * Connects to a database. The password is read from the environment variable the source names
     * (through {@code environment}, normally {@code System::getenv}), used once and not kept.
     */
    public static SqlEngine connect(JdbcSource source, Function<String, String> environment) {
        Properties props = new Properties();
        if (source.user() != null) {
            props.setProperty("user", source.user());
        }
        if (source.passwordEnv() != null) {
            String password = environment.apply(source.passwordEnv());
            if (password == null) {
                throw new EngineException("the environment variable " + source.passwordEnv()
                        + " (for the database password) is not set");
            }
            props.setProperty("password", password);
        }
        String where = redacted(source.url());
        try {
            Connection c = DriverManager.getConnection(source.url(), props);
            SqlDialect dialect = SqlDialect.ofUrl(source.url());
            if (dialect == SqlDialect.POSTGRESQL) {
                raiseWorkMem(c);
            }
            return new SqlEngine(c, dialect, databaseName(c) + " at " + where, null);
        } catch (SQLException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : firstLine(e.getMessage());
            if (message.toLowerCase(Locale.ROOT).contains("no suitable driver")) {
                message = "no JDBC driver for this URL is on the class path";
            }
            throw new EngineException(where + ": cannot connect: " + message, e);
        }
    }

    /** PostgreSQL's memory per sort or hash (work_mem) for this session, when the server's is smaller. */
    static final String POSTGRES_WORK_MEM = "64MB";

    /**
     * Raises work_mem for this session only: with the default 4 MB, the per-order GROUP BY of Online
     * Retail spilled to disk and took 1.6 times as long. A server set higher is left alone.
     */
    private static void raiseWorkMem(Connection c) {
        try (Statement s = c.createStatement()) {
            long current;
            try (ResultSet r = s.executeQuery("SELECT pg_size_bytes(current_setting('work_mem'))")) {
                current = r.next() ? r.getLong(1) : Long.MAX_VALUE;
            }
            if (current < (64L << 20)) {
                s.execute("SET work_mem = '" + POSTGRES_WORK_MEM + "'");
                LOG.debug("work_mem raised from {} bytes to {} for this session", current, POSTGRES_WORK_MEM);
            }
        } catch (SQLException e) {
            LOG.debug("work_mem left as the server sets it", e);
        }
    }

    /** The URL without anything that looks like a password parameter. */
    static String redacted(String url) {
        return url.replaceAll("(?i)(password|pwd)=[^&;]*", "$1=***");
    }

    private static String databaseName(Connection c) {
        try {
            return c.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            return "database";
        }
    }

    @Override
    public SqlDialect dialect() {
        return dialect;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public <T> T query(String sql, RowReader<T> reader, Progress progress) {
        progress.checkCancelled();
        LOG.debug("SQL on {}:\n{}", description, sql);
        long started = System.nanoTime();
        AtomicBoolean cancelled = new AtomicBoolean();
        try (Statement statement = connection.createStatement()) {
            statement.setFetchSize(10_000);
            ScheduledFuture<?> watch = watcher.scheduleWithFixedDelay(() -> {
                if (progress.isCancelled() && cancelled.compareAndSet(false, true)) {
                    try {
                        statement.cancel();
                    } catch (SQLException e) {
                        LOG.debug("cancel failed", e);
                    }
                }
            }, CANCEL_POLL_MS, CANCEL_POLL_MS, TimeUnit.MILLISECONDS);
            try (ResultSet rows = statement.executeQuery(sql)) {
                T result = reader.read(rows);
                LOG.debug("SQL done in {} ms", (System.nanoTime() - started) / 1_000_000);
                return result;
            } finally {
                watch.cancel(false);
            }
        } catch (SQLException e) {
            if (cancelled.get() || progress.isCancelled()) {
                throw new CancelledException();
            }
            throw new EngineException(description + ": " + firstLine(String.valueOf(e.getMessage())), e);
        }
    }

    @Override
    public void inTransaction(TransactionWork work, Progress progress) {
        progress.checkCancelled();
        boolean autoCommit;
        try {
            autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            throw new EngineException(description + ": " + firstLine(String.valueOf(e.getMessage())), e);
        }
        try {
            work.run(connection);
            if (progress.isCancelled()) {
                connection.rollback();
                throw new CancelledException();
            }
            connection.commit();
        } catch (SQLException e) {
            rollbackQuietly();
            throw new EngineException(description + ": " + firstLine(String.valueOf(e.getMessage()))
                    + " (nothing was written)", e);
        } catch (RuntimeException e) {
            rollbackQuietly();
            throw e;
        } finally {
            try {
                connection.setAutoCommit(autoCommit);
            } catch (SQLException e) {
                LOG.debug("auto-commit not restored", e);
            }
        }
    }

    @Override
    public List<SourceColumn> columnsOf(String relation) {
        return query("SELECT * FROM " + relation + " WHERE 1 = 0", rows -> {
            ResultSetMetaData meta = rows.getMetaData();
            List<SourceColumn> columns = new ArrayList<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                columns.add(new SourceColumn(meta.getColumnLabel(i), meta.getColumnType(i), meta.getColumnTypeName(i)));
            }
            return columns;
        }, Progress.none());
    }

    /** Reads the connection's metadata (tables, columns) through {@code reader}. */
    public <T> T withMetaData(DatabaseBrowser.MetaDataReader<T> reader) {
        try {
            return reader.read(connection.getMetaData());
        } catch (SQLException e) {
            throw new EngineException(description + ": " + firstLine(String.valueOf(e.getMessage())), e);
        }
    }

    private void rollbackQuietly() {
        try {
            connection.rollback();
        } catch (SQLException e) {
            LOG.debug("rollback failed", e);
        }
    }

    static String firstLine(String message) {
        String m = message.strip();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl).strip();
    }

    @Override
    public void close() {
        watcher.shutdownNow();
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.debug("closing {} failed", description, e);
        }
        deleteQuietly(ownSpillFolder);
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    LOG.debug("left {} behind", p);
                }
            });
        } catch (IOException e) {
            LOG.debug("left {} behind", folder);
        }
    }
}
