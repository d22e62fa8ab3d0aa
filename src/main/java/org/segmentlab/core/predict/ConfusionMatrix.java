package org.segmentlab.core.predict;

/**
 * Counts of outcomes at one threshold: a customer is predicted positive when the score is at
 * least the threshold. Precision is 0 when nobody is predicted positive, recall is 0 when there
 * are no positives, and F1 is 0 when both are 0 (the convention of scikit-learn).
 */
public record ConfusionMatrix(long tn, long fp, long fn, long tp) {

    /** The matrix for labels {@code y} (1 = positive) and scores {@code p} at {@code threshold}. */
    public static ConfusionMatrix at(int[] y, double[] p, double threshold) {
        long tn = 0;
        long fp = 0;
        long fn = 0;
        long tp = 0;
        for (int i = 0; i < y.length; i++) {
            boolean flagged = p[i] >= threshold;
            if (y[i] == 1) {
                if (flagged) {
                    tp++;
                } else {
                    fn++;
                }
            } else if (flagged) {
                fp++;
            } else {
                tn++;
            }
        }
        return new ConfusionMatrix(tn, fp, fn, tp);
    }

    public long total() {
        return tn + fp + fn + tp;
    }

    public double accuracy() {
        return total() == 0 ? 0 : (double) (tp + tn) / total();
    }

    public double precision() {
        return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    }

    public double recall() {
        return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    }

    public double f1() {
        return 2 * tp + fp + fn == 0 ? 0 : 2.0 * tp / (2 * tp + fp + fn);
    }

    /** {@code [[tn, fp], [fn, tp]]}, rows = actual class, columns = predicted class. */
    public long[][] asArray() {
        return new long[][] {{tn, fp}, {fn, tp}};
    }
}
