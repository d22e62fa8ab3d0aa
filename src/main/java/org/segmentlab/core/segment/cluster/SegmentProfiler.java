package org.segmentlab.core.segment.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.segmentlab.core.features.FeatureMatrix;

/** Describes each segment of a run in the analyst's units, with a suggested name. */
public final class SegmentProfiler {

    /** |z| from which a feature counts as setting a segment apart. */
    public static final double NOTABLE_Z = 0.5;
    private static final int MAX_DISTINGUISHING = 3;

    private SegmentProfiler() {
    }

    /**
     * Profiles of segments 0..k−1, then of the noise (−1) when there is any.
     *
     * @param customers   the features in original units, as given to the clustering
     * @param assignments segment per customer
     */
    public static List<SegmentProfile> profile(FeatureMatrix customers, int[] assignments) {
        return profile(customers, assignments, customers.rows());
    }

    /**
     * Profiles of a clustering's segments, their means and medians in the analyst's units and their
     * z-scores on the scale the clustering compared customers on: with a log scale, the z of log
     * values, so that the lapsed one-time buyers who are most of a skewed population are told apart by
     * what the clustering saw, not called average because their raw mean sits near everyone's.
     * (z-scores, min–max and robust scaling shift and stretch each feature, which leaves z as it is.)
     */
    public static List<SegmentProfile> profile(FeatureMatrix customers, ClusteringResult result) {
        return profile(customers, result.assignments(), result.scaler().transform(customers));
    }

    /**
     * @param zRows the values the z-scores are taken on, one row per customer (NaN for missing)
     */
    static List<SegmentProfile> profile(FeatureMatrix customers, int[] assignments, double[][] zRows) {
        int n = customers.customerCount();
        if (assignments.length != n) {
            throw new IllegalArgumentException(assignments.length + " assignments for " + n + " customers");
        }
        int d = customers.featureCount();
        double[] popMean = new double[d];
        double[] popSd = new double[d];
        for (int f = 0; f < d; f++) {
            double[] column = new double[n];
            for (int i = 0; i < n; i++) {
                column[i] = zRows[i][f];
            }
            double[] known = known(column);
            popMean[f] = mean(known);
            double ss = 0;
            for (double v : known) {
                ss += (v - popMean[f]) * (v - popMean[f]);
            }
            popSd[f] = known.length == 0 ? Double.NaN : Math.sqrt(ss / known.length);
        }
        int k = Labels.count(assignments);
        boolean noise = Labels.noise(assignments) > 0;
        List<Integer> ids = new ArrayList<>();
        for (int j = 0; j < k; j++) {
            ids.add(j);
        }
        if (noise) {
            ids.add(Labels.NOISE);
        }
        double[][] rows = customers.rows();
        int[] sizes = new int[ids.size()];
        List<List<FeatureProfile>> features = new ArrayList<>();
        double[][] z = new double[ids.size()][d];
        for (int s = 0; s < ids.size(); s++) {
            int id = ids.get(s);
            List<FeatureProfile> fp = new ArrayList<>();
            int size = 0;
            for (int l : assignments) {
                if (l == id) {
                    size++;
                }
            }
            sizes[s] = size;
            for (int f = 0; f < d; f++) {
                double[] values = new double[size];
                double zSum = 0;
                int zCount = 0;
                int m = 0;
                for (int i = 0; i < n; i++) {
                    if (assignments[i] == id && !Double.isNaN(rows[i][f])) {
                        values[m++] = rows[i][f];
                    }
                    if (assignments[i] == id && !Double.isNaN(zRows[i][f])) {
                        zSum += zRows[i][f];
                        zCount++;
                    }
                }
                values = Arrays.copyOf(values, m);
                double mean = mean(values);
                double zMean = zCount == 0 ? Double.NaN : zSum / zCount;
                double zScore = popSd[f] > 0 ? (zMean - popMean[f]) / popSd[f] : 0;
                z[s][f] = Double.isNaN(zScore) ? 0 : zScore;
                fp.add(new FeatureProfile(customers.featureNames().get(f), mean, median(values), zScore));
            }
            features.add(fp);
        }
        int[] idArray = ids.stream().mapToInt(Integer::intValue).toArray();
        List<String> names = SegmentNamer.suggest(customers.featureNames(), idArray, z);
        List<SegmentProfile> out = new ArrayList<>();
        for (int s = 0; s < ids.size(); s++) {
            double[] zs = z[s];
            List<String> distinguishing = new ArrayList<>();
            Integer[] order = byAbsDescending(zs);
            for (int f : order) {
                if (distinguishing.size() < MAX_DISTINGUISHING && Math.abs(zs[f]) >= NOTABLE_Z) {
                    distinguishing.add(customers.featureNames().get(f));
                }
            }
            out.add(new SegmentProfile(ids.get(s), names.get(s), sizes[s], n == 0 ? 0 : (double) sizes[s] / n,
                    features.get(s), distinguishing));
        }
        return out;
    }

    /** Feature indices ordered by |z|, largest first (ties: input order). */
    static Integer[] byAbsDescending(double[] z) {
        Integer[] order = new Integer[z.length];
        for (int f = 0; f < z.length; f++) {
            order[f] = f;
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer f) -> -Math.abs(z[f])));
        return order;
    }

    private static double[] known(double[] values) {
        return Arrays.stream(values).filter(v -> !Double.isNaN(v)).toArray();
    }

    private static double mean(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s / values.length;
    }

    private static double median(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
