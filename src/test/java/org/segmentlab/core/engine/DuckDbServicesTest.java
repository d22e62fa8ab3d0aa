package org.segmentlab.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmentlab.core.Progress;
import org.segmentlab.core.data.ImportOptions;
import org.segmentlab.core.features.rfm.RfmOptions;
import org.segmentlab.core.features.rfm.RfmResult;
import org.segmentlab.core.features.rfm.TransactionColumns;
import org.segmentlab.testing.SharedDatasets;

/** CLV summary, Parquet, US dates, write-back and the database browser, on the embedded DuckDB. */
class DuckDbServicesTest {

    private static SqlEngine duck;

    @BeforeAll
    static void start() {
        duck = SqlEngine.embedded(EngineSettings.defaults().withMemoryLimitMb(256));
    }

    @AfterAll
    static void stop() {
        duck.close();
    }

    /** The pandas reference (clv_summary_reference.py, lifetimes' rules with daily periods). */
    private static Map<String, double[]> pandasSummary() throws Exception {
        Map<String, double[]> out = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                DuckDbServicesTest.class.getResourceAsStream("clv_summary_reference.csv"), StandardCharsets.UTF_8))) {
            r.readLine();
            String line;
            while ((line = r.readLine()) != null) {
                String[] f = line.split(",");
                out.put(f[0], new double[] {Double.parseDouble(f[1]), Double.parseDouble(f[2]),
                    Double.parseDouble(f[3]), Double.parseDouble(f[4])});
            }
        }
        return out;
    }

    @Test
    void theClvSummaryOfOnlineRetailEqualsTheLifetimesRulesInPandas() throws Exception {
        Path file = SharedDatasets.require("online-retail/online_retail_combined.csv");
        FileLines.Source source = FileLines.read(duck, ImportOptions.of(file), TransactionColumns.detect(), null,
                Progress.none());
        ClvSummary summary = new PushdownClvSummary().compute(duck, source.lines(), null, Progress.none());
        Map<String, double[]> pandas = pandasSummary();

        assertThat(summary.end()).isEqualTo(LocalDate.of(2011, 12, 9));
        assertThat(summary.customers()).hasSize(pandas.size());
        for (ClvSummary.Customer c : summary.customers()) {
            double[] p = pandas.get(c.customerId());
            assertThat(p).as(c.customerId()).isNotNull();
            assertThat(c.frequency()).as("frequency of %s", c.customerId()).isEqualTo((int) p[0]);
            assertThat(c.recency()).as("recency of %s", c.customerId()).isEqualTo((int) p[1]);
            assertThat(c.t()).as("T of %s", c.customerId()).isEqualTo((int) p[2]);
            assertThat(c.monetaryMean()).as("monetary of %s", c.customerId()).isCloseTo(p[3], within(1e-6));
        }
        ClvSummary.Customer c12347 = summary.customers().stream()
                .filter(c -> c.customerId().equals("12347")).findFirst().orElseThrow();
        assertThat(c12347).isEqualTo(new ClvSummary.Customer("12347", 6, 365, 367, c12347.monetaryMean()));
        assertThat(c12347.monetaryMean()).isCloseTo(599.701667, within(1e-6));
    }

    @Test
    void aParquetFileGivesTheSameRfmAsTheCsvItWasWrittenFrom(@TempDir Path dir) throws Exception {
        Path csv = DuckDbPushdownTest.edgeCases(dir);
        Path parquet = dir.resolve("edge.parquet");
        duck.query("SELECT 1", rs -> true, Progress.none());
        duck.inTransaction(c -> {
            try (var s = c.createStatement()) {
                // typed as an importer would type them: trimmed, and the text NaN/nan is a missing value, not NaN
                s.execute("COPY (SELECT InvoiceNo, StockCode, TRY_CAST(TRIM(Quantity) AS INTEGER) AS Quantity, "
                        + "try_strptime(TRIM(InvoiceDate), '%d/%m/%Y %H:%M') AS InvoiceDate, "
                        + "TRY_CAST(NULLIF(lower(TRIM(UnitPrice)), 'nan') AS DOUBLE) AS UnitPrice, "
                        + "CustomerID FROM read_csv('" + csv + "', delim=';', header=true, all_varchar=true)) TO '"
                        + parquet + "' (FORMAT parquet)");
            }
        }, Progress.none());
        RfmResult fromParquet = new PushdownRfm().compute(duck, FileLines.read(duck, ImportOptions.of(parquet),
                TransactionColumns.detect(), null, Progress.none()).lines(), RfmOptions.defaults(), Progress.none());
        EngineFixtures.assertSameRfm(fromParquet, EngineFixtures.rfm(EngineFixtures.inMemory(csv), RfmOptions.defaults()));
    }

    @Test
    void monthFirstDatesWithOneDigitPartsAreReadAsTheImporterReadsThem(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("us.csv");
        Files.writeString(file, "InvoiceNo,Quantity,InvoiceDate,UnitPrice,CustomerID\n"
                + "1,1,12/1/2010 8:26,2.5,7\n1,2,12/1/2010 8:26,1,7\n2,1,1/13/2011 17:05,4,7\n3,1,2/3/2011 9:00,4,8\n");
        RfmResult pushed = new PushdownRfm().compute(duck, FileLines.read(duck, ImportOptions.of(file),
                TransactionColumns.detect(), null, Progress.none()).lines(), RfmOptions.defaults(), Progress.none());
        EngineFixtures.assertSameRfm(pushed, EngineFixtures.rfm(EngineFixtures.inMemory(file), RfmOptions.defaults()));
        assertThat(pushed.asOf()).isEqualTo(LocalDate.of(2011, 2, 4));
        assertThat(pushed.recencyDays(0)).isEqualTo(22);
    }

    @Test
    void writeBackReplacesOneAsOfDaysSnapshotInOneTransaction() {
        SegmentWriteBack writer = new SegmentWriteBack();
        LocalDate day1 = LocalDate.of(2024, 3, 31);
        LocalDate day2 = LocalDate.of(2024, 4, 30);
        writer.write(duck, "segments_wb", List.of(new SegmentWriteBack.Row("1", 0, "Champions", 0.25),
                new SegmentWriteBack.Row("2", 1, "At Risk", null)), day1, Progress.none());
        writer.write(duck, "segments_wb", List.of(new SegmentWriteBack.Row("1", 1, "At Risk", 0.5)), day2, Progress.none());
        SegmentWriteBack.Written again = writer.write(duck, "segments_wb",
                List.of(new SegmentWriteBack.Row("3", 2, "Hibernating", 0.75)), day1, Progress.none());

        assertThat(again.replaced()).isEqualTo(2);
        List<String> rows = duck.query("SELECT customer_id, segment_id, segment_name, score, as_of FROM segments_wb "
                + "ORDER BY as_of, customer_id", rs -> {
                    List<String> out = new java.util.ArrayList<>();
                    while (rs.next()) {
                        out.add(rs.getString(1) + "|" + rs.getInt(2) + "|" + rs.getString(3) + "|" + rs.getString(4)
                                + "|" + rs.getString(5));
                    }
                    return out;
                }, Progress.none());
        assertThat(rows).containsExactly("3|2|Hibernating|0.75|2024-03-31", "1|1|At Risk|0.5|2024-04-30");
    }

    @Test
    void aFailedWriteLeavesTheTableAsItWas() {
        SegmentWriteBack writer = new SegmentWriteBack();
        LocalDate day = LocalDate.of(2024, 5, 31);
        writer.write(duck, "segments_atomic", List.of(new SegmentWriteBack.Row("1", 0, "A", 0.1)), day, Progress.none());
        // the DELETE succeeds, then the INSERT fails on the NOT NULL customer id: both are rolled back
        assertThatThrownBy(() -> duck.inTransaction(c -> {
            try (var s = c.createStatement()) {
                s.execute("DELETE FROM segments_atomic");
                s.execute("INSERT INTO segments_atomic VALUES (NULL, 1, 'B', 0.2, DATE '2024-05-31')");
            }
        }, Progress.none())).isInstanceOf(EngineException.class).hasMessageContaining("nothing was written");
        long count = duck.query("SELECT COUNT(*) FROM segments_atomic", rs -> {
            rs.next();
            return rs.getLong(1);
        }, Progress.none());
        assertThat(count).isEqualTo(1);
    }

    @Test
    void theBrowserListsTablesWithRowCountsAndPreviewsTheFirstRows() {
        duck.inTransaction(c -> {
            try (var s = c.createStatement()) {
                s.execute("CREATE TABLE browse_lines AS SELECT range AS n, 'c' || range AS customer FROM range(7)");
            }
        }, Progress.none());
        DatabaseBrowser browser = new DatabaseBrowser();
        List<DatabaseBrowser.Table> tables = browser.tables(duck, Progress.none());
        assertThat(tables).filteredOn(t -> t.name().equals("browse_lines"))
                .singleElement().extracting(DatabaseBrowser.Table::rows).isEqualTo(7L);
        DatabaseBrowser.Preview preview = browser.preview(duck,
                new JdbcSource("jdbc:duckdb:", null, "SELECT * FROM browse_lines ORDER BY n", null, null), 3, Progress.none());
        assertThat(preview.columns()).containsExactly("n", "customer");
        assertThat(preview.rows()).containsExactly(List.of("0", "c0"), List.of("1", "c1"), List.of("2", "c2"));
    }
}
