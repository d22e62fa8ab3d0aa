package org.segmentlab.core.predict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class BinaryMetricsTest {

    // Six customers; a positive and a negative tie at 0.6.
    //   y: 1    0    1    0    1    0
    //   p: 0.9  0.8  0.6  0.6  0.3  0.1
    private static final int[] Y = {1, 0, 1, 0, 1, 0};
    private static final double[] P = {0.9, 0.8, 0.6, 0.6, 0.3, 0.1};

    @Test
    void rocAucCountsPairsAndHalvesTies() {
        // Positive/negative pairs (9): 0.9 beats all three negatives (3); 0.6 beats 0.1 (1), ties 0.6 (0.5),
        // loses to 0.8; 0.3 beats 0.1 (1). AUC = 5.5 / 9.
        assertThat(BinaryMetrics.rocAuc(Y, P)).isCloseTo(5.5 / 9, within(1e-12));
    }

    @Test
    void rocAucIsHalfForConstantScoresAndNaNWithOneClass() {
        assertThat(BinaryMetrics.rocAuc(new int[] {1, 0, 1, 0}, new double[] {0.3, 0.3, 0.3, 0.3})).isEqualTo(0.5);
        assertThat(BinaryMetrics.rocAuc(new int[] {1, 1}, new double[] {0.2, 0.4})).isNaN();
    }

    @Test
    void rocCurveTrapezoidsGiveTheSameArea() {
        List<CurvePoint> roc = BinaryMetrics.rocCurve(Y, P);
        // (0,0) then thresholds 0.9, 0.8, 0.6, 0.3, 0.1.
        assertThat(roc).hasSize(6);
        assertThat(roc.get(3).x()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(roc.get(3).y()).isCloseTo(2.0 / 3, within(1e-12));
        double area = 0;
        for (int i = 1; i < roc.size(); i++) {
            area += (roc.get(i).x() - roc.get(i - 1).x()) * (roc.get(i).y() + roc.get(i - 1).y()) / 2;
        }
        // 1/9 + 1/6 + 1/3 = 11/18, the Mann–Whitney value.
        assertThat(area).isCloseTo(11.0 / 18, within(1e-12));
    }

    @Test
    void averagePrecisionSumsRecallStepsTimesPrecision() {
        // threshold: TP FP  precision recall
        //   0.9       1  0    1        1/3
        //   0.8       1  1    1/2      1/3
        //   0.6       2  2    1/2      2/3
        //   0.3       3  2    3/5      1
        //   0.1       3  3    1/2      1
        // AP = 1/3·1 + 0 + 1/3·1/2 + 1/3·3/5 + 0 = 21/30 = 0.7
        assertThat(BinaryMetrics.averagePrecision(Y, P)).isCloseTo(0.7, within(1e-12));
    }

    @Test
    void confusionAtThresholdCountsScoresAtOrAboveAsPositive() {
        // At 0.6: flagged 0.9(1) 0.8(0) 0.6(1) 0.6(0) → TP 2, FP 2; 0.3(1) → FN 1; 0.1(0) → TN 1.
        ConfusionMatrix m = ConfusionMatrix.at(Y, P, 0.6);
        assertThat(m.asArray()).isEqualTo(new long[][] {{1, 2}, {1, 2}});
        assertThat(m.accuracy()).isCloseTo(0.5, within(1e-12));
        assertThat(m.precision()).isCloseTo(0.5, within(1e-12));
        assertThat(m.recall()).isCloseTo(2.0 / 3, within(1e-12));
        // F1 = 2TP / (2TP + FP + FN) = 4 / 7
        assertThat(m.f1()).isCloseTo(4.0 / 7, within(1e-12));
    }

    @Test
    void precisionIsZeroWhenNobodyIsFlagged() {
        ConfusionMatrix m = ConfusionMatrix.at(Y, P, 0.95);
        assertThat(m.precision()).isZero();
        assertThat(m.f1()).isZero();
        assertThat(m.tn() + m.fn()).isEqualTo(6);
    }

    @Test
    void logLossIsTheMeanNegativeLogLikelihood() {
        // −(ln 0.9 + ln 0.2 + ln 0.6 + ln 0.4 + ln 0.3 + ln 0.9) / 6
        // = (0.1053605 + 1.6094379 + 0.5108256 + 0.9162907 + 1.2039728 + 0.1053605) / 6 = 4.4512480 / 6 = 0.7418747
        assertThat(BinaryMetrics.logLoss(Y, P)).isCloseTo(0.7418747, within(1e-6));
    }

    @Test
    void logLossClipsCertainMistakes() {
        // A positive scored 0 counts as −ln(1e-15) = 34.538776
        assertThat(BinaryMetrics.logLoss(new int[] {1}, new double[] {0})).isCloseTo(34.538776, within(1e-5));
    }

    @Test
    void maxF1ThresholdPicksTheBestCut() {
        // F1 at 0.9: 2/4 = .5; 0.8: 2/5 = .4; 0.6: 4/7 = .571; 0.3: 6/8 = .75; 0.1: 6/9 = .667
        assertThat(BinaryMetrics.maxF1Threshold(Y, P)).isEqualTo(0.3);
        Evaluation e = Evaluation.of(Y, P, ThresholdPolicy.maxF1(), null);
        assertThat(e.f1()).isCloseTo(0.75, within(1e-12));
    }

    @Test
    void costMatrixPicksTheCheapestThreshold() {
        // missed churner 100, offer 10, value saved 50. Cost = 100·FN + 10·(TP+FP) − 50·TP
        //   nobody: 300;  0.9: 200+10−50 = 160;  0.8: 200+20−50 = 170;  0.6: 100+40−100 = 40;
        //   0.3: 0+50−150 = −100;  0.1: 0+60−150 = −90
        CostMatrix costs = new CostMatrix(100, 10, 50);
        List<CostPoint> curve = BinaryMetrics.costCurve(Y, P, costs);
        assertThat(curve).extracting(CostPoint::cost).containsExactly(300.0, 160.0, 170.0, 40.0, -100.0, -90.0);
        assertThat(curve.get(4).netBenefit()).isEqualTo(400.0);
        assertThat(BinaryMetrics.minCostThreshold(Y, P, costs)).isEqualTo(0.3);
        // An offer pays above p = 10 / (50 + 100)
        assertThat(costs.breakEvenProbability()).isCloseTo(1.0 / 15, within(1e-12));
        Evaluation e = Evaluation.of(Y, P, ThresholdPolicy.minCost(costs), null);
        assertThat(e.threshold()).isEqualTo(0.3);
        assertThat(e.costCurve()).hasSize(6);
    }

    @Test
    void flaggingNobodyWinsWhenOffersCostMoreThanTheySave() {
        CostMatrix costs = new CostMatrix(0, 10, 5);
        double t = BinaryMetrics.minCostThreshold(Y, P, costs);
        assertThat(ConfusionMatrix.at(Y, P, t).tp() + ConfusionMatrix.at(Y, P, t).fp()).isZero();
    }

    @Test
    void liftAndGainsByDecile() {
        // Ten customers already in score order; 4 positives, overall rate 0.4.
        int[] y = {1, 1, 0, 1, 0, 0, 1, 0, 0, 0};
        double[] p = {0.95, 0.9, 0.85, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2};
        List<LiftDecile> lift = BinaryMetrics.liftByDecile(y, p);
        assertThat(lift).hasSize(10);
        // Decile 1: rate 1, lift 1/0.4 = 2.5, gain 1/4.
        assertThat(lift.get(0).lift()).isCloseTo(2.5, within(1e-12));
        assertThat(lift.get(0).cumulativeGain()).isCloseTo(0.25, within(1e-12));
        // Decile 3 (a negative): lift 0; cumulative: 2 of 3 → (2/3)/0.4 = 1.6667, gain 2/4.
        assertThat(lift.get(2).lift()).isZero();
        assertThat(lift.get(2).cumulativeLift()).isCloseTo(5.0 / 3, within(1e-12));
        assertThat(lift.get(2).cumulativeGain()).isCloseTo(0.5, within(1e-12));
        // Decile 7 holds the last positive: every positive found.
        assertThat(lift.get(6).cumulativeGain()).isCloseTo(1.0, within(1e-12));
        assertThat(lift.get(9).cumulativeLift()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void liftDecilesSplitUnevenCountsAsEquallyAsPossible() {
        int n = 25;
        int[] y = new int[n];
        double[] p = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = i % 3 == 0 ? 1 : 0;
            p[i] = 1 - i / 100.0;
        }
        // Decile d holds ranks [floor(25(d−1)/10), floor(25d/10)): boundaries 0,2,5,7,10,12,15,17,20,22,25.
        assertThat(BinaryMetrics.liftByDecile(y, p)).extracting(LiftDecile::customers)
                .containsExactly(2, 3, 2, 3, 2, 3, 2, 3, 2, 3);
    }

    @Test
    void calibrationBinsCompareMeanScoreWithObservedRate() {
        int[] y = {0, 0, 1, 1, 1, 1};
        double[] p = {0.05, 0.15, 0.12, 0.95, 0.91, 1.0};
        List<CalibrationBin> bins = BinaryMetrics.calibration(y, p);
        assertThat(bins).hasSize(10);
        assertThat(bins.get(0).count()).isEqualTo(1);
        assertThat(bins.get(0).observedRate()).isZero();
        // Bin [0.1, 0.2): 0.15 and 0.12 → mean 0.135, one positive of two.
        assertThat(bins.get(1).meanPredicted()).isCloseTo(0.135, within(1e-12));
        assertThat(bins.get(1).observedRate()).isCloseTo(0.5, within(1e-12));
        // The last bin includes 1.0: 0.95, 0.91, 1.0 → mean 0.953333.
        assertThat(bins.get(9).count()).isEqualTo(3);
        assertThat(bins.get(9).meanPredicted()).isCloseTo(2.86 / 3, within(1e-12));
        assertThat(bins.get(5).meanPredicted()).isNaN();
    }

    @Test
    void precisionRecallCurveEndsAtFullRecall() {
        List<CurvePoint> pr = BinaryMetrics.precisionRecallCurve(Y, P);
        assertThat(pr.get(0).x()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(pr.get(0).y()).isEqualTo(1.0);
        assertThat(pr.get(pr.size() - 1).x()).isEqualTo(1.0);
        assertThat(pr.get(pr.size() - 1).y()).isEqualTo(0.5);
    }
}
