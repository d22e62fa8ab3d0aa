package org.segmentlab.core.features.rfm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.segmentlab.core.CancelledException;
import org.segmentlab.core.Progress;

class RfmCalculatorTest {

    private final RfmCalculator calculator = new RfmCalculator();

    private static LocalDateTime at(String dateTime) {
        return LocalDateTime.parse(dateTime.length() == 10 ? dateTime + "T12:00" : dateTime.replace(' ', 'T'));
    }

    /**
     * Five customers, one line per invoice unless noted, amounts as written:
     * <pre>
     * A: I1 2024-01-10 100, I2 2024-01-20 50      last 01-20, F 2, M 150
     * B: I3 2024-01-20 30                         last 01-20, F 1, M 30
     * C: I4 2024-01-05 100 and 50 (two lines)     last 01-05, F 1, M 150
     * D: I5 01-15 10, I6 01-16 10, I7 01-18 10    last 01-18, F 3, M 30
     * E: I8 2024-01-01 500                        last 01-01, F 1, M 500
     * </pre>
     * The last purchase day is 01-20, so as-of is 01-21 and R = A 1, B 1, C 16, D 3, E 20.
     */
    private static TransactionLog fiveCustomers() {
        return TransactionLog.builder(false, true)
                .add("A", at("2024-01-10"), 100, Double.NaN, "I1")
                .add("A", at("2024-01-20"), 50, Double.NaN, "I2")
                .add("B", at("2024-01-20"), 30, Double.NaN, "I3")
                .add("C", at("2024-01-05"), 100, Double.NaN, "I4")
                .add("C", at("2024-01-05"), 50, Double.NaN, "I4")
                .add("D", at("2024-01-15"), 10, Double.NaN, "I5")
                .add("D", at("2024-01-16"), 10, Double.NaN, "I6")
                .add("D", at("2024-01-18"), 10, Double.NaN, "I7")
                .add("E", at("2024-01-01"), 500, Double.NaN, "I8")
                .build();
    }

    private RfmResult compute(TransactionLog log, RfmOptions options) {
        return calculator.compute(log, options, Progress.none());
    }

    private static CustomerRfm find(RfmResult result, String id) {
        return result.customers().stream().filter(c -> c.customerId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void recencyFrequencyMonetaryFollowTheDefinitions() {
        RfmResult result = compute(fiveCustomers(), RfmOptions.defaults());

        assertThat(result.asOf()).isEqualTo(LocalDate.of(2024, 1, 21));
        assertThat(result.customers()).extracting(CustomerRfm::customerId).containsExactly("A", "B", "C", "D", "E");
        assertThat(result.customers()).extracting(CustomerRfm::recencyDays).containsExactly(1, 1, 16, 3, 20);
        assertThat(result.customers()).extracting(CustomerRfm::frequency).containsExactly(2, 1, 1, 3, 1);
        assertThat(result.customers()).extracting(CustomerRfm::monetary).containsExactly(150.0, 30.0, 150.0, 30.0, 500.0);
        assertThat(result.firstPurchaseDay()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(result.lastPurchaseDay()).isEqualTo(LocalDate.of(2024, 1, 20));
    }

    @Test
    void equalValuesShareAScoreByTheCountOfStrictlyWorseCustomers() {
        // n = 5, bins = 5: score = 1 + floor(5 × worse / 5) = 1 + worse.
        // R (worse = larger): A 1 -> C,D,E larger = 3 -> 4; B same value as A -> 4; C 16 -> E = 1 -> 2;
        //   D 3 -> C,E = 2 -> 3; E 20 -> 0 -> 1.
        // F (worse = smaller): A 2 -> B,C,E = 3 -> 4; B, C, E 1 -> 0 -> 1; D 3 -> 4 -> 5.
        // M (worse = smaller): A 150 -> B,D = 2 -> 3; C 150 -> 3; B, D 30 -> 0 -> 1; E 500 -> 4 -> 5.
        RfmResult result = compute(fiveCustomers(), RfmOptions.defaults());

        assertThat(result.customers()).extracting(CustomerRfm::cell)
                .containsExactly("443", "411", "213", "351", "115");
    }

    @Test
    void scoresUseFloorOfBinsTimesWorseOverCustomers() {
        // n = 5, bins = 3: score = 1 + floor(3 × worse / 5).
        // R: A, B worse 3 -> 1 + floor(9/5) = 2; C worse 1 -> 1 + floor(3/5) = 1; D worse 2 -> 1 + floor(6/5) = 2; E 1.
        // F: A worse 3 -> 2; D worse 4 -> 1 + floor(12/5) = 3; B, C, E 1.
        // M: A, C worse 2 -> 2; B, D 1; E worse 4 -> 3.
        RfmResult result = compute(fiveCustomers(), RfmOptions.defaults().withBins(3));

        assertThat(result.customers()).extracting(CustomerRfm::cell)
                .containsExactly("222", "211", "112", "231", "113");
    }

    @Test
    void tenBinsJoinTheScoresWithDashes() {
        // n = 5, bins = 10: score = 1 + floor(10 × worse / 5) = 1 + 2 × worse; D's F has worse 4 -> 9, E's M 9.
        RfmResult result = compute(fiveCustomers(), RfmOptions.defaults().withBins(10));

        assertThat(find(result, "D").cell()).isEqualTo("5-9-1");
        assertThat(find(result, "E").cell()).isEqualTo("1-1-9");
    }

    @Test
    void everyoneEqualGetsTheLowestScore() {
        TransactionLog log = TransactionLog.builder(false, true)
                .add("1", at("2024-03-01"), 20, Double.NaN, "a")
                .add("2", at("2024-03-01"), 20, Double.NaN, "b")
                .add("3", at("2024-03-01"), 20, Double.NaN, "c")
                .build();

        RfmResult result = compute(log, RfmOptions.defaults());

        assertThat(result.customers()).extracting(CustomerRfm::cell).containsOnly("111");
    }

    @Test
    void monetaryIsComparedInCentsSoFloatingPointNoiseDoesNotSplitATie() {
        // 0.1 + 0.2 = 0.30000000000000004 in binary; both customers show 0.30 and must share a score.
        TransactionLog log = TransactionLog.builder(false, true)
                .add("x", at("2024-03-01"), 0.1, Double.NaN, "1")
                .add("x", at("2024-03-01"), 0.2, Double.NaN, "1")
                .add("y", at("2024-03-01"), 0.3, Double.NaN, "2")
                .add("z", at("2024-03-01"), 0.2, Double.NaN, "3")
                .build();

        RfmResult result = compute(log, RfmOptions.defaults());

        // worse: x 1 (z), y 1, z 0; n = 3: 1 + floor(5 × 1 / 3) = 2 and 1.
        assertThat(result.customers()).extracting(CustomerRfm::mScore).containsExactly(2, 2, 1);
    }

    @Test
    void cancellationsAndReturnsAreLeftOutOfFrequencyAndMonetaryByDefault() {
        RfmResult result = compute(withCancellations(), RfmOptions.defaults());

        CustomerRfm x = find(result, "X");
        assertThat(x.frequency()).isEqualTo(2);
        assertThat(x.monetary()).isEqualTo(30.0);
        assertThat(result.customers()).extracting(CustomerRfm::customerId).containsExactly("X", "Y");
        CleaningSummary cleaning = result.cleaning();
        assertThat(cleaning.linesRead()).isEqualTo(10);
        assertThat(cleaning.linesWithoutCustomerId()).isEqualTo(2);
        assertThat(cleaning.cancellationLines()).isEqualTo(4);
        assertThat(cleaning.zeroAmountLines()).isEqualTo(1);
        assertThat(cleaning.purchaseLines()).isEqualTo(3);
        assertThat(cleaning.customers()).isEqualTo(2);
        assertThat(cleaning.customersWithoutPurchases()).isEqualTo(1);
        assertThat(cleaning.cancellations()).isEqualTo(CancellationHandling.EXCLUDED);
    }

    @Test
    void nettedCancellationsSubtractFromMonetaryButNotFromFrequency() {
        RfmResult result = compute(withCancellations(),
                RfmOptions.defaults().withCancellations(CancellationHandling.NETTED));

        CustomerRfm x = find(result, "X");
        // 30 bought, minus C100 (5), minus the negative-quantity line (6), minus C200 written positive (4).
        assertThat(x.monetary()).isCloseTo(15.0, within(1e-9));
        assertThat(x.frequency()).isEqualTo(2);
        // Z returned goods but bought nothing in the period: still not a customer of the period.
        assertThat(result.customers()).extracting(CustomerRfm::customerId).containsExactly("X", "Y");
    }

    /**
     * X buys invoice 100 (2 × 5 = 10) and 102 (4 × 5 = 20); cancels C100 (-1 × 5), returns 1 item on
     * 101 with quantity -3 × 2, and has C200 written with a positive quantity (1 × 4). A line of
     * 103 has unit price 0. Y buys once. Z only returns. Two lines have no customer id.
     */
    private static TransactionLog withCancellations() {
        return TransactionLog.builder(true, true)
                .addPriced("X", at("2024-02-01"), 2, 5, "100")
                .addPriced("X", at("2024-02-02"), -1, 5, "C100")
                .addPriced("X", at("2024-02-03"), -3, 2, "101")
                .addPriced("X", at("2024-02-04"), 4, 5, "102")
                .addPriced("X", at("2024-02-04"), 1, 4, "C200")
                .addPriced("X", at("2024-02-05"), 5, 0, "103")
                .addPriced("Y", at("2024-02-06"), 1, 7, "104")
                .addPriced("Z", at("2024-02-06"), -2, 7, "C105")
                .addPriced("", at("2024-02-06"), 3, 1, "106")
                .addPriced(null, at("2024-02-06"), 3, 1, "106")
                .build();
    }

    @Test
    void aCustomerWithOnePurchaseHasFrequencyOne() {
        TransactionLog log = TransactionLog.builder(false, true)
                .add("solo", at("2023-12-30 09:15"), 12.5, Double.NaN, "S1")
                .add("other", at("2024-01-04 10:00"), 3, Double.NaN, "S2")
                .build();

        CustomerRfm solo = find(compute(log, RfmOptions.defaults()), "solo");

        // as-of 2024-01-05; 2023-12-30 -> 2024-01-05 is 6 days.
        assertThat(solo.recencyDays()).isEqualTo(6);
        assertThat(solo.frequency()).isEqualTo(1);
        assertThat(solo.monetary()).isEqualTo(12.5);
    }

    @Test
    void recencyCountsCalendarDaysNotHoursSinceThePurchase() {
        TransactionLog log = TransactionLog.builder(false, true)
                .add("late", at("2024-01-19 23:59"), 1, Double.NaN, "1")
                .add("early", at("2024-01-20 00:01"), 1, Double.NaN, "2")
                .build();

        RfmResult result = compute(log, RfmOptions.defaults());

        assertThat(result.asOf()).isEqualTo(LocalDate.of(2024, 1, 21));
        assertThat(find(result, "late").recencyDays()).isEqualTo(2);
        assertThat(find(result, "early").recencyDays()).isEqualTo(1);
    }

    @Test
    void linesAfterTheAsOfDayAreLeftOutAndTheAsOfDayItselfCounts() {
        RfmResult result = compute(fiveCustomers(), RfmOptions.defaults().withAsOf(LocalDate.of(2024, 1, 15)));

        // Kept: A I1 (01-10), C I4 (01-05, two lines), D I5 (01-15, on the as-of day), E I8 (01-01).
        // Left out: A I2, B I3, D I6, D I7 (all after 01-15); B has nothing left.
        assertThat(result.asOf()).isEqualTo(LocalDate.of(2024, 1, 15));
        assertThat(result.customers()).extracting(CustomerRfm::customerId).containsExactly("A", "C", "D", "E");
        assertThat(result.customers()).extracting(CustomerRfm::recencyDays).containsExactly(5, 10, 0, 14);
        assertThat(result.customers()).extracting(CustomerRfm::frequency).containsExactly(1, 1, 1, 1);
        assertThat(result.customers()).extracting(CustomerRfm::monetary).containsExactly(100.0, 150.0, 10.0, 500.0);
        assertThat(result.cleaning().linesAfterAsOf()).isEqualTo(4);
        assertThat(result.cleaning().customersWithoutPurchases()).isEqualTo(1);
        assertThat(result.options().asOf()).isEqualTo(LocalDate.of(2024, 1, 15));
    }

    @Test
    void withoutAnInvoiceColumnFrequencyCountsDistinctPurchaseDays() {
        TransactionLog log = TransactionLog.builder(true, false)
                .addPriced("K", at("2024-01-10 08:00"), 1, 2, null)
                .addPriced("K", at("2024-01-10 17:00"), 1, 2, null)
                .addPriced("K", at("2024-01-12 09:00"), 1, 2, null)
                .addPriced("K", at("2024-01-11 09:00"), -1, 2, null)
                .addPriced("L", at("2024-01-10 09:00"), 1, 2, null)
                .addPriced("K", at("2024-01-10 18:00"), 1, 2, null)
                .build();

        RfmResult result = compute(log, RfmOptions.defaults());

        // K bought on 01-10 (three lines) and 01-12; the 01-11 line is a return.
        assertThat(find(result, "K").frequency()).isEqualTo(2);
        assertThat(find(result, "K").monetary()).isEqualTo(8.0);
        assertThat(find(result, "L").frequency()).isEqualTo(1);
    }

    @Test
    void invoicesCountOnceEvenWhenTheirLinesAreInterleaved() {
        TransactionLog log = TransactionLog.builder(false, true)
                .add("P", at("2024-01-01"), 1, Double.NaN, "i1")
                .add("P", at("2024-01-02"), 1, Double.NaN, "i2")
                .add("Q", at("2024-01-02"), 1, Double.NaN, "i3")
                .add("P", at("2024-01-01"), 1, Double.NaN, "i1")
                .add("P", at("2024-01-02"), 1, Double.NaN, "i2")
                .build();

        assertThat(find(compute(log, RfmOptions.defaults()), "P").frequency()).isEqualTo(2);
    }

    @Test
    void amountIsQuantityTimesUnitPrice() {
        TransactionLog log = TransactionLog.builder(true, true)
                .addPriced("Q", at("2024-05-01"), 3, 2.5, "1")
                .addPriced("Q", at("2024-05-01"), 12, 0.85, "1")
                .build();

        // 3 × 2.5 + 12 × 0.85 = 7.5 + 10.2 = 17.7
        assertThat(find(compute(log, RfmOptions.defaults()), "Q").monetary()).isCloseTo(17.7, within(1e-9));
    }

    @Test
    void linesWithoutDateOrAmountAreDroppedAndCounted() {
        TransactionLog log = TransactionLog.builder(false, true)
                .add("A", (LocalDateTime) null, 10, Double.NaN, "1")
                .add("A", at("2024-01-01"), Double.NaN, Double.NaN, "2")
                .add("A", at("2024-01-02"), 5, Double.NaN, "3")
                .build();

        RfmResult result = compute(log, RfmOptions.defaults());

        assertThat(result.cleaning().linesWithoutDateOrAmount()).isEqualTo(2);
        assertThat(find(result, "A").frequency()).isEqualTo(1);
    }

    @Test
    void wholeNumberIdsAreOrderedByValue() {
        TransactionLog log = TransactionLog.builder(false, true)
                .add("100", at("2024-01-01"), 1, Double.NaN, "1")
                .add("abc", at("2024-01-01"), 1, Double.NaN, "2")
                .add("20", at("2024-01-01"), 1, Double.NaN, "3")
                .add("3", at("2024-01-01"), 1, Double.NaN, "4")
                .build();

        assertThat(compute(log, RfmOptions.defaults()).customers()).extracting(CustomerRfm::customerId)
                .containsExactly("3", "20", "100", "abc");
    }

    @Test
    void noPurchasesGiveAnEmptyResultWithAWarning() {
        RfmResult result = compute(fiveCustomers(), RfmOptions.defaults().withAsOf(LocalDate.of(2023, 12, 1)));

        assertThat(result.size()).isZero();
        assertThat(result.warnings()).singleElement().asString().contains("2023-12-01");
    }

    @Test
    void binsOutsideThreeToTenAreRefused() {
        assertThatThrownBy(() -> RfmOptions.defaults().withBins(2)).hasMessageContaining("between 3 and 10");
        assertThatThrownBy(() -> RfmOptions.defaults().withBins(11)).hasMessageContaining("between 3 and 10");
    }

    @Test
    void aCancelledProgressStopsTheComputation() {
        Progress cancelled = new Progress() {
            @Override
            public void update(double fraction, String message) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };

        assertThatThrownBy(() -> calculator.compute(fiveCustomers(), RfmOptions.defaults(), cancelled))
                .isInstanceOf(CancelledException.class);
    }

    @Test
    void progressIsReportedUpToOne() {
        org.segmentlab.testing.RecordingProgress recording = new org.segmentlab.testing.RecordingProgress();
        List<Double> fractions = recording.fractions();

        calculator.compute(fiveCustomers(), RfmOptions.defaults(), recording);

        assertThat(fractions).isSorted().last().isEqualTo(1.0);
    }
}
