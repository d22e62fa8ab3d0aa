package org.segmentlab.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import org.postgresql.PGConnection;

/**
 * The throw-away PostgreSQL server that {@code .ci/run} starts: its JDBC URL comes in the
 * environment variable {@value #URL_VARIABLE} (or the system property {@value #URL_PROPERTY}).
 * Without it a test that needs the server is skipped and the reason is printed, never passed.
 */
public final class TestPostgres {

    public static final String URL_VARIABLE = "SEGMENTLAB_TEST_POSTGRES_URL";
    public static final String URL_PROPERTY = "segmentlab.test.postgres.url";

    private static final Set<String> LOADED = new HashSet<>();

    private TestPostgres() {
    }

    /** The server's JDBC URL (user and password inside it); skips the calling test when none is given. */
    public static String url() {
        String url = System.getProperty(URL_PROPERTY);
        if (url == null || url.isBlank()) {
            url = System.getenv(URL_VARIABLE);
        }
        if (url == null || url.isBlank()) {
            String reason = "skipped: no PostgreSQL server given (" + URL_VARIABLE
                    + " is not set; .ci/run starts one and sets it)";
            System.err.println(reason);
            assumeTrue(false, reason);
        }
        return url;
    }

    /**
     * UCI Online Retail as the table {@code table}, loaded once per test JVM with COPY: typed columns
     * (quantity integer, date timestamp, price double), CustomerID a double as in the original workbook.
     */
    public static synchronized void loadOnlineRetail(String table) throws Exception {
        String url = url();
        Path file = SharedDatasets.require("online-retail/online_retail_combined.csv");
        if (LOADED.contains(url + "|" + table)) {
            return;
        }
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS " + table);
            s.execute("CREATE TABLE " + table + " (\"InvoiceNo\" text, \"StockCode\" text, \"Description\" text, "
                    + "\"Quantity\" integer, \"InvoiceDate\" timestamp, \"UnitPrice\" double precision, "
                    + "\"CustomerID\" double precision, \"Country\" text)");
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + table
                        + " FROM STDIN WITH (FORMAT csv, HEADER true)", in);
            }
            s.execute("ANALYZE " + table);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot load Online Retail into " + url + ": " + e.getMessage(), e);
        }
        LOADED.add(url + "|" + table);
    }
}
