package org.segmentlab.core.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Curves of small hand-worked cases. */
class UpliftCurvesTest {

    // ranked: T1 C0 T1 C1 T0 C0
    private static final boolean[] TREATED = {true, false, true, false, true, false};
    private static final int[] CONVERTED = {1, 0, 1, 1, 0, 0};
    private static final double[] SCORE = {0.9, 0.8, 0.7, 0.6, 0.5, 0.4};

    @Test
    void qiniAreaOfSixCustomersWorkedByHand() {
        // Qini after each customer (Yt − Yc·Nt/Nc): 1, 1, 2, 1, 0.5, 1; over N = 6 and trapezoids of width 1/6:
        // area = (0.5 + 1 + 1.5 + 1.5 + 0.75 + 0.75) / 36 = 1/6; random = (1/6) / 2 = 1/12.
        UpliftEvaluation e = UpliftCurves.evaluate(TREATED, CONVERTED, SCORE);
        assertThat(e.qiniArea()).isCloseTo(1.0 / 6, within(1e-12));
        assertThat(e.randomArea()).isCloseTo(1.0 / 12, within(1e-12));
        assertThat(e.qiniAreaAboveRandom()).isCloseTo(1.0 / 12, within(1e-12));
        // top 30% = round(1.8) = 2 customers: one treated who bought, one control who did not
        assertThat(e.upliftAt30()).isCloseTo(1.0, within(1e-12));
        // top 10% = 1 customer, treated only: no control to compare with
        assertThat(e.upliftAt10()).isNaN();
        // the curve at 50% lies halfway between the 3rd (2/6) and the ... it is the 3rd customer exactly
        assertThat(e.qiniCurve().get(50).value()).isCloseTo(2.0 / 6, within(1e-12));
        assertThat(e.qiniCurve().get(100).value()).isCloseTo(1.0 / 6, within(1e-12));
        // uplift curve at the end: (2/3 − 1/3) · 6 / 6
        assertThat(e.upliftCurve().get(100).value()).isCloseTo(1.0 / 3, within(1e-12));
    }

    @Test
    void aScoreThatTiesEveryoneIsExactlyRandom() {
        double[] same = new double[6];
        UpliftEvaluation e = UpliftCurves.evaluate(TREATED, CONVERTED, same);
        assertThat(e.qiniAreaAboveRandom()).isCloseTo(0, within(1e-15));
    }

    @Test
    void reversingTheRankingTurnsTheAreaBelowRandom() {
        double[] reversed = {0.4, 0.5, 0.6, 0.7, 0.8, 0.9};
        assertThat(UpliftCurves.evaluate(TREATED, CONVERTED, reversed).qiniAreaAboveRandom()).isNegative();
    }

    @Test
    void decilesSplitTwentyCustomersTwoEachHighestFirst() {
        boolean[] t = new boolean[20];
        int[] y = new int[20];
        double[] u = new double[20];
        for (int i = 0; i < 20; i++) {
            t[i] = i % 2 == 0;
            y[i] = i < 4 && t[i] ? 1 : 0;
            u[i] = 20 - i;
        }
        UpliftEvaluation e = UpliftCurves.evaluate(t, y, u);
        assertThat(e.deciles()).hasSize(10);
        UpliftDecile first = e.deciles().get(0);
        assertThat(first.treated()).isEqualTo(1);
        assertThat(first.control()).isEqualTo(1);
        assertThat(first.observedUplift()).isEqualTo(1.0);
        assertThat(first.predictedUplift()).isEqualTo(19.5);
        assertThat(e.deciles().get(9).observedUplift()).isEqualTo(0.0);
    }

    @Test
    void stratifiedSplitHoldsOutThatShareOfEachArmAndOutcome() {
        int n = 1000;
        boolean[] t = new boolean[n];
        int[] y = new int[n];
        int[] rows = new int[n];
        for (int i = 0; i < n; i++) {
            t[i] = i % 4 != 0;
            y[i] = i % 10 == 0 ? 1 : 0;
            rows[i] = i;
        }
        int[][] split = UpliftModeling.stratifiedSplit(t, y, rows, 0.3, 42);
        assertThat(split[0].length + split[1].length).isEqualTo(n);
        long treatedConvertedInTest = java.util.Arrays.stream(split[1]).filter(i -> t[i] && y[i] == 1).count();
        long treatedConverted = java.util.stream.IntStream.range(0, n).filter(i -> t[i] && y[i] == 1).count();
        assertThat(treatedConvertedInTest).isEqualTo(Math.round(0.3 * treatedConverted));
        assertThat(UpliftModeling.stratifiedSplit(t, y, rows, 0.3, 42)[1]).isEqualTo(split[1]);
        assertThat(UpliftModeling.stratifiedSplit(t, y, rows, 0.3, 7)[1]).isNotEqualTo(split[1]);
    }
}
