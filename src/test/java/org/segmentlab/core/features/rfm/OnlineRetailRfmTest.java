package org.segmentlab.core.features.rfm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.segmentlab.core.Progress;
import org.segmentlab.core.data.DataFileException;
import org.segmentlab.core.data.ImportOptions;
import org.segmentlab.core.data.TableImporter;
import org.segmentlab.testing.SharedDatasets;

/**
 * RFM of UCI Online Retail (541,909 lines) against independent figures. "pandas" below means
 * pandas 1.5.3 on the same file with the same rules: drop empty CustomerID, drop InvoiceNo
 * starting with C or Quantity ≤ 0, drop Quantity × UnitPrice = 0, R = calendar days from the last
 * InvoiceDate day to the day after the last one, F = nunique(InvoiceNo), M = sum(Quantity ×
 * UnitPrice), scores from rank(method='min'/'max') with the same formula.
 */
class OnlineRetailRfmTest {

    private static TransactionLog log;

    /** What the tests of this class share is let go once they are done: other classes need the memory. */
    @AfterAll
    static synchronized void release() {
        log = null;
    }

    private static synchronized TransactionLog retail() throws DataFileException {
        if (log == null) {
            Path file = SharedDatasets.require("online-retail/online_retail_combined.csv");
            log = TransactionLog.from(new TableImporter().read(ImportOptions.of(file), Progress.none()),
                    TransactionColumns.detect(), Progress.none());
        }
        return log;
    }

    private static RfmResult compute(RfmOptions options) throws DataFileException {
        return new RfmCalculator().compute(retail(), options, Progress.none());
    }

    private static CustomerRfm customer(RfmResult result, String id) {
        return result.customers().stream().filter(c -> c.customerId().equals(id)).findFirst().orElseThrow();
    }

    private static Map<Integer, Integer> histogram(RfmResult result, ToIntFunction<CustomerRfm> score) {
        Map<Integer, Integer> counts = new TreeMap<>();
        result.customers().forEach(c -> counts.merge(score.applyAsInt(c), 1, Integer::sum));
        return counts;
    }

    @Test
    void theDefaultRulesKeepThePublishedFourThousandThreeHundredThirtyEightCustomers() throws Exception {
        RfmResult result = compute(RfmOptions.defaults());

        assertThat(result.size()).isEqualTo(4338);
        assertThat(result.asOf()).isEqualTo(LocalDate.of(2011, 12, 10));
        // SOURCE.md: 541,909 rows, 135,080 without CustomerID. pandas: 8,905 cancellation lines and 40
        // zero-amount lines among the lines with an id, 397,884 lines kept; 4,372 ids in all, 34 of
        // them only cancelled or bought at price 0.
        CleaningSummary cleaning = result.cleaning();
        assertThat(cleaning.linesRead()).isEqualTo(541_909);
        assertThat(cleaning.linesWithoutCustomerId()).isEqualTo(135_080);
        assertThat(cleaning.cancellationLines()).isEqualTo(8_905);
        assertThat(cleaning.zeroAmountLines()).isEqualTo(40);
        assertThat(cleaning.purchaseLines()).isEqualTo(397_884);
        assertThat(cleaning.customersWithoutPurchases()).isEqualTo(34);
        // pandas: total monetary 8,911,407.90 (the figure usually published for the cleaned data).
        assertThat(result.totalMonetary()).isCloseTo(8_911_407.90, within(0.01));
    }

    @Test
    void knownCustomersMatchPandas() throws Exception {
        RfmResult result = compute(RfmOptions.defaults());

        // 12346 bought 74,215 units at 1.04 on 2011-01-18 and cancelled them the same day.
        CustomerRfm c12346 = customer(result, "12346");
        assertThat(c12346.recencyDays()).isEqualTo(326);
        assertThat(c12346.frequency()).isEqualTo(1);
        assertThat(c12346.monetary()).isCloseTo(77_183.60, within(0.005));
        assertThat(c12346.cell()).isEqualTo("115");
        // 12347: last purchase 2011-12-07, three calendar days before the as-of day.
        CustomerRfm c12347 = customer(result, "12347");
        assertThat(c12347.recencyDays()).isEqualTo(3);
        assertThat(c12347.frequency()).isEqualTo(7);
        assertThat(c12347.monetary()).isCloseTo(4_310.00, within(0.005));
        assertThat(c12347.cell()).isEqualTo("555");
        CustomerRfm c17850 = customer(result, "17850");
        assertThat(c17850.recencyDays()).isEqualTo(373);
        assertThat(c17850.frequency()).isEqualTo(34);
        assertThat(c17850.monetary()).isCloseTo(5_391.21, within(0.005));
        CustomerRfm c14646 = customer(result, "14646");
        assertThat(c14646.frequency()).isEqualTo(73);
        assertThat(c14646.monetary()).isCloseTo(280_206.02, within(0.005));
    }

    @Test
    void scoreCountsMatchPandasRanks() throws Exception {
        RfmResult result = compute(RfmOptions.defaults());

        assertThat(histogram(result, CustomerRfm::rScore)).isEqualTo(Map.of(1, 869, 2, 889, 3, 866, 4, 888, 5, 826));
        assertThat(histogram(result, CustomerRfm::fScore)).isEqualTo(Map.of(1, 1493, 2, 835, 3, 508, 4, 802, 5, 700));
        assertThat(histogram(result, CustomerRfm::mScore)).isEqualTo(Map.of(1, 868, 2, 868, 3, 867, 4, 868, 5, 867));
        assertThat(result.customers().stream().filter(c -> c.cell().equals("555")).count()).isEqualTo(314);
    }

    @Test
    void nettedCancellationsMatchPandas() throws Exception {
        RfmResult result = compute(RfmOptions.defaults().withCancellations(CancellationHandling.NETTED));

        // pandas: purchases minus |cancellations| per customer who bought: 8,310,477.05 in all,
        // 12346 nets to 0, 17850 to 5,288.63; in whole cents 13 customers net to 0.00 and 8 are
        // negative (they returned goods bought before the data starts).
        assertThat(result.size()).isEqualTo(4338);
        assertThat(result.totalMonetary()).isCloseTo(8_310_477.05, within(0.01));
        assertThat(customer(result, "12346").monetary()).isCloseTo(0.0, within(0.005));
        assertThat(customer(result, "12346").frequency()).isEqualTo(1);
        assertThat(customer(result, "17850").monetary()).isCloseTo(5_288.63, within(0.005));
        assertThat(result.customers().stream().filter(c -> Money.cents(c.monetary()) == 0).count()).isEqualTo(13);
        assertThat(result.customers().stream().filter(c -> Money.cents(c.monetary()) < 0).count()).isEqualTo(8);
    }

    @Test
    void anAsOfDayInTheMiddleIgnoresLaterTransactions() throws Exception {
        RfmResult result = compute(RfmOptions.defaults().withAsOf(LocalDate.of(2011, 6, 30)));

        // pandas with InvoiceDate < 2011-07-01: 2,960 customers, 3,993,805.65 in all; 12347 last
        // bought on 2011-06-09 (R 21), 4 invoices, 2,205.95.
        assertThat(result.size()).isEqualTo(2960);
        assertThat(result.totalMonetary()).isCloseTo(3_993_805.65, within(0.01));
        CustomerRfm c12347 = customer(result, "12347");
        assertThat(c12347.recencyDays()).isEqualTo(21);
        assertThat(c12347.frequency()).isEqualTo(4);
        assertThat(c12347.monetary()).isCloseTo(2_205.95, within(0.005));
        assertThat(result.cleaning().linesAfterAsOf()).isPositive();
    }
}
