package org.segmentlab.core.predict;

import java.util.Arrays;
import java.util.Random;

/**
 * SMOTE (Chawla et al. 2002) on encoded rows: until the classes are the same size, a minority row
 * and one of its {@code k} nearest minority neighbours (Euclidean, on the standardised columns)
 * give a new row at a random point between them. The 0/1 columns of a categorical feature are not
 * interpolated: the new row takes the level of whichever parent it lies nearer to.
 */
final class Smote {

    /** Beyond this many minority rows, neighbours are searched among a random sample of this size. */
    private static final int MAX_CANDIDATES = 5000;

    private Smote() {
    }

    /** Rows after oversampling: the originals first, then the synthetic ones. */
    record Resampled(double[][] x, int[] y, int synthetic) {
    }

    /**
     * @param featureOfColumn  feature index of each encoded column
     * @param numericFeatures  features below this index are numeric, the others categorical
     */
    static Resampled oversample(double[][] x, int[] y, int[] featureOfColumn, int numericFeatures, int k,
                                long seed) {
        int positives = 0;
        for (int v : y) {
            positives += v;
        }
        int minorityClass = positives * 2 <= y.length ? 1 : 0;
        int[] minority = new int[y.length];
        int m = 0;
        for (int i = 0; i < y.length; i++) {
            if (y[i] == minorityClass) {
                minority[m++] = i;
            }
        }
        minority = Arrays.copyOf(minority, m);
        int needed = y.length - 2 * m;
        if (m < 2 || needed <= 0) {
            return new Resampled(x, y, 0);
        }
        Random random = new Random(seed);
        int[] candidates = candidates(minority, random);
        double[][] out = Arrays.copyOf(x, x.length + needed);
        int[] outY = Arrays.copyOf(y, y.length + needed);
        int[][] neighbours = new int[m][];
        int width = x[0].length;
        for (int s = 0; s < needed; s++) {
            int a = s % m;
            if (neighbours[a] == null) {
                neighbours[a] = nearest(x, minority[a], candidates, Math.min(k, candidates.length - 1));
            }
            double[] base = x[minority[a]];
            double[] other = x[neighbours[a][random.nextInt(neighbours[a].length)]];
            double gap = random.nextDouble();
            double[] row = new double[width];
            for (int c = 0; c < width; c++) {
                if (featureOfColumn[c] < numericFeatures) {
                    row[c] = base[c] + gap * (other[c] - base[c]);
                } else {
                    row[c] = gap < 0.5 ? base[c] : other[c];
                }
            }
            out[x.length + s] = row;
            outY[y.length + s] = minorityClass;
        }
        return new Resampled(out, outY, needed);
    }

    private static int[] candidates(int[] minority, Random random) {
        if (minority.length <= MAX_CANDIDATES) {
            return minority;
        }
        int[] shuffled = minority.clone();
        for (int i = shuffled.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = shuffled[i];
            shuffled[i] = shuffled[j];
            shuffled[j] = t;
        }
        return Arrays.copyOf(shuffled, MAX_CANDIDATES);
    }

    /** Row indices of the {@code k} candidates nearest to row {@code of}, itself excluded. */
    private static int[] nearest(double[][] x, int of, int[] candidates, int k) {
        int[] best = new int[k];
        double[] bestDistance = new double[k];
        Arrays.fill(bestDistance, Double.POSITIVE_INFINITY);
        Arrays.fill(best, -1);
        for (int c : candidates) {
            if (c == of) {
                continue;
            }
            double d = 0;
            double[] a = x[of];
            double[] b = x[c];
            for (int j = 0; j < a.length; j++) {
                double diff = a[j] - b[j];
                d += diff * diff;
            }
            if (d < bestDistance[k - 1]) {
                int pos = k - 1;
                while (pos > 0 && bestDistance[pos - 1] > d) {
                    bestDistance[pos] = bestDistance[pos - 1];
                    best[pos] = best[pos - 1];
                    pos--;
                }
                bestDistance[pos] = d;
                best[pos] = c;
            }
        }
        return Arrays.stream(best).filter(i -> i >= 0).toArray();
    }
}
