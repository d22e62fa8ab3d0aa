package org.segmentlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.segmentlab.core.Progress;
import org.segmentlab.core.data.DataFileException;
import org.segmentlab.core.data.ExcelWorkbook;
import org.segmentlab.core.data.ImportOptions;
import org.segmentlab.core.engine.EngineException;
import org.segmentlab.core.engine.EngineSettings;
import org.segmentlab.core.engine.FileLines;
import org.segmentlab.core.engine.JdbcSource;
import org.segmentlab.core.engine.LineSources;
import org.segmentlab.core.engine.SqlEngine;
import org.segmentlab.core.engine.TransactionLines;
import org.segmentlab.core.features.rfm.MissingColumnException;
import org.segmentlab.core.features.rfm.TransactionColumns;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * The options that say where transaction lines live and which engine reads them: a database
 * ({@code --jdbc URL --table T | --query SQL}, password from an environment variable), or a file
 * read in memory or by the embedded DuckDB ({@code --engine auto|memory|duckdb}; auto takes DuckDB
 * for Parquet and for files from {@value #THRESHOLD_PROPERTY} MB on, default 200).
 */
final class SqlSourceOptions {

    static final String THRESHOLD_PROPERTY = "segmentlab.engine.threshold-mb";

    @Option(names = "--jdbc", paramLabel = "URL",
            description = "Read from a database instead of --input, e.g. jdbc:postgresql://host:5432/db; "
                    + "the features are computed inside the database.")
    String jdbc;

    @Option(names = "--table", paramLabel = "TABLE", description = "With --jdbc: the table or view (schema.table).")
    String table;

    @Option(names = "--query", paramLabel = "SQL", description = "With --jdbc: a SELECT giving the lines.")
    String query;

    @Option(names = "--user", paramLabel = "USER", description = "With --jdbc: the database user.")
    String user;

    @Option(names = "--password-env", paramLabel = "VAR",
            description = "With --jdbc: the environment variable holding the password (never given on the command line).")
    String passwordEnv;

    @Option(names = "--engine", paramLabel = "auto|memory|duckdb", defaultValue = "auto",
            description = "Who reads a file: memory, the embedded SQL engine (duckdb), or auto: duckdb for Parquet "
                    + "and files of 200 MB or more (default: ${DEFAULT-VALUE}).")
    String engine;

    @Option(names = "--sheet", paramLabel = "NAME", description = "The sheet of an Excel workbook (default: the first).")
    String sheet;

    /** The lines to compute on inside an engine, and the engine, closed together. */
    record Opened(SqlEngine engine, TransactionLines lines, String source, List<String> notes) implements AutoCloseable {
        @Override
        public void close() {
            engine.close();
        }
    }

    /** Usage errors, before anything is read. */
    void check(CommandSpec spec, Path input, String inputOption) {
        CommandLine cl = spec.commandLine();
        String mode = engine.strip().toLowerCase(Locale.ROOT);
        if (!List.of("auto", "memory", "duckdb").contains(mode)) {
            throw new CommandLine.ParameterException(cl, "--engine must be auto, memory or duckdb, not '" + engine + "'");
        }
        if (jdbc == null) {
            if (input == null) {
                throw new CommandLine.ParameterException(cl, "give " + inputOption + " FILE or --jdbc URL with --table or --query");
            }
            if (table != null || query != null || user != null || passwordEnv != null) {
                throw new CommandLine.ParameterException(cl, "--table, --query, --user and --password-env go with --jdbc");
            }
            if (sheet != null && !ExcelWorkbook.isWorkbook(input)) {
                throw new CommandLine.ParameterException(cl, "--sheet is for Excel workbooks (.xlsx)");
            }
            return;
        }
        if (input != null) {
            throw new CommandLine.ParameterException(cl, inputOption + " and --jdbc cannot be combined: give one source");
        }
        if ((table == null) == (query == null)) {
            throw new CommandLine.ParameterException(cl, "--jdbc needs either --table or --query");
        }
        if (mode.equals("memory")) {
            throw new CommandLine.ParameterException(cl, "--engine memory reads files; with --jdbc the database computes");
        }
    }

    /** True when the lines are read and computed by SQL, not in memory. */
    boolean usesSql(Path input) {
        if (jdbc != null) {
            return true;
        }
        String mode = engine.strip().toLowerCase(Locale.ROOT);
        if (mode.equals("memory") || ExcelWorkbook.isWorkbook(input)) {
            return false;
        }
        if (mode.equals("duckdb") || FileLines.isParquet(input)) {
            return true;
        }
        try {
            return Files.size(input) >= thresholdBytes();
        } catch (IOException e) {
            return false;
        }
    }

    static long thresholdBytes() {
        String mb = System.getProperty(THRESHOLD_PROPERTY);
        if (mb == null || mb.isBlank()) {
            return EngineSettings.DEFAULT_SIZE_THRESHOLD_BYTES;
        }
        try {
            return (long) (Double.parseDouble(mb.strip()) * (1 << 20));
        } catch (NumberFormatException e) {
            throw new BadInputException("-D" + THRESHOLD_PROPERTY + " must be a number of megabytes, not '" + mb + "'");
        }
    }

    JdbcSource jdbcSource() {
        return new JdbcSource(jdbc, table, query, user, passwordEnv);
    }

    /** Opens the engine and finds the transaction columns. */
    Opened open(Path input, TransactionColumns wanted, String productColumn, Progress progress) throws DataFileException {
        if (jdbc != null) {
            JdbcSource source = jdbcSource();
            SqlEngine db = connect(source);
            try {
                TransactionLines lines = LineSources.typed(db, source.relation(db.dialect()), source.describe(), wanted,
                        productColumn);
                return new Opened(db, lines, source.describe(),
                        List.of("computed inside " + db.description()));
            } catch (RuntimeException e) {
                db.close();
                throw rethrown(e);
            }
        }
        if (!Files.isRegularFile(input)) {
            throw new DataFileException(input, Files.exists(input) ? "is not a file" : "file not found");
        }
        SqlEngine duck = embedded();
        try {
            FileLines.Source source = FileLines.read(duck, ImportOptions.of(input), wanted, productColumn, progress);
            return new Opened(duck, source.lines(), String.valueOf(input.getFileName()), source.notes());
        } catch (DataFileException | RuntimeException e) {
            duck.close();
            if (e instanceof RuntimeException) {
                throw rethrown((RuntimeException) e);
            }
            throw (DataFileException) e;
        }
    }

    static SqlEngine connect(JdbcSource source) {
        try {
            return SqlEngine.connect(source, System::getenv);
        } catch (EngineException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    static SqlEngine embedded() {
        try {
            return SqlEngine.embedded(EngineSettings.defaults());
        } catch (EngineException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    static RuntimeException rethrown(RuntimeException e) {
        if (e instanceof EngineException || e instanceof MissingColumnException) {
            return new BadInputException(e.getMessage());
        }
        return e;
    }
}
