package org.segmentlab.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmentlab.core.CancelledException;
import org.segmentlab.core.Progress;
import org.segmentlab.core.data.ImportOptions;
import org.segmentlab.core.features.CustomerTableWindow;
import org.segmentlab.core.features.rfm.CancellationHandling;
import org.segmentlab.core.features.rfm.RfmOptions;
import org.segmentlab.core.features.rfm.RfmResult;
import org.segmentlab.core.features.rfm.TransactionColumns;
import org.segmentlab.testing.SharedDatasets;

/** The SQL pushdown on the embedded DuckDB equals the in-memory path, on a small edge-case file and on Online Retail. */
class DuckDbPushdownTest {

    private static SqlEngine duck;

    @BeforeAll
    static void start() {
        duck = SqlEngine.embedded(EngineSettings.defaults().withMemoryLimitMb(256));
    }

    @AfterAll
    static void stop() {
        duck.close();
    }

    /**
     * Cancellations three ways, amount 0, missing words, a zero-fraction id, a line without invoice, day-first dates,
     * fields with spaces around them, NaN and nan as numbers.
     */
    static Path edgeCases(Path dir) throws Exception {
        Path file = dir.resolve("edge.csv");
        Files.writeString(file, String.join("\n",
                "InvoiceNo;StockCode;Quantity;InvoiceDate;UnitPrice;CustomerID",
                "A1;P1;2;01/02/2011 10:00;5.00;17850.0",
                "A1;P2;1;01/02/2011 10:00;1.50;17850",
                "C2;P1;-1;03/02/2011 09:00;5.00;17850",
                "A3;P3;1;25/02/2011 08:00;0;17850",
                "A4;P1;3;05/03/2011 12:30;2.00;00042",
                "A5;P2;NA;06/03/2011 12:30;2.00;00042",
                ";P2;1;07/03/2011 12:30;4.00;00042",
                ";P2;1;07/03/2011 18:30;4.00;00042",
                "A6;P1;-2;08/03/2011 12:30;2.00;00042",
                "A7;P1;1;N/A;2.00;00042",
                "A8;P4;4;09/03/2011 11:00;2.50;",
                "A9;P4;1;10/03/2011 11:00;9.99;501",
                "C10;P4;1;11/03/2011 11:00;9.99;502",
                "A11;P4;1;12/03/2011 11:00;3.00;501",
                "A12; P5 ; 2 ; 12/03/2011 11:00 ;  1.25 ; 99999.0 ",
                "A13;P5;NaN;12/03/2011 11:00;1.00;99999",
                "A14;P5;1;12/03/2011 11:00;nan;99999",
                " A12 ;P6;1;12/03/2011 11:00;4.00;99999",
                "") );
        return file;
    }

    private static RfmResult pushed(Path file, RfmOptions options) throws Exception {
        FileLines.Source source = FileLines.read(duck, ImportOptions.of(file), TransactionColumns.detect(), null,
                Progress.none());
        return new PushdownRfm().compute(duck, source.lines(), options, Progress.none());
    }

    @Test
    void rfmOfTheEdgeCasesEqualsTheInMemoryRfm(@TempDir Path dir) throws Exception {
        Path file = edgeCases(dir);
        EngineFixtures.InMemory memory = EngineFixtures.inMemory(file);
        for (RfmOptions options : new RfmOptions[] {RfmOptions.defaults(),
                RfmOptions.defaults().withCancellations(CancellationHandling.NETTED),
                RfmOptions.defaults().withAsOf(LocalDate.of(2011, 3, 7)).withBins(3)}) {
            EngineFixtures.assertSameRfm(pushed(file, options), EngineFixtures.rfm(memory, options));
        }
        RfmResult r = pushed(file, RfmOptions.defaults());
        // by hand: 17850 bought on 1 Feb (invoice A1, 11.50), 00042 on 5 and 7 Mar (A4 and a day without invoice)
        assertThat(r.customerId(0)).isEqualTo("00042");
        assertThat(r.frequency(0)).isEqualTo(2);
        assertThat(r.monetary(0)).isEqualTo(14.0);
        assertThat(r.customerId(2)).isEqualTo("17850");
        assertThat(r.frequency(2)).isEqualTo(1);
        assertThat(r.monetary(2)).isEqualTo(11.5);
        // 99999 (written " 99999.0 " once): invoice A12 (and " A12 ") 2 × 1.25 + 4.00; NaN and nan lines have no amount
        assertThat(r.customerId(3)).isEqualTo("99999");
        assertThat(r.frequency(3)).isEqualTo(1);
        assertThat(r.monetary(3)).isEqualTo(6.5);
        assertThat(r.cleaning().linesWithoutDateOrAmount()).isEqualTo(4);
        assertThat(r.asOf()).isEqualTo(LocalDate.of(2011, 3, 13));
    }

    @Test
    void transactionFeaturesOfTheEdgeCasesEqualTheInMemoryFeatures(@TempDir Path dir) throws Exception {
        Path file = edgeCases(dir);
        EngineFixtures.InMemory memory = EngineFixtures.inMemory(file);
        FileLines.Source source = FileLines.read(duck, ImportOptions.of(file), TransactionColumns.detect(), null,
                Progress.none());
        for (CustomerTableWindow window : new CustomerTableWindow[] {
                new CustomerTableWindow(LocalDate.of(2011, 3, 12), 365),
                new CustomerTableWindow(LocalDate.of(2011, 3, 8), 6)}) {
            EngineFixtures.assertSameTable(
                    new PushdownTransactionFeatures().build(duck, source.lines(), window, Progress.none()),
                    EngineFixtures.features(memory, window));
        }
    }

    @Test
    void onlineRetailRfmAndTransactionFeaturesEqualTheInMemoryPath() throws Exception {
        Path file = SharedDatasets.require("online-retail/online_retail_combined.csv");
        EngineFixtures.InMemory memory = EngineFixtures.inMemory(file);
        RfmResult pushedRfm = pushed(file, RfmOptions.defaults());
        EngineFixtures.assertSameRfm(pushedRfm, EngineFixtures.rfm(memory, RfmOptions.defaults()));
        assertThat(pushedRfm.size()).isEqualTo(4338);
        RfmOptions netted = RfmOptions.defaults().withCancellations(CancellationHandling.NETTED)
                .withAsOf(LocalDate.of(2011, 9, 30));
        EngineFixtures.assertSameRfm(pushed(file, netted), EngineFixtures.rfm(memory, netted));

        FileLines.Source source = FileLines.read(duck, ImportOptions.of(file), TransactionColumns.detect(), null,
                Progress.none());
        CustomerTableWindow window = new CustomerTableWindow(LocalDate.of(2011, 12, 9), 180);
        EngineFixtures.assertSameTable(
                new PushdownTransactionFeatures().build(duck, source.lines(), window, Progress.none()),
                EngineFixtures.features(memory, window));
    }

    @Test
    void aCancelledProgressCancelsTheStatement() {
        Progress cancelled = new Progress() {
            @Override
            public void update(double fraction, String message) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThatThrownBy(() -> duck.query("SELECT COUNT(*) FROM range(1000000000) a, range(10) b",
                rs -> rs.next(), cancelled)).isInstanceOf(CancelledException.class);
    }
}
