package org.segmentlab.core.predict;

import java.util.List;

/**
 * How a model's scores compare with the true outcomes of a test part.
 *
 * @param rocAuc     see {@link BinaryMetrics#rocAuc}
 * @param prAuc      average precision, see {@link BinaryMetrics#averagePrecision}
 * @param threshold  the threshold {@code confusion} was counted at
 * @param costCurve  campaign cost at each threshold; empty when no {@link CostMatrix} was given
 */
public record Evaluation(int rows, int positives, double rocAuc, double prAuc, double logLoss, double brierScore,
                         double threshold, ConfusionMatrix confusion, List<CurvePoint> rocCurve,
                         List<CurvePoint> prCurve, List<LiftDecile> lift, List<CalibrationBin> calibration,
                         List<CostPoint> costCurve) {

    public Evaluation {
        rocCurve = List.copyOf(rocCurve);
        prCurve = List.copyOf(prCurve);
        lift = List.copyOf(lift);
        calibration = List.copyOf(calibration);
        costCurve = List.copyOf(costCurve);
    }

    /**
     * Evaluates scores against labels.
     *
     * @param costs the campaign economics for the cost curve, or null
     */
    public static Evaluation of(int[] y, double[] p, ThresholdPolicy policy, CostMatrix costs) {
        double threshold = chooseThreshold(y, p, policy);
        CostMatrix economics = costs != null ? costs : policy.costs();
        int positives = 0;
        for (int v : y) {
            positives += v;
        }
        return new Evaluation(y.length, positives, BinaryMetrics.rocAuc(y, p), BinaryMetrics.averagePrecision(y, p),
                BinaryMetrics.logLoss(y, p), BinaryMetrics.brierScore(y, p), threshold,
                ConfusionMatrix.at(y, p, threshold), BinaryMetrics.rocCurve(y, p),
                BinaryMetrics.precisionRecallCurve(y, p), BinaryMetrics.liftByDecile(y, p),
                BinaryMetrics.calibration(y, p),
                economics == null ? List.of() : BinaryMetrics.costCurve(y, p, economics));
    }

    /** The threshold a policy picks on these scores. */
    public static double chooseThreshold(int[] y, double[] p, ThresholdPolicy policy) {
        switch (policy.kind()) {
            case FIXED:
                return policy.value();
            case MAX_F1:
                return BinaryMetrics.maxF1Threshold(y, p);
            default:
                return BinaryMetrics.minCostThreshold(y, p, policy.costs());
        }
    }

    public double accuracy() {
        return confusion.accuracy();
    }

    public double precision() {
        return confusion.precision();
    }

    public double recall() {
        return confusion.recall();
    }

    public double f1() {
        return confusion.f1();
    }
}
