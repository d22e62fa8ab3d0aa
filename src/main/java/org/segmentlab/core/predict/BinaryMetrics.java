package org.segmentlab.core.predict;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Measures of how well scores separate positives (label 1) from negatives (label 0). Higher score
 * means "more likely positive"; a customer is flagged when the score is at least the threshold.
 */
public final class BinaryMetrics {

    /** Probabilities are kept this far from 0 and 1 in the log loss, as scikit-learn does. */
    private static final double LOG_LOSS_EPS = 1e-15;

    private BinaryMetrics() {
    }

    /**
     * Area under the ROC curve by the Mann–Whitney statistic: the chance that a random positive
     * scores above a random negative, ties counting one half (tied scores share their average
     * rank). NaN when either class is absent.
     */
    public static double rocAuc(int[] y, double[] p) {
        check(y, p);
        double[][] split = byClass(y, p);
        double[] negatives = split[0];
        double[] positives = split[1];
        if (positives.length == 0 || negatives.length == 0) {
            return Double.NaN;
        }
        // For each positive, the negatives below it count 1 and those equal to it ½.
        double wins = 0;
        int below = 0;
        int notAbove = 0;
        for (double v : positives) {
            while (below < negatives.length && negatives[below] < v) {
                below++;
            }
            notAbove = Math.max(notAbove, below);
            while (notAbove < negatives.length && negatives[notAbove] == v) {
                notAbove++;
            }
            wins += below + (notAbove - below) / 2.0;
        }
        return wins / ((double) positives.length * negatives.length);
    }

    /** The scores of the negatives and of the positives, each sorted ascending. */
    private static double[][] byClass(int[] y, double[] p) {
        int positives = 0;
        for (int v : y) {
            positives += v == 1 ? 1 : 0;
        }
        double[] pos = new double[positives];
        double[] neg = new double[y.length - positives];
        int a = 0;
        int b = 0;
        for (int i = 0; i < y.length; i++) {
            if (y[i] == 1) {
                pos[a++] = p[i];
            } else {
                neg[b++] = p[i];
            }
        }
        Arrays.sort(pos);
        Arrays.sort(neg);
        return new double[][] {neg, pos};
    }

    /**
     * Area under the precision-recall curve as average precision:
     * {@code AP = Σ_k (R_k − R_{k−1}) × P_k}, over the distinct scores taken as thresholds from the
     * highest down, where {@code P_k} and {@code R_k} are the precision and recall of flagging
     * every score ≥ the k-th threshold and {@code R_0 = 0}. Steps, no interpolation (the definition
     * of scikit-learn's {@code average_precision_score}). NaN without positives.
     */
    public static double averagePrecision(int[] y, double[] p) {
        List<CurvePoint> curve = precisionRecallCurve(y, p);
        if (curve.isEmpty()) {
            return Double.NaN;
        }
        double ap = 0;
        double previousRecall = 0;
        for (CurvePoint point : curve) {
            ap += (point.x() - previousRecall) * point.y();
            previousRecall = point.x();
        }
        return ap;
    }

    /** Mean negative log-likelihood of the labels, natural log, probabilities clipped to [1e-15, 1 − 1e-15]. */
    public static double logLoss(int[] y, double[] p) {
        check(y, p);
        double sum = 0;
        for (int i = 0; i < y.length; i++) {
            double q = Math.min(1 - LOG_LOSS_EPS, Math.max(LOG_LOSS_EPS, p[i]));
            sum -= y[i] == 1 ? Math.log(q) : Math.log(1 - q);
        }
        return y.length == 0 ? Double.NaN : sum / y.length;
    }

    /** Mean squared difference between probability and label. */
    public static double brierScore(int[] y, double[] p) {
        check(y, p);
        double sum = 0;
        for (int i = 0; i < y.length; i++) {
            double d = p[i] - y[i];
            sum += d * d;
        }
        return y.length == 0 ? Double.NaN : sum / y.length;
    }

    /** ROC points from (0, 0) (threshold +∞, nobody flagged) through each distinct score, highest first. */
    public static List<CurvePoint> rocCurve(int[] y, double[] p) {
        check(y, p);
        long positives = Arrays.stream(y).filter(v -> v == 1).count();
        long negatives = y.length - positives;
        List<CurvePoint> out = new ArrayList<>();
        out.add(new CurvePoint(0, 0, Double.POSITIVE_INFINITY));
        sweep(y, p, (threshold, tp, fp) -> out.add(new CurvePoint(
                negatives == 0 ? 0 : (double) fp / negatives, positives == 0 ? 0 : (double) tp / positives,
                threshold)));
        return out;
    }

    /** Precision-recall points at each distinct score, highest first; empty without positives. */
    public static List<CurvePoint> precisionRecallCurve(int[] y, double[] p) {
        check(y, p);
        long positives = Arrays.stream(y).filter(v -> v == 1).count();
        List<CurvePoint> out = new ArrayList<>();
        if (positives == 0) {
            return out;
        }
        sweep(y, p, (threshold, tp, fp) -> out.add(new CurvePoint((double) tp / positives,
                (double) tp / (tp + fp), threshold)));
        return out;
    }

    /** The threshold (one of the scores) with the highest F1; the higher threshold wins a tie. */
    public static double maxF1Threshold(int[] y, double[] p) {
        check(y, p);
        long positives = Arrays.stream(y).filter(v -> v == 1).count();
        double[] best = {0.5, -1};
        sweep(y, p, (threshold, tp, fp) -> {
            long fn = positives - tp;
            double f1 = 2 * tp + fp + fn == 0 ? 0 : 2.0 * tp / (2 * tp + fp + fn);
            if (f1 > best[1]) {
                best[0] = threshold;
                best[1] = f1;
            }
        });
        return best[0];
    }

    /**
     * The cost of a campaign at "flag nobody" and at each distinct score as threshold, highest first.
     * "Flag nobody" has threshold {@code Math.nextUp(max score)}.
     */
    public static List<CostPoint> costCurve(int[] y, double[] p, CostMatrix costs) {
        check(y, p);
        long positives = Arrays.stream(y).filter(v -> v == 1).count();
        long negatives = y.length - positives;
        double nobody = costs.cost(new ConfusionMatrix(negatives, 0, positives, 0));
        double max = Arrays.stream(p).max().orElse(1);
        List<CostPoint> out = new ArrayList<>();
        out.add(new CostPoint(Math.nextUp(max), 0, 0, 0, nobody, 0));
        sweep(y, p, (threshold, tp, fp) -> {
            double cost = costs.cost(new ConfusionMatrix(negatives - fp, fp, positives - tp, tp));
            out.add(new CostPoint(threshold, tp + fp, tp, fp, cost, nobody - cost));
        });
        return out;
    }

    /** The threshold of the lowest cost on {@link #costCurve}; the higher threshold wins a tie. */
    public static double minCostThreshold(int[] y, double[] p, CostMatrix costs) {
        CostPoint best = null;
        for (CostPoint point : costCurve(y, p, costs)) {
            if (best == null || point.cost() < best.cost()) {
                best = point;
            }
        }
        return best.threshold();
    }

    /**
     * Customers ranked by score (highest first; equal scores keep row order) and cut into ten
     * groups of as equal size as can be: decile d holds ranks {@code [n·(d−1)/10, n·d/10)}.
     */
    public static List<LiftDecile> liftByDecile(int[] y, double[] p) {
        check(y, p);
        int n = y.length;
        Integer[] order = IntStream.range(0, n).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -p[i]).thenComparingInt(i -> i))
                .toArray(Integer[]::new);
        long totalPositives = Arrays.stream(y).filter(v -> v == 1).count();
        double overall = n == 0 ? 0 : (double) totalPositives / n;
        List<LiftDecile> out = new ArrayList<>();
        int cumulativeCustomers = 0;
        int cumulativePositives = 0;
        for (int d = 0; d < 10; d++) {
            int from = (int) ((long) n * d / 10);
            int to = (int) ((long) n * (d + 1) / 10);
            int positives = 0;
            double min = Double.NaN;
            double max = Double.NaN;
            for (int r = from; r < to; r++) {
                positives += y[order[r]];
                double s = p[order[r]];
                min = Double.isNaN(min) ? s : Math.min(min, s);
                max = Double.isNaN(max) ? s : Math.max(max, s);
            }
            int customers = to - from;
            cumulativeCustomers += customers;
            cumulativePositives += positives;
            double rate = customers == 0 ? Double.NaN : (double) positives / customers;
            double cumulativeRate = cumulativeCustomers == 0 ? Double.NaN
                    : (double) cumulativePositives / cumulativeCustomers;
            out.add(new LiftDecile(d + 1, customers, positives, rate,
                    overall == 0 ? Double.NaN : rate / overall,
                    totalPositives == 0 ? Double.NaN : (double) cumulativePositives / totalPositives,
                    overall == 0 ? Double.NaN : cumulativeRate / overall, min, max));
        }
        return out;
    }

    /** Ten equal-width bins over [0, 1]: mean score against observed positive rate. */
    public static List<CalibrationBin> calibration(int[] y, double[] p) {
        check(y, p);
        int bins = 10;
        int[] count = new int[bins];
        double[] sumScore = new double[bins];
        int[] positives = new int[bins];
        for (int i = 0; i < y.length; i++) {
            int b = Math.min(bins - 1, Math.max(0, (int) Math.floor(p[i] * bins)));
            count[b]++;
            sumScore[b] += p[i];
            positives[b] += y[i];
        }
        List<CalibrationBin> out = new ArrayList<>();
        for (int b = 0; b < bins; b++) {
            out.add(new CalibrationBin(b / (double) bins, (b + 1) / (double) bins, count[b],
                    count[b] == 0 ? Double.NaN : sumScore[b] / count[b],
                    count[b] == 0 ? Double.NaN : (double) positives[b] / count[b]));
        }
        return out;
    }

    /** Receives the counts of flagging every score ≥ threshold, for each distinct score from the highest down. */
    private interface SweepStep {
        void at(double threshold, long truePositives, long falsePositives);
    }

    private static void sweep(int[] y, double[] p, SweepStep step) {
        double[][] split = byClass(y, p);
        double[] neg = split[0];
        double[] pos = split[1];
        long tp = 0;
        long fp = 0;
        int i = pos.length - 1;
        int j = neg.length - 1;
        while (i >= 0 || j >= 0) {
            double threshold = i < 0 ? neg[j] : j < 0 ? pos[i] : Math.max(pos[i], neg[j]);
            while (i >= 0 && pos[i] == threshold) {
                tp++;
                i--;
            }
            while (j >= 0 && neg[j] == threshold) {
                fp++;
                j--;
            }
            step.at(threshold, tp, fp);
        }
    }

    private static void check(int[] y, double[] p) {
        if (y.length != p.length) {
            throw new IllegalArgumentException(y.length + " labels for " + p.length + " scores");
        }
        for (double v : p) {
            if (Double.isNaN(v)) {
                throw new IllegalArgumentException("a score is NaN");
            }
        }
    }
}
