package org.segmentlab.core.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.segmentlab.core.Progress;
import org.segmentlab.core.features.rfm.TransactionLog;

/**
 * The value matrices are the model's own predictions at the grid's points (frequency across, recency
 * up, T the longest history), and the tracking series is counted as a hand computation gives it.
 */
class ValueMatrixTest {

    private static final double[] BGNBD = {0.5, 5.0, 0.8, 2.5};

    /**
     * A: first purchase 2024-01-01, repeats on 01-03 and 01-10, a holdout purchase on 01-16.
     * B: one purchase on 01-02. As of 2024-01-14, holdout to 2024-01-20, in days.
     */
    private static CustomerSummary tiny() {
        TransactionLog.Builder b = TransactionLog.builder(true, true);
        b.add("A", LocalDate.of(2024, 1, 1).atTime(10, 0), 10, 1, "1");
        b.add("A", LocalDate.of(2024, 1, 3).atTime(10, 0), 20, 1, "2");
        b.add("A", LocalDate.of(2024, 1, 10).atTime(10, 0), 30, 1, "3");
        b.add("A", LocalDate.of(2024, 1, 16).atTime(10, 0), 40, 1, "4");
        b.add("B", LocalDate.of(2024, 1, 2).atTime(10, 0), 50, 1, "5");
        return new CustomerSummaryBuilder().summarize(b.build(), LocalDate.of(2024, 1, 14), LocalDate.of(2024, 1, 20),
                TimeUnit.DAY, Progress.none());
    }

    @Test
    void matricesAreTheModelsPredictionsAtTheGridPoints() {
        CustomerSummary s = tiny();
        FittedPurchaseModel model = FittedPurchaseModel.at(PurchaseModelKind.BG_NBD, TimeUnit.DAY, BGNBD);
        ValueMatrix alive = ValueMatrix.pAlive(model, s);
        // frequency 0..2 (A made 2 repeats), recency 0..13 (A's age: 2024-01-01 to 01-14)
        assertThat(alive.frequencies()).containsExactly(0, 1, 2);
        assertThat(alive.rows()).isEqualTo(14);
        assertThat(alive.recency(0)).isEqualTo(0);
        assertThat(alive.recency(13)).isEqualTo(13);
        assertThat(alive.age()).isEqualTo(13);
        ValueMatrix expected = ValueMatrix.expectedPurchases(model, s, 30);
        for (int r = 0; r < alive.rows(); r++) {
            for (int c = 0; c < alive.columns(); c++) {
                int x = alive.frequency(c);
                double tx = alive.recency(r);
                assertThat(alive.value(r, c)).isEqualTo(model.pAlive(x, tx, 13));
                assertThat(expected.value(r, c)).isEqualTo(model.expectedPurchases(30, x, tx, 13));
            }
        }
        // and by hand (FHL 2005, eq. 13): P(alive | x=2, t_x=7, T=13) = 1 / (1 + a/(b+x-1) ((α+T)/(α+t_x))^(r+x))
        double hand = 1 / (1 + 0.8 / (2.5 + 1) * Math.pow((5.0 + 13) / (5.0 + 7), 0.5 + 2));
        assertThat(alive.value(7, 2)).isCloseTo(hand, within(1e-12));
        assertThat(alive.value(7, 0)).isEqualTo(1.0);
        // a recent buyer is likelier alive than one who stopped long ago
        assertThat(alive.value(13, 2)).isGreaterThan(alive.value(1, 2));
        assertThat(expected.value(13, 2)).isGreaterThan(expected.value(1, 2));
    }

    @Test
    void longHistoriesAreSampledInStepsOfOneSize() {
        int[] steps = ValueMatrix.Grid.steps(500);
        // 500 / 59 rounds up to steps of 9: 0, 9, …, 495
        assertThat(steps).hasSize(56);
        assertThat(steps.length).isLessThanOrEqualTo(ValueMatrix.MAX_STEPS);
        for (int i = 0; i < steps.length; i++) {
            assertThat(steps[i]).isEqualTo(9 * i);
        }
        assertThat(ValueMatrix.Grid.steps(59)).hasSize(60).endsWith(59);
        assertThat(ValueMatrix.Grid.steps(60)).containsExactly(java.util.stream.IntStream.rangeClosed(0, 30)
                .map(i -> 2 * i).toArray());
        assertThat(ValueMatrix.Grid.steps(3)).containsExactly(0, 1, 2, 3);
        assertThat(ValueMatrix.Grid.steps(0)).containsExactly(0);
    }

    /** E[X(t)] of BG/NBD (FHL 2005, eq. 9) with the Gauss series summed term by term. */
    private static double expectedSinceFirst(double t) {
        double r = BGNBD[0];
        double alpha = BGNBD[1];
        double a = BGNBD[2];
        double b = BGNBD[3];
        double z = t / (alpha + t);
        double term = 1;
        double hyp = 1;
        for (int n = 0; n < 10_000; n++) {
            term *= (r + n) * (b + n) / ((a + b - 1 + n) * (n + 1)) * z;
            hyp += term;
        }
        return (a + b - 1) / (a - 1) * (1 - Math.pow(alpha / (alpha + t), r) * hyp);
    }

    @Test
    void trackingCountsWeeklyRepeatsAndTheModelsExpectationByFirstPurchaseDay() {
        CustomerSummary s = tiny();
        FittedPurchaseModel model = FittedPurchaseModel.at(PurchaseModelKind.BG_NBD, TimeUnit.DAY, BGNBD);
        List<HoldoutCheck.TrackingPoint> points = ClvCalculator.tracking(s, model);
        // 2024-01-01 to 01-20: weeks end on 01-07 and 01-14, and the last day 01-20 closes the series
        assertThat(points).extracting(HoldoutCheck.TrackingPoint::day).containsExactly(LocalDate.of(2024, 1, 7),
                LocalDate.of(2024, 1, 14), LocalDate.of(2024, 1, 20));
        // A's repeats: 01-03, 01-10 (calibration), 01-16 (holdout)
        assertThat(points).extracting(HoldoutCheck.TrackingPoint::actual).containsExactly(1L, 2L, 3L);
        // A's cohort began on day 0, B's on day 1: by day d, E[X(d)] + E[X(d - 1)]
        int[] dayOf = {6, 13, 19};
        for (int k = 0; k < 3; k++) {
            double hand = expectedSinceFirst(dayOf[k]) + expectedSinceFirst(dayOf[k] - 1);
            assertThat(points.get(k).expected()).as("week %d", k).isCloseTo(hand, within(1e-9));
        }
    }

    @Test
    void segmentValuesAddTheCustomersOfEachSegment() {
        CustomerValues values = new CustomerValues(new String[] {"a", "b", "c", "d"}, new double[] {0.9, 0.5, 0.2, 0.7},
                new double[] {3, 1, 0.5, Double.NaN}, new double[] {10, 10, 10, 10}, new double[] {30, 10, 5, Double.NaN});
        java.util.Map<String, String> segments = new java.util.LinkedHashMap<>();
        segments.put("a", "Gold");
        segments.put("b", "Gold");
        segments.put("c", "Lost");
        segments.put("d", "Lost");
        segments.put("z", "Lost");
        SegmentValues v = SegmentValues.of(values, segments);
        assertThat(v.unvalued()).isEqualTo(2);
        SegmentValues.Segment gold = v.of("Gold").orElseThrow();
        assertThat(gold.customers()).isEqualTo(2);
        assertThat(gold.totalClv()).isEqualTo(40);
        assertThat(gold.meanClv()).isEqualTo(20);
        assertThat(gold.clvShare()).isCloseTo(40.0 / 45, within(1e-12));
        assertThat(gold.meanPAlive()).isCloseTo(0.7, within(1e-12));
        SegmentValues.Segment lost = v.of("Lost").orElseThrow();
        assertThat(lost.customers()).isEqualTo(1);
        assertThat(lost.unvalued()).isEqualTo(2);
        assertThat(lost.totalClv()).isEqualTo(5);
        assertThat(lost.meanPAlive()).isCloseTo(0.2, within(1e-12));
        assertThat(v.totalClv()).isEqualTo(45);
    }
}
