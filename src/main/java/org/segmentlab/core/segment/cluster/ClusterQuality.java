package org.segmentlab.core.segment.cluster;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.segmentlab.core.Progress;

/**
 * The internal measures of a segmentation: WCSS, silhouette, Calinski–Harabasz and Davies–Bouldin,
 * with the definitions scikit-learn uses, so figures can be compared with it. Segment centres are
 * the means of their members; noise customers (label −1) are left out.
 */
public final class ClusterQuality {

    private ClusterQuality() {
    }

    /**
     * Measures {@code labels} (0..k−1, or −1 for noise) on the scaled {@code rows}. The silhouette
     * is exact up to 10,000 customers, above that it uses a sample drawn with {@code seed}.
     */
    public static ClusterMetrics measure(double[][] rows, int[] labels, long seed) {
        int d = rows.length == 0 ? 0 : rows[0].length;
        double[] x = Labels.flatten(rows, d);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            return measure(x, rows.length, d, labels, Double.NaN, seed, pool, 1, Progress.none()).metrics;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Metrics plus the per-customer silhouettes they were averaged from. */
    static final class Measured {
        final ClusterMetrics metrics;
        final SilhouetteValues silhouettes;

        Measured(ClusterMetrics metrics, SilhouetteValues silhouettes) {
            this.metrics = metrics;
            this.silhouettes = silhouettes;
        }
    }

    static Measured measure(double[] x, int n, int d, int[] labels, double bic, long seed, ExecutorService pool,
                            int workers, Progress progress) {
        int k = Labels.count(labels);
        double[] spread = dispersion(x, n, d, labels, k);
        int[] rows = Silhouette.sample(segmentedRows(labels), Silhouette.SAMPLE_SIZE, Seeds.derive(seed, 7));
        double[] values = Silhouette.values(x, d, rows, new int[][] {labels}, new int[] {k}, pool, workers,
                progress)[0];
        boolean sampled = rows.length < n - Labels.noise(labels);
        ClusterMetrics metrics = new ClusterMetrics(spread[0], Silhouette.mean(values, rows, labels), spread[1],
                spread[2], sampled, rows.length, bic);
        return new Measured(metrics, new SilhouetteValues(rows, values, sampled));
    }

    /** The rows that belong to a segment (not noise). */
    static int[] segmentedRows(int[] labels) {
        int count = 0;
        for (int l : labels) {
            if (l >= 0) {
                count++;
            }
        }
        int[] rows = new int[count];
        int at = 0;
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] >= 0) {
                rows[at++] = i;
            }
        }
        return rows;
    }

    /** Segment means, k × d, in the space of {@code x}. */
    static double[][] centroids(double[] x, int n, int d, int[] labels, int k) {
        double[][] c = new double[k][d];
        int[] size = new int[k];
        for (int i = 0; i < n; i++) {
            int l = labels[i];
            if (l < 0) {
                continue;
            }
            size[l]++;
            for (int f = 0; f < d; f++) {
                c[l][f] += x[i * d + f];
            }
        }
        for (int j = 0; j < k; j++) {
            for (int f = 0; f < d; f++) {
                c[j][f] = size[j] == 0 ? Double.NaN : c[j][f] / size[j];
            }
        }
        return c;
    }

    /**
     * {WCSS, Calinski–Harabasz, Davies–Bouldin}. CH = (B / (k − 1)) / (W / (m − k)) over the m
     * segmented customers, B = Σ size·|centre − overall mean|²; 1 when W = 0 and NaN for k &lt; 2.
     * DB = mean over segments i of max over j of (s_i + s_j) / |c_i − c_j|, s = mean distance of the
     * members to their centre; coinciding centres are skipped.
     */
    static double[] dispersion(double[] x, int n, int d, int[] labels, int k) {
        double[][] c = centroids(x, n, d, labels, k);
        int[] size = Labels.sizes(labels, k);
        double[] overall = new double[d];
        int m = 0;
        double wcss = 0;
        double[] meanDistance = new double[k];
        for (int i = 0; i < n; i++) {
            int l = labels[i];
            if (l < 0) {
                continue;
            }
            m++;
            double s = 0;
            for (int f = 0; f < d; f++) {
                double v = x[i * d + f];
                overall[f] += v;
                double diff = v - c[l][f];
                s += diff * diff;
            }
            wcss += s;
            meanDistance[l] += Math.sqrt(s);
        }
        if (m == 0) {
            return new double[] {Double.NaN, Double.NaN, Double.NaN};
        }
        for (int f = 0; f < d; f++) {
            overall[f] /= m;
        }
        int present = 0;
        double between = 0;
        for (int j = 0; j < k; j++) {
            if (size[j] == 0) {
                continue;
            }
            present++;
            meanDistance[j] /= size[j];
            double s = 0;
            for (int f = 0; f < d; f++) {
                double diff = c[j][f] - overall[f];
                s += diff * diff;
            }
            between += size[j] * s;
        }
        double ch;
        if (present < 2 || m <= present) {
            ch = Double.NaN;
        } else {
            ch = wcss == 0 ? 1.0 : (between / (present - 1)) / (wcss / (m - present));
        }
        double db = present < 2 ? Double.NaN : daviesBouldin(c, size, meanDistance, k, d) / present;
        return new double[] {wcss, ch, db};
    }

    private static double daviesBouldin(double[][] c, int[] size, double[] meanDistance, int k, int d) {
        double total = 0;
        for (int i = 0; i < k; i++) {
            if (size[i] == 0) {
                continue;
            }
            double worst = 0;
            for (int j = 0; j < k; j++) {
                if (j == i || size[j] == 0) {
                    continue;
                }
                double s = 0;
                for (int f = 0; f < d; f++) {
                    double diff = c[i][f] - c[j][f];
                    s += diff * diff;
                }
                if (s > 0) {
                    worst = Math.max(worst, (meanDistance[i] + meanDistance[j]) / Math.sqrt(s));
                }
            }
            total += worst;
        }
        return total;
    }
}
