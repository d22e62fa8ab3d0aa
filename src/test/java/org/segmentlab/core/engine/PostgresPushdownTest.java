package org.segmentlab.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.segmentlab.core.Progress;
import org.segmentlab.core.features.CustomerTableWindow;
import org.segmentlab.core.features.rfm.CancellationHandling;
import org.segmentlab.core.features.rfm.RfmOptions;
import org.segmentlab.core.features.rfm.RfmResult;
import org.segmentlab.core.features.rfm.TransactionColumns;
import org.segmentlab.testing.SharedDatasets;
import org.segmentlab.testing.TestPostgres;

/**
 * Every pushed-down family on a real PostgreSQL server holding Online Retail equals the in-memory
 * result (RFM, transaction features) or the pandas reference (CLV summary). Skipped, with the
 * reason printed, when no server is given.
 */
class PostgresPushdownTest {

    private static final String TABLE = "online_retail";

    private static SqlEngine connect() throws Exception {
        String url = TestPostgres.url();
        TestPostgres.loadOnlineRetail(TABLE);
        return SqlEngine.connect(new JdbcSource(url, TABLE, null, null, null), System::getenv);
    }

    private static TransactionLines lines(SqlEngine pg, JdbcSource source) {
        return LineSources.typed(pg, source.relation(pg.dialect()), source.describe(), TransactionColumns.detect(), null);
    }

    @Test
    void rfmInPostgresEqualsTheInMemoryRfm() throws Exception {
        try (SqlEngine pg = connect()) {
            assertThat(pg.dialect()).isEqualTo(SqlDialect.POSTGRESQL);
            EngineFixtures.InMemory memory = EngineFixtures.inMemory(
                    SharedDatasets.require("online-retail/online_retail_combined.csv"));
            TransactionLines lines = lines(pg, new JdbcSource(TestPostgres.url(), TABLE, null, null, null));
            for (RfmOptions options : List.of(RfmOptions.defaults(),
                    RfmOptions.defaults().withCancellations(CancellationHandling.NETTED).withAsOf(LocalDate.of(2011, 6, 30)),
                    RfmOptions.defaults().withBins(4))) {
                RfmResult pushed = new PushdownRfm().compute(pg, lines, options, Progress.none());
                EngineFixtures.assertSameRfm(pushed, EngineFixtures.rfm(memory, options));
            }
        }
    }

    @Test
    void transactionFeaturesInPostgresEqualTheInMemoryOnesAlsoFromAQuery() throws Exception {
        try (SqlEngine pg = connect()) {
            EngineFixtures.InMemory memory = EngineFixtures.inMemory(
                    SharedDatasets.require("online-retail/online_retail_combined.csv"));
            JdbcSource query = new JdbcSource(TestPostgres.url(), null,
                    "SELECT \"InvoiceNo\", \"StockCode\", \"Quantity\", \"InvoiceDate\", \"UnitPrice\", \"CustomerID\" FROM "
                            + TABLE + ";", null, null);
            for (CustomerTableWindow window : List.of(new CustomerTableWindow(LocalDate.of(2011, 12, 9), 365),
                    new CustomerTableWindow(LocalDate.of(2011, 8, 31), 90))) {
                EngineFixtures.assertSameTable(
                        new PushdownTransactionFeatures().build(pg, lines(pg, query), window, Progress.none()),
                        EngineFixtures.features(memory, window));
            }
        }
    }

    @Test
    void theClvSummaryInPostgresEqualsTheOneInDuckDbAndPandas() throws Exception {
        try (SqlEngine pg = connect(); SqlEngine duck = SqlEngine.embedded(EngineSettings.defaults().withMemoryLimitMb(256))) {
            Path file = SharedDatasets.require("online-retail/online_retail_combined.csv");
            ClvSummary inPg = new PushdownClvSummary().compute(pg,
                    lines(pg, new JdbcSource(TestPostgres.url(), TABLE, null, null, null)), null, Progress.none());
            ClvSummary inDuck = new PushdownClvSummary().compute(duck, FileLines.read(duck,
                    org.segmentlab.core.data.ImportOptions.of(file), TransactionColumns.detect(), null,
                    Progress.none()).lines(), null, Progress.none());
            assertThat(inPg.end()).isEqualTo(inDuck.end());
            assertThat(inPg.customers()).hasSize(inDuck.customers().size()).hasSize(4338);
            Map<String, ClvSummary.Customer> duckById = new HashMap<>();
            inDuck.customers().forEach(c -> duckById.put(c.customerId(), c));
            for (ClvSummary.Customer c : inPg.customers()) {
                ClvSummary.Customer d = duckById.get(c.customerId());
                assertThat(c.frequency()).as(c.customerId()).isEqualTo(d.frequency());
                assertThat(c.recency()).as(c.customerId()).isEqualTo(d.recency());
                assertThat(c.t()).as(c.customerId()).isEqualTo(d.t());
                assertThat(c.monetaryMean()).as(c.customerId()).isCloseTo(d.monetaryMean(), within(1e-6));
            }
        }
    }

    @Test
    void segmentsAreWrittenBackToPostgresInOneTransaction() throws Exception {
        try (SqlEngine pg = connect()) {
            LocalDate day = LocalDate.of(2011, 12, 10);
            List<SegmentWriteBack.Row> rows = List.of(new SegmentWriteBack.Row("12347", 0, "Champions", 0.12),
                    new SegmentWriteBack.Row("12348", 3, "At Risk", null));
            new SegmentWriteBack().write(pg, "segments_test", rows, day, Progress.none());
            SegmentWriteBack.Written again = new SegmentWriteBack().write(pg, "segments_test", rows, day, Progress.none());
            assertThat(again.replaced()).isEqualTo(2);
            String back = pg.query("SELECT string_agg(customer_id || ':' || segment_name || ':' || COALESCE(score::text, '-'), ',' "
                    + "ORDER BY customer_id) FROM segments_test WHERE as_of = DATE '2011-12-10'", rs -> {
                        rs.next();
                        return rs.getString(1);
                    }, Progress.none());
            assertThat(back).isEqualTo("12347:Champions:0.12,12348:At Risk:-");
            List<DatabaseBrowser.Table> tables = new DatabaseBrowser().tables(pg, Progress.none());
            assertThat(tables).filteredOn(t -> t.name().equals(TABLE)).singleElement()
                    .extracting(DatabaseBrowser.Table::rows).isEqualTo(541_909L);
        }
    }
}
