package org.segmentlab.core.features.prep;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/** The statistics preparation and the feature summary share, over the non-missing values of a column. */
final class ColumnStatistics {

    private ColumnStatistics() {
    }

    /** The non-NaN values, sorted. */
    static double[] sortedPresent(double[] values) {
        double[] present = new double[values.length];
        int n = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                present[n++] = v;
            }
        }
        double[] out = Arrays.copyOf(present, n);
        Arrays.sort(out);
        return out;
    }

    /** The p-quantile of sorted values with linear interpolation between neighbours (h = (n - 1) p); NaN when empty. */
    static double quantile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double h = (sorted.length - 1) * p;
        int below = (int) Math.floor(h);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (h - below) * (sorted[above] - sorted[below]);
    }

    static double median(double[] sorted) {
        return quantile(sorted, 0.5);
    }

    static double mean(double[] values) {
        double sum = 0;
        int n = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                sum += v;
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    /** Standard deviation with divisor n (the spread of the values themselves, as scaling uses it). */
    static double populationStd(double[] values) {
        double mean = mean(values);
        double squares = 0;
        int n = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                squares += (v - mean) * (v - mean);
                n++;
            }
        }
        return n == 0 ? Double.NaN : Math.sqrt(squares / n);
    }

    /** Standard deviation with divisor n - 1; NaN with fewer than two values. */
    static double sampleStd(double[] values) {
        double mean = mean(values);
        double squares = 0;
        int n = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                squares += (v - mean) * (v - mean);
                n++;
            }
        }
        return n < 2 ? Double.NaN : Math.sqrt(squares / (n - 1));
    }

    /**
     * Adjusted Fisher-Pearson skewness, G1 = sqrt(n(n - 1)) / (n - 2) · m3 / m2^1.5, the figure
     * spreadsheets and pandas report; NaN with fewer than three values, 0 when all values are equal.
     */
    static double skewness(double[] values) {
        double mean = mean(values);
        double m2 = 0;
        double m3 = 0;
        int n = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                double d = v - mean;
                m2 += d * d;
                m3 += d * d * d;
                n++;
            }
        }
        if (n < 3) {
            return Double.NaN;
        }
        m2 /= n;
        m3 /= n;
        if (m2 <= 1e-14 * Math.max(1, mean * mean)) {
            return 0;
        }
        return Math.sqrt((double) n * (n - 1)) / (n - 2) * m3 / Math.pow(m2, 1.5);
    }

    /** The most frequent value; ties go to the smallest. NaN when there is none. */
    static double mode(double[] sorted) {
        double best = Double.NaN;
        int bestCount = 0;
        int i = 0;
        while (i < sorted.length) {
            int j = i;
            while (j < sorted.length && sorted[j] == sorted[i]) {
                j++;
            }
            if (j - i > bestCount) {
                bestCount = j - i;
                best = sorted[i];
            }
            i = j;
        }
        return best;
    }

    /** The most frequent text; ties go to the alphabetically first. Null when there is none. */
    static String mode(String[] values) {
        Map<String, Integer> counts = levelCounts(values);
        String best = null;
        int bestCount = 0;
        for (Map.Entry<String, Integer> entry : counts.entrySet()) {
            int count = entry.getValue();
            if (count > bestCount || (count == bestCount && entry.getKey().compareTo(best) < 0)) {
                best = entry.getKey();
                bestCount = count;
            }
        }
        return best;
    }

    static Map<String, Integer> levelCounts(String[] values) {
        Map<String, Integer> counts = new HashMap<>();
        for (String v : values) {
            if (v != null) {
                counts.merge(v, 1, Integer::sum);
            }
        }
        return counts;
    }

    /** Pearson correlation over the rows where both are present; NaN when either does not vary there. */
    static double correlation(double[] x, double[] y) {
        double sx = 0;
        double sy = 0;
        int n = 0;
        for (int i = 0; i < x.length; i++) {
            if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) {
                sx += x[i];
                sy += y[i];
                n++;
            }
        }
        if (n < 3) {
            return Double.NaN;
        }
        double mx = sx / n;
        double my = sy / n;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) {
                double dx = x[i] - mx;
                double dy = y[i] - my;
                sxy += dx * dy;
                sxx += dx * dx;
                syy += dy * dy;
            }
        }
        if (sxx == 0 || syy == 0) {
            return Double.NaN;
        }
        return sxy / Math.sqrt(sxx * syy);
    }
}
