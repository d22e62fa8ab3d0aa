package org.segmentlab.core.segment.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.segmentlab.core.features.FeatureMatrix;
import org.segmentlab.core.features.scale.FeatureScaling;

/**
 * What makes a clustering degenerate, said with the scaling or action that fixes it:
 * <ul>
 *   <li>a feature that is the same for every customer (it adds nothing to any distance);</li>
 *   <li>a feature with values of extreme magnitude ({@code |x| > 1e12}): one customer's value outweighs
 *       everybody else's, or squares overflow; log-zscore (sign-preserving {@code log(1 + |x|)}, then
 *       z-score) brings it back to a readable range;</li>
 *   <li>missing values, filled with the feature's median before scaling;</li>
 *   <li>a segment of a single customer or under 1% of them whose silhouette is about 0: an outlier
 *       group, not a kind of customer.</li>
 * </ul>
 */
public final class ClusteringWarnings {

    static final double EXTREME = 1e12;
    static final double SMALL_SHARE = 0.01;
    static final double FLAT_SILHOUETTE = 0.05;

    private ClusteringWarnings() {
    }

    /** The warnings of a finished run; labels are by segment id 0..k−1, noise −1. */
    public static List<String> of(FeatureMatrix matrix, FeatureScaling scaling, int[] labels, int k,
                                  SilhouetteValues silhouettes) {
        List<String> out = new ArrayList<>();
        double[][] rows = matrix.rows();
        int n = rows.length;
        for (int f = 0; f < matrix.featureCount(); f++) {
            String name = matrix.featureNames().get(f);
            double first = Double.NaN;
            boolean varies = false;
            double largest = 0;
            int missing = 0;
            for (double[] row : rows) {
                double v = row[f];
                if (Double.isNaN(v)) {
                    missing++;
                    continue;
                }
                if (Double.isNaN(first)) {
                    first = v;
                } else if (v != first) {
                    varies = true;
                }
                largest = Math.max(largest, Math.abs(v));
            }
            if (missing > 0 && missing < n) {
                out.add(String.format(Locale.ROOT, "'%s': %,d missing values filled with its median before scaling.",
                        name, missing));
            }
            if (!varies) {
                out.add("'" + name + "' is " + (Double.isNaN(first) ? "empty" : "the same (" + plain(first)
                        + ") for every customer") + ": it adds nothing to the distances; leave it out.");
            } else if (largest > EXTREME) {
                out.add(String.format(Locale.ROOT, "'%s' has values as large as %.3g in magnitude: a few customers "
                        + "outweigh all others (or the arithmetic overflows)%s.", name, largest,
                        scaling == FeatureScaling.LOG_ZSCORE ? "; check these values"
                                : "; use --scale log-zscore (sign-preserving log(1+|x|), then z-score)"));
            }
        }
        double[] sum = new double[Math.max(k, 0)];
        int[] count = new int[Math.max(k, 0)];
        int[] sizes = new int[Math.max(k, 0)];
        for (int l : labels) {
            if (l >= 0) {
                sizes[l]++;
            }
        }
        int[] sampleRows = silhouettes == null ? new int[0] : silhouettes.rows();
        double[] values = silhouettes == null ? new double[0] : silhouettes.values();
        for (int i = 0; i < sampleRows.length; i++) {
            int l = labels[sampleRows[i]];
            if (l >= 0 && !Double.isNaN(values[i])) {
                sum[l] += values[i];
                count[l]++;
            }
        }
        for (int s = 0; s < k && k > 1; s++) {
            boolean small = sizes[s] == 1 || sizes[s] < SMALL_SHARE * n;
            double mean = count[s] == 0 ? 0 : sum[s] / count[s];
            if (small && Math.abs(mean) < FLAT_SILHOUETTE) {
                String fix = scaling != FeatureScaling.LOG_ZSCORE && scaling != FeatureScaling.ROBUST
                        ? "try --scale log-zscore (sign-preserving log(1+|x|), then z-score) or robust (median / IQR)"
                        : "look at these customers' values: they may be errors or a group too small to act on";
                out.add(String.format(Locale.ROOT, "Segment %d holds %,d of %,d customers (%.1f%%) with a silhouette "
                        + "of %.2f: an outlier group rather than a kind of customer; %s.", s, sizes[s], n,
                        100.0 * sizes[s] / n, mean, fix));
            }
        }
        return out;
    }

    private static String plain(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : String.format(Locale.ROOT, "%.6g", v);
    }
}
