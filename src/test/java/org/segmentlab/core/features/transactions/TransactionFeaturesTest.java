package org.segmentlab.core.features.transactions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.segmentlab.core.Progress;
import org.segmentlab.core.features.CustomerTable;
import org.segmentlab.core.features.CustomerTableWindow;
import org.segmentlab.core.features.rfm.RfmCalculator;
import org.segmentlab.core.features.rfm.RfmOptions;
import org.segmentlab.core.features.rfm.RfmResult;
import org.segmentlab.core.features.rfm.TransactionLog;

/** Window: 60 days as of 2024-03-31, i.e. 2024-02-01 00:00 ≤ t < 2024-04-01 00:00. */
class TransactionFeaturesTest {

    private static final CustomerTableWindow WINDOW = new CustomerTableWindow(LocalDate.of(2024, 3, 31), 60);

    private final List<String> productOfLine = new ArrayList<>();

    private TransactionLog log() {
        TransactionLog.Builder log = TransactionLog.builder(true, true);
        line(log, "12", "2024-01-15T10:00", 1, 100, "A1", "P1");   // before the window
        line(log, "12", "2024-02-10T09:00", 2, 10, "A2", "P1");
        line(log, "12", "2024-02-10T09:00", 1, 30, "A2", "P2");
        line(log, "12", "2024-02-10T17:00", 1, 10, "A3", "P1");    // second order the same day
        line(log, "12", "2024-03-01T12:00", -1, 10, "C9", "P1");   // a return
        line(log, "12", "2024-03-20T12:00", 4, 5, "A4", "P3");
        line(log, "12", "2024-04-01T00:00", 1, 100, "A5", "P4");   // after the as-of day
        line(log, "3", "2024-03-31T23:00", 1, 7.5, "B1", "P9");
        line(log, "40", "2024-03-05T08:00", -2, 3, "C10", "P1");   // only a return
        line(log, "7", "2024-01-05T08:00", 1, 3, "B7", "P1");      // only before the window
        log.addWithoutCustomer();
        return log.build();
    }

    private void line(TransactionLog.Builder log, String customer, String time, double quantity, double price,
                      String invoice, String product) {
        log.addPriced(customer, LocalDateTime.parse(time), quantity, price, invoice);
        productOfLine.add(product);
    }

    private TransactionProducts products() {
        List<String> names = new ArrayList<>();
        int[] codes = new int[productOfLine.size()];
        for (int i = 0; i < codes.length; i++) {
            if (!names.contains(productOfLine.get(i))) {
                names.add(productOfLine.get(i));
            }
            codes[i] = names.indexOf(productOfLine.get(i));
        }
        return new TransactionProducts(codes, names.size());
    }

    private CustomerTable build() {
        TransactionLog log = log();
        return new TransactionFeatures().build(log, products(), WINDOW, Progress.none());
    }

    @Test
    void rowsAreTheCustomersWithAPurchaseInTheWindow() {
        CustomerTable table = build();

        assertThat(table.customerIds()).containsExactly("3", "12");
        assertThat(new TransactionFeatures().customersWithPurchases(log(), WINDOW)).containsExactly("3", "12");
    }

    @Test
    void rfmValuesCountOnlyPurchasesInsideTheWindow() {
        CustomerTable table = build();

        // customer 12: orders A2 (50), A3 (10), A4 (20); the return, the January and the April orders do not count
        assertThat(table.numeric("frequency_60d")).containsExactly(1, 3);
        assertThat(table.numeric("monetary_60d")).containsExactly(7.5, 80);
        assertThat(table.numeric("recency_days")).containsExactly(0, 11);
        assertThat(table.numeric("average_order_value")[1]).isCloseTo(80 / 3.0, within(1e-12));
    }

    @Test
    void tenureAndPurchaseRhythmUsePurchaseDays() {
        CustomerTable table = build();

        // customer 12 bought on 02-10 and 03-20: 50 days of tenure, 39 days apart
        assertThat(table.numeric("tenure_days")).containsExactly(0, 50);
        assertThat(table.numeric("mean_days_between_purchases")).containsExactly(Double.NaN, 39);
    }

    @Test
    void distinctProductsAndReturnRate() {
        CustomerTable table = build();

        assertThat(table.numeric("distinct_products")).containsExactly(1, 3);
        // one returned order (C9) against three purchase orders
        assertThat(table.numeric("return_rate")).containsExactly(0, 0.25);
    }

    @Test
    void customersWithoutPurchasesGetZeroOrdersAndNoRecency() {
        CustomerTable table = new TransactionFeatures().build(log(), null, WINDOW, List.of("40", "12", "99"),
                Progress.none());

        assertThat(table.numeric("frequency_60d")).containsExactly(0, 3, 0);
        assertThat(table.numeric("monetary_60d")).containsExactly(0, 80, 0);
        assertThat(table.numeric("recency_days")[0]).isNaN();
        assertThat(table.numeric("return_rate")).containsExactly(1, 0.25, Double.NaN);
        assertThat(table.featureNames()).doesNotContain("distinct_products");
    }

    @Test
    void windowCoveringAllHistoryGivesTheRfmFigures() {
        TransactionLog log = log();
        CustomerTableWindow all = new CustomerTableWindow(LocalDate.of(2024, 3, 31), 400);

        CustomerTable table = new TransactionFeatures().build(log, null, all, Progress.none());
        RfmResult rfm = new RfmCalculator().compute(log, RfmOptions.defaults().withAsOf(all.asOf()), Progress.none());

        assertThat(table.rowCount()).isEqualTo(rfm.size());
        for (int i = 0; i < rfm.size(); i++) {
            int row = table.customerIds().indexOf(rfm.customerId(i));
            assertThat(table.numeric("recency_days")[row]).isEqualTo(rfm.recencyDays(i));
            assertThat(table.numeric("frequency")[row]).isEqualTo(rfm.frequency(i));
            assertThat(table.numeric("monetary")[row]).isEqualTo(rfm.monetary(i));
        }
    }

    @Test
    void measuresOfAWindowSayTheirWindowAndThoseOfTheWholeHistoryKeepRfmNames() {
        // the January order lies before the 60-day window, so its figures are not RFM's
        assertThat(build().featureNames()).startsWith("recency_days", "frequency_60d", "monetary_60d")
                .doesNotContain("frequency", "monetary");
        CustomerTable all = new TransactionFeatures().build(log(), null,
                new CustomerTableWindow(LocalDate.of(2024, 3, 31), 400), Progress.none());
        assertThat(all.featureNames()).startsWith("recency_days", "frequency", "monetary");
        assertThat(all.feature("frequency").description()).contains("RFM frequency");
        assertThat(TransactionFeatures.monetaryIn(90).description()).contains("90-day window", "whole history");
        assertThat(TransactionFeatures.windowDaysOf("monetary_90d")).isEqualTo(90);
        assertThat(TransactionFeatures.windowDaysOf("monetary")).isEqualTo(-1);
    }
}
