package org.segmentlab.core.features.drift;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The population stability index (PSI) between an earlier population (expected) and a later one
 * (actual): {@code Σ (actual − expected) × ln(actual / expected)} over the bins. Categorical values
 * are compared by their shares as they are; numbers fall in {@value #BINS} bins cut at the earlier
 * population's deciles, plus one bin for missing values. A bin with no member counts as the share
 * {@value #EMPTY_SHARE}, so the logarithm stays finite.
 */
public final class PopulationStability {

    /** The share an empty bin counts as. */
    public static final double EMPTY_SHARE = 0.0001;
    /** Numeric bins. */
    public static final int BINS = 10;
    /** The category key of a missing value. */
    public static final String MISSING = "(missing)";

    private PopulationStability() {
    }

    /** The PSI of two share vectors of the same bins (each should sum to 1). */
    public static double index(double[] expected, double[] actual) {
        if (expected.length != actual.length) {
            throw new IllegalArgumentException(expected.length + " expected bins but " + actual.length + " actual bins");
        }
        double psi = 0;
        for (int b = 0; b < expected.length; b++) {
            double e = expected[b] > 0 ? expected[b] : EMPTY_SHARE;
            double a = actual[b] > 0 ? actual[b] : EMPTY_SHARE;
            psi += (a - e) * Math.log(a / e);
        }
        return psi;
    }

    /** The PSI of two categorical share tables; a category absent from one side has share 0 there. */
    public static double index(Map<String, Double> expected, Map<String, Double> actual) {
        Set<String> keys = new LinkedHashSet<>(expected.keySet());
        keys.addAll(actual.keySet());
        double[] e = new double[keys.size()];
        double[] a = new double[keys.size()];
        int b = 0;
        for (String key : keys) {
            e[b] = expected.getOrDefault(key, 0.0);
            a[b] = actual.getOrDefault(key, 0.0);
            b++;
        }
        return index(e, a);
    }

    /** The PSI of a numeric feature: bins at the deciles of {@code earlier}. */
    public static double numeric(double[] earlier, double[] later) {
        double[] edges = decileEdges(earlier);
        return index(binShares(earlier, edges), binShares(later, edges));
    }

    /** The PSI of a categorical feature by the shares of its values (null is a value of its own). */
    public static double categorical(String[] earlier, String[] later) {
        return index(shares(earlier), shares(later));
    }

    /**
     * The nine cut points between {@value #BINS} bins: the 10th, 20th … 90th percentiles of the
     * values that are not missing, interpolated linearly between order statistics (percentile p is
     * at position {@code p × (n − 1)} of the sorted values, as numpy and pandas compute it by default).
     * Repeated values can make cut points equal; the bins between them then stay empty on both sides
     * and add nothing to the index. No value: every cut point is NaN and all values are "missing".
     */
    public static double[] decileEdges(double[] values) {
        double[] sorted = Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
        double[] edges = new double[BINS - 1];
        for (int q = 1; q < BINS; q++) {
            edges[q - 1] = quantile(sorted, (double) q / BINS);
        }
        return edges;
    }

    /** Linear interpolation between order statistics of sorted values; NaN when there are none. */
    public static double quantile(double[] sorted, double p) {
        int n = sorted.length;
        if (n == 0) {
            return Double.NaN;
        }
        double position = p * (n - 1);
        int lo = (int) Math.floor(position);
        int hi = Math.min(n - 1, lo + 1);
        double weight = position - lo;
        return sorted[lo] + weight * (sorted[hi] - sorted[lo]);
    }

    /**
     * The share of values in each bin: bin 0 holds values up to the first edge (inclusive), bin
     * b values above edge b−1 up to edge b, the last numeric bin values above the last edge; the
     * extra last entry is the share of missing values (NaN).
     */
    public static double[] binShares(double[] values, double[] edges) {
        double[] shares = new double[edges.length + 2];
        if (values.length == 0) {
            return shares;
        }
        boolean noEdges = edges.length > 0 && Double.isNaN(edges[0]);
        for (double v : values) {
            if (Double.isNaN(v) || noEdges) {
                shares[edges.length + 1]++;
            } else {
                shares[binOf(v, edges)]++;
            }
        }
        for (int b = 0; b < shares.length; b++) {
            shares[b] /= values.length;
        }
        return shares;
    }

    /** The bin of one value: the number of edges strictly below it. */
    public static int binOf(double value, double[] edges) {
        int lo = 0;
        int hi = edges.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (edges[mid] < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The share of each value, in order of first appearance; null counts as {@link #MISSING}. */
    public static Map<String, Double> shares(String[] values) {
        Map<String, Double> counts = new LinkedHashMap<>();
        for (String v : values) {
            counts.merge(v == null ? MISSING : v, 1.0, Double::sum);
        }
        if (values.length > 0) {
            counts.replaceAll((k, c) -> c / values.length);
        }
        return counts;
    }
}
