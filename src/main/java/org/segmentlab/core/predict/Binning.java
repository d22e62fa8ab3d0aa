package org.segmentlab.core.predict;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.segmentlab.core.features.drift.PopulationStability;

/**
 * The encoded training columns cut into at most {@value #MAX_BINS} ordered bins each, which is what
 * the tree learners split on. A column with at most that many distinct values gets one bin per
 * value, cut halfway between neighbours; a wider column is cut at quantiles of its values (ties
 * merged), so each bin holds about as many rows. A row's bin is the number of cuts below its
 * value, so {@code bin ≤ b} exactly when {@code value ≤ cut[b]}: a split after bin {@code b} is the
 * threshold {@code cut[b]} on the raw value, and a fitted tree scores raw rows without binning them.
 * Codes are kept column by column, one byte per row.
 */
final class Binning {

    static final int MAX_BINS = 256;

    /** {@code cuts[j]}: ascending thresholds of column {@code j}; its bins number {@code cuts[j].length + 1}. */
    final double[][] cuts;
    /** {@code codes[j][i]}: the bin of row {@code i} in column {@code j}, read as unsigned. */
    final byte[][] codes;

    private Binning(double[][] cuts, byte[][] codes) {
        this.cuts = cuts;
        this.codes = codes;
    }

    int columns() {
        return cuts.length;
    }

    int bins(int column) {
        return cuts[column].length + 1;
    }

    /** Bins the columns of {@code x} (rows of equal width), columns in parallel. */
    static Binning of(double[][] x) {
        int n = x.length;
        int p = n == 0 ? 0 : x[0].length;
        double[][] cuts = new double[p][];
        byte[][] codes = new byte[p][];
        IntStream.range(0, p).parallel().forEach(j -> {
            double[] column = new double[n];
            for (int i = 0; i < n; i++) {
                column[i] = x[i][j];
            }
            cuts[j] = cutsOf(column.clone());
            codes[j] = codesOf(column, cuts[j]);
        });
        return new Binning(cuts, codes);
    }

    /** The cuts of one column (sorted in place). */
    static double[] cutsOf(double[] values) {
        Arrays.sort(values);
        int n = values.length;
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            if (i == 0 || values[i] != values[i - 1]) {
                distinct++;
            }
        }
        if (distinct <= MAX_BINS) {
            double[] cut = new double[Math.max(0, distinct - 1)];
            int k = 0;
            for (int i = 1; i < n; i++) {
                if (values[i] != values[i - 1]) {
                    cut[k++] = midpoint(values[i - 1], values[i]);
                }
            }
            return cut;
        }
        // Quantiles: the cut after the k-th of MAX_BINS equal shares of the rows lies halfway between
        // the value there and the next larger value, so ties never straddle a cut.
        double[] cut = new double[MAX_BINS - 1];
        int count = 0;
        for (int k = 1; k < MAX_BINS; k++) {
            int at = (int) ((long) k * n / MAX_BINS) - 1;
            int next = upperBound(values, values[at]);
            if (next >= n) {
                break;
            }
            double c = midpoint(values[at], values[next]);
            if (count == 0 || c > cut[count - 1]) {
                cut[count++] = c;
            }
        }
        return Arrays.copyOf(cut, count);
    }

    /** Halfway between two ordered values, never equal to the larger one. */
    private static double midpoint(double lo, double hi) {
        double m = lo + (hi - lo) / 2;
        return m < hi ? m : lo;
    }

    /** The first index whose value is greater than {@code v} in a sorted array. */
    private static int upperBound(double[] sorted, double v) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static byte[] codesOf(double[] column, double[] cut) {
        byte[] out = new byte[column.length];
        for (int i = 0; i < column.length; i++) {
            out[i] = (byte) PopulationStability.binOf(column[i], cut);
        }
        return out;
    }
}
