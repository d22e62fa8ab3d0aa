package org.segmentlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDateTime;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmentlab.testing.SharedDatasets;
import org.segmentlab.testing.TestPostgres;

/** rfm, features, inspect and export with the SQL engines: the same files out as the in-memory path. */
class EngineCommandsTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return SegmentLabCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private Path sales() throws Exception {
        Path file = dir.resolve("sales.csv");
        Files.writeString(file, String.join("\n",
                "InvoiceNo,StockCode,Quantity,InvoiceDate,UnitPrice,CustomerID",
                "1001,A,2,2024-01-10 09:00:00,5.00,101",
                "1001,B,1,2024-01-10 09:00:00,2.50,101",
                "1002,A,1,2024-01-20 10:00:00,5.00,101",
                "C1003,A,-1,2024-01-21 10:00:00,5.00,101",
                "1004,A,3,2024-01-05 11:00:00,10.00,102",
                "1005,B,4,2024-01-15 12:00:00,2.50,103",
                "1006,B,1,2024-01-21 12:00:00,2.50,",
                "1007,A,10,2024-01-21 15:00:00,1.00,104") + "\n");
        return file;
    }

    @Test
    void rfmInDuckDbWritesTheSameFileAsInMemory() throws Exception {
        Path input = sales();
        Path memory = dir.resolve("memory.csv");
        Path duck = dir.resolve("duck.csv");
        assertThat(run("rfm", "--input", input.toString(), "--engine", "memory", "--out", memory.toString())).isZero();
        assertThat(run("rfm", "--input", input.toString(), "--engine", "duckdb", "--out", duck.toString())).isZero();
        assertThat(Files.readString(duck)).isEqualTo(Files.readString(memory));
        assertThat(Files.readAllLines(duck)).contains("101,2,2,17.50,3,4,3,343,Loyal Customers");
        assertThat(err.toString()).contains("read by the embedded SQL engine (DuckDB)")
                .contains("lines left out: 1 without customer id, 1 cancellations/returns");
    }

    @Test
    void featuresInDuckDbWithInactiveCustomersWriteTheSameFileAsInMemory() throws Exception {
        Path input = sales();
        // 10 days: 102 bought only before the window and gets a row of zeros; 400 days hold the whole history
        for (String days : new String[] {"10", "400"}) {
            Path memory = dir.resolve("memory-" + days + ".csv");
            Path duck = dir.resolve("duck-" + days + ".csv");
            assertThat(run("features", "--transactions", input.toString(), "--engine", "memory", "--as-of", "2024-01-21",
                    "--window-days", days, "--out", memory.toString())).isZero();
            assertThat(run("features", "--transactions", input.toString(), "--engine", "duckdb", "--as-of", "2024-01-21",
                    "--window-days", days, "--out", duck.toString())).isZero();
            assertThat(Files.readString(duck)).isEqualTo(Files.readString(memory));
        }
        assertThat(Files.readAllLines(dir.resolve("duck-10.csv")).get(0)).contains(",frequency_10d,monetary_10d,");
        assertThat(Files.readAllLines(dir.resolve("duck-10.csv"))).anyMatch(line -> line.startsWith("102,,0,0,"));
        assertThat(Files.readAllLines(dir.resolve("duck-400.csv")).get(0)).contains(",frequency,monetary,");
    }

    @Test
    void aParquetFileIsReadByDuckDbForRfmAndInspect() throws Exception {
        Path csv = sales();
        Path parquet = dir.resolve("sales.parquet");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("COPY (SELECT InvoiceNo, StockCode, CAST(Quantity AS INTEGER) AS Quantity, "
                    + "CAST(InvoiceDate AS TIMESTAMP) AS InvoiceDate, CAST(UnitPrice AS DOUBLE) AS UnitPrice, "
                    + "CAST(CustomerID AS BIGINT) AS CustomerID FROM read_csv('" + csv + "', all_varchar = true)) TO '"
                    + parquet + "' (FORMAT parquet)");
        }
        Path fromCsv = dir.resolve("csv.csv");
        Path fromParquet = dir.resolve("parquet.csv");
        assertThat(run("rfm", "--input", csv.toString(), "--out", fromCsv.toString())).isZero();
        assertThat(run("rfm", "--input", parquet.toString(), "--out", fromParquet.toString())).isZero();
        assertThat(Files.readString(fromParquet)).isEqualTo(Files.readString(fromCsv));

        out.getBuffer().setLength(0);
        assertThat(run("inspect", "--input", parquet.toString())).isZero();
        assertThat(out.toString()).contains("Format  Parquet")
                .contains("Rows    8 read, 8 kept, 0 rejected; 1 without a customer id")
                .containsPattern("InvoiceDate +DATE_TIME +Timestamp")
                .containsPattern("CustomerID +TEXT +Customer id +1");
    }

    @Test
    void inspectReadsAChosenSheetOfAWorkbook() throws Exception {
        Path xlsx = dir.resolve("sales.xlsx");
        try (OutputStream os = Files.newOutputStream(xlsx)) {
            Workbook wb = new Workbook(os, "test", "1.0");
            wb.newWorksheet("Cover").value(0, 0, "Sales 2024");
            Worksheet ws = wb.newWorksheet("Lines");
            ws.value(0, 0, "CustomerID");
            ws.value(0, 1, "InvoiceDate");
            ws.value(0, 2, "Amount");
            for (int r = 1; r <= 3; r++) {
                ws.value(r, 0, 100.0 + r);
                ws.value(r, 1, LocalDateTime.of(2024, 1, r, 9, 30));
                ws.style(r, 1).format("dd/mm/yyyy hh:mm").set();
                ws.value(r, 2, 9.99 * r);
            }
            wb.finish();
        }
        assertThat(run("inspect", "--input", xlsx.toString(), "--sheet", "lines")).isZero();
        assertThat(out.toString()).contains("Format  Excel workbook")
                .contains("Rows    3 read, 3 kept, 0 rejected")
                .containsPattern("InvoiceDate +DATE_TIME +Timestamp +0 +yyyy-MM-dd HH:mm:ss")
                .contains("Sheet 'Lines' of the workbook");
    }

    @Test
    void sourcesAreGivenOneWayOnly() throws Exception {
        Path input = sales();
        Path csv = dir.resolve("r.csv");
        assertThat(run("rfm", "--input", input.toString(), "--jdbc", "jdbc:duckdb:", "--table", "t", "--out", csv.toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("--input and --jdbc cannot be combined");
        assertThat(run("rfm", "--jdbc", "jdbc:duckdb:", "--out", csv.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--jdbc needs either --table or --query");
        assertThat(run("rfm", "--input", input.toString(), "--engine", "spark", "--out", csv.toString())).isEqualTo(2);
        err.getBuffer().setLength(0);
        assertThat(run("rfm", "--jdbc", "jdbc:duckdb:", "--table", "t", "--password-env", "SEGMENTLAB_NO_SUCH_VARIABLE",
                "--out", csv.toString())).isEqualTo(1);
        assertThat(err.toString().strip()).isEqualTo("segmentlab: the environment variable SEGMENTLAB_NO_SUCH_VARIABLE "
                + "(for the database password) is not set");
        err.getBuffer().setLength(0);
        assertThat(run("rfm", "--jdbc", "jdbc:duckdb:", "--table", "no_such_table", "--out", csv.toString())).isEqualTo(1);
        assertThat(err.toString().strip()).startsWith("segmentlab: DuckDB").contains("no_such_table").doesNotContain("\n");
    }

    @Test
    void exportWritesTheSegmentsIntoADatabaseTable() throws Exception {
        Path samples = dir.resolve("sample");
        assertThat(run("sample", "retail-rfm", "--out", samples.toString())).isZero();
        Path db = dir.resolve("activation.duckdb");
        String url = "jdbc:duckdb:" + db;
        Path project = samples.resolve("retail-rfm.slproj.json");
        assertThat(run("export", "--project", project.toString(), "--jdbc", url, "--table", "segments",
                "--as-of", "2024-01-31", "--out", dir.resolve("csv").toString())).isZero();
        assertThat(err.toString()).contains("to table segments of DuckDB");
        long csvCustomers = Files.readAllLines(dir.resolve("csv/customers.csv"), StandardCharsets.UTF_8).size() - 1;
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*), COUNT(DISTINCT customer_id), MIN(as_of), "
                     + "COUNT(DISTINCT segment_name) FROM segments")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(csvCustomers);
            assertThat(rs.getLong(2)).isEqualTo(csvCustomers);
            assertThat(rs.getString(3)).isEqualTo("2024-01-31");
            assertThat(rs.getLong(4)).isGreaterThan(1);
        }
    }

    @Test
    void rfmAndFeaturesFromPostgresEqualTheSameCommandsOnTheCsv() throws Exception {
        String url = TestPostgres.url();
        TestPostgres.loadOnlineRetail("online_retail");
        Path csv = SharedDatasets.require("online-retail/online_retail_combined.csv");
        Path fromCsv = dir.resolve("csv.csv");
        Path fromDb = dir.resolve("db.csv");
        assertThat(run("rfm", "--input", csv.toString(), "--out", fromCsv.toString())).isZero();
        assertThat(run("rfm", "--jdbc", url, "--table", "online_retail", "--out", fromDb.toString())).isZero();
        assertThat(Files.readString(fromDb)).isEqualTo(Files.readString(fromCsv));

        assertThat(run("features", "--transactions", csv.toString(), "--as-of", "2011-10-31", "--window-days", "90",
                "--out", fromCsv.toString())).isZero();
        assertThat(run("features", "--jdbc", url, "--query", "SELECT * FROM online_retail", "--as-of", "2011-10-31",
                "--window-days", "90", "--out", fromDb.toString())).isZero();
        assertThat(Files.readString(fromDb)).isEqualTo(Files.readString(fromCsv));
    }
}
