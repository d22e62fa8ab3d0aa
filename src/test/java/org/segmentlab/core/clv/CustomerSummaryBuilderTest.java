package org.segmentlab.core.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.segmentlab.core.Progress;
import org.segmentlab.core.features.rfm.TransactionLog;

class CustomerSummaryBuilderTest {

    private static final LocalDate AS_OF = LocalDate.of(2024, 3, 31);
    private static final LocalDate HOLDOUT_END = LocalDate.of(2024, 6, 30);

    private static LocalDateTime at(String day, int hour) {
        return LocalDate.parse(day).atTime(hour, 0);
    }

    /**
     * Customer A: two lines on 2024-01-01 (one purchase of 30), 2024-01-15 (20), a cancellation on
     * 2024-02-01, 2024-03-31 (40, the as-of day, counted), 2024-04-10 (holdout) and 2024-07-01 (after
     * the holdout end). B: one purchase. C: first buys after the as-of day. D: only a return.
     * E: a free item (amount 0) on 2024-02-10 and a paid one on 2024-03-01.
     */
    private static TransactionLog log() {
        TransactionLog.Builder b = TransactionLog.builder(true, true);
        b.add("A", at("2024-01-01", 9), 10, 1, "1");
        b.add("A", at("2024-01-01", 18), 20, 2, "2");
        b.add("A", at("2024-01-15", 10), 20, 1, "3");
        b.add("A", at("2024-02-01", 10), -20, -1, "C4");
        b.add("A", at("2024-03-31", 23), 40, 1, "5");
        b.add("A", at("2024-04-10", 10), 15, 1, "6");
        b.add("A", at("2024-04-10", 11), 5, 1, "7");
        b.add("A", at("2024-07-01", 10), 99, 1, "8");
        b.add("B", at("2024-02-20", 10), 50, 1, "9");
        b.add("C", at("2024-04-02", 10), 70, 1, "10");
        b.add("D", at("2024-01-05", 10), -5, -1, "C11");
        b.add("E", at("2024-02-10", 10), 0, 1, "12");
        b.add("E", at("2024-03-01", 10), 12, 1, "13");
        b.add("", at("2024-03-01", 10), 12, 1, "14");
        return b.build();
    }

    @Test
    void samedayPurchasesMergeAndTheAsOfDayIsInTheCalibration() {
        CustomerSummary s = new CustomerSummaryBuilder().summarize(log(), AS_OF, HOLDOUT_END, TimeUnit.DAY,
                Progress.none());
        assertThat(s.size()).isEqualTo(3);
        assertThat(s.customerId(0)).isEqualTo("A");
        assertThat(s.frequency(0)).isEqualTo(2);
        assertThat(s.recency(0)).isEqualTo(90);
        assertThat(s.age(0)).isEqualTo(90);
        assertThat(s.monetaryMean(0)).isEqualTo(30);
        assertThat(s.calibrationSpend(0)).isEqualTo(90);
        assertThat(s.holdoutPurchases(0)).isEqualTo(1);
        assertThat(s.holdoutSpend(0)).isEqualTo(20);
        assertThat(s.firstPurchase(0)).isEqualTo(LocalDate.of(2024, 1, 1));
    }

    @Test
    void oneTimeBuyersHaveZeroFrequencyRecencyAndMonetaryMean() {
        CustomerSummary s = new CustomerSummaryBuilder().summarize(log(), AS_OF, HOLDOUT_END, TimeUnit.WEEK,
                Progress.none());
        assertThat(s.customerId(1)).isEqualTo("B");
        assertThat(s.frequency(1)).isZero();
        assertThat(s.recency(1)).isZero();
        assertThat(s.monetaryMean(1)).isZero();
        assertThat(s.age(1)).isCloseTo(40 / 7.0, within(1e-12));
    }

    @Test
    void aFreeItemIsAPurchaseWithNoSpend() {
        CustomerSummary s = new CustomerSummaryBuilder().summarize(log(), AS_OF, HOLDOUT_END, TimeUnit.MONTH,
                Progress.none());
        assertThat(s.customerId(2)).isEqualTo("E");
        assertThat(s.frequency(2)).isEqualTo(1);
        assertThat(s.firstPurchase(2)).isEqualTo(LocalDate.of(2024, 2, 10));
        assertThat(s.recency(2)).isCloseTo(20 / (365.25 / 12), within(1e-12));
        assertThat(s.monetaryMean(2)).isEqualTo(12);
    }

    @Test
    void everyLeftOutLineAndCustomerIsCountedAndSaid() {
        CustomerSummary s = new CustomerSummaryBuilder().summarize(log(), AS_OF, HOLDOUT_END, TimeUnit.DAY,
                Progress.none());
        SummaryCleaning c = s.cleaning();
        assertThat(c.linesRead()).isEqualTo(14);
        assertThat(c.linesWithoutCustomerId()).isEqualTo(1);
        assertThat(c.cancellationLines()).isEqualTo(2);
        assertThat(c.zeroAmountLines()).isEqualTo(1);
        assertThat(c.linesAfterEnd()).isEqualTo(1);
        assertThat(c.purchaseLines()).isEqualTo(10);
        assertThat(c.customersFirstAfterAsOf()).isEqualTo(1);
        assertThat(c.customersWithoutPurchases()).isEqualTo(1);
        assertThat(String.join(" ", s.notes())).contains("1 lines with amount 0 count as purchases")
                .contains("first bought after the as-of day").contains("no line that counts as a purchase");
    }

    @Test
    void dailyCountsForTrackingCoverFirstAndRepeatPurchasesToTheHoldoutEnd() {
        CustomerSummary s = new CustomerSummaryBuilder().summarize(log(), AS_OF, HOLDOUT_END, TimeUnit.DAY,
                Progress.none());
        assertThat(s.trackingStart()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(s.trackingDays()).isEqualTo((int) (HOLDOUT_END.toEpochDay() - s.trackingStart().toEpochDay()) + 1);
        int firsts = 0;
        int repeats = 0;
        for (int d = 0; d < s.trackingDays(); d++) {
            firsts += s.firstPurchasesOn(d);
            repeats += s.repeatPurchasesOn(d);
        }
        assertThat(firsts).isEqualTo(3);
        assertThat(repeats).isEqualTo(2 + 1 + 1);
        assertThat(s.repeatPurchasesOn(100)).isEqualTo(1);
    }

    @Test
    void withoutAsOfTheCalibrationEndsOnTheLastPurchaseDay() {
        CustomerSummary s = new CustomerSummaryBuilder().summarize(log(), null, null, TimeUnit.DAY, Progress.none());
        assertThat(s.asOf()).isEqualTo(LocalDate.of(2024, 7, 1));
        assertThat(s.size()).isEqualTo(4);
        assertThat(s.notes().get(0)).contains("ends with the last purchase day in the data, 2024-07-01");
    }

    @Test
    void aHoldoutEndBeforeTheAsOfDayIsRefused() {
        assertThatThrownBy(() -> new CustomerSummaryBuilder().summarize(log(), AS_OF, AS_OF, TimeUnit.DAY,
                Progress.none())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be after");
    }
}
