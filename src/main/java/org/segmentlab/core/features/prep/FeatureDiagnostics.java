package org.segmentlab.core.features.prep;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.segmentlab.core.Progress;
import org.segmentlab.core.features.CustomerTable;
import org.segmentlab.core.features.CustomerTableWarning;
import org.segmentlab.core.features.CustomerTableWarning.Kind;

/**
 * Looks over a customer table the way an analyst would before clustering: a summary per feature
 * and warnings for constant features, heavy skew (|skew| > 2, suggesting log1p) and pairs of
 * features that nearly repeat each other (|r| > 0.9).
 */
public final class FeatureDiagnostics {

    public static final double SKEW_LIMIT = 2;
    public static final double CORRELATION_LIMIT = 0.9;
    public static final int DEFAULT_BINS = 20;
    private static final int TOP_LEVELS = 10;

    public List<FeatureSummary> summarize(CustomerTable table, int bins) {
        List<FeatureSummary> out = new ArrayList<>();
        for (CustomerTable.Column column : table.columns()) {
            out.add(column.isNumeric() ? numeric(column.name(), column.numbers(), bins)
                    : categorical(column.name(), column.texts()));
        }
        return out;
    }

    public List<CustomerTableWarning> warnings(CustomerTable table, Progress progress) {
        List<CustomerTableWarning> warnings = new ArrayList<>();
        List<String> varying = new ArrayList<>();
        for (CustomerTable.Column column : table.columns()) {
            String name = column.name();
            if (isConstant(column)) {
                warnings.add(new CustomerTableWarning(Kind.CONSTANT_FEATURE, List.of(name),
                        "'" + name + "' has the same value for every customer; it cannot tell customers apart"));
                continue;
            }
            if (!column.isNumeric()) {
                continue;
            }
            varying.add(name);
            double skew = ColumnStatistics.skewness(column.numbers());
            if (Math.abs(skew) > SKEW_LIMIT) {
                warnings.add(new CustomerTableWarning(Kind.HEAVY_SKEW, List.of(name), String.format(Locale.ROOT,
                        "'%s' is heavily skewed (skewness %.1f); a log1p step before scaling keeps a few customers"
                                + " from dominating", name, skew)));
            }
        }
        for (int a = 0; a < varying.size(); a++) {
            progress.checkCancelled();
            progress.update((double) a / varying.size(), "Correlations");
            double[] x = table.numeric(varying.get(a));
            for (int b = a + 1; b < varying.size(); b++) {
                double r = ColumnStatistics.correlation(x, table.numeric(varying.get(b)));
                if (Math.abs(r) > CORRELATION_LIMIT) {
                    warnings.add(new CustomerTableWarning(Kind.HIGH_CORRELATION, List.of(varying.get(a), varying.get(b)),
                            String.format(Locale.ROOT, "'%s' and '%s' are strongly correlated (r = %.2f); together they"
                                    + " count the same trait twice: consider keeping one", varying.get(a), varying.get(b), r)));
                }
            }
        }
        return warnings;
    }

    private static boolean isConstant(CustomerTable.Column column) {
        if (column.isNumeric()) {
            double first = Double.NaN;
            for (double v : column.numbers()) {
                if (Double.isNaN(v)) {
                    continue;
                }
                if (Double.isNaN(first)) {
                    first = v;
                } else if (v != first) {
                    return false;
                }
            }
            return true;
        }
        String first = null;
        for (String v : column.texts()) {
            if (v == null) {
                continue;
            }
            if (first == null) {
                first = v;
            } else if (!v.equals(first)) {
                return false;
            }
        }
        return true;
    }

    static FeatureSummary numeric(String name, double[] values, int bins) {
        double[] sorted = ColumnStatistics.sortedPresent(values);
        int n = sorted.length;
        double missing = values.length == 0 ? 0 : 100.0 * (values.length - n) / values.length;
        double min = n == 0 ? Double.NaN : sorted[0];
        double max = n == 0 ? Double.NaN : sorted[n - 1];
        return new FeatureSummary(name, true, n, missing, ColumnStatistics.mean(sorted), ColumnStatistics.median(sorted),
                ColumnStatistics.sampleStd(sorted), min, max, ColumnStatistics.skewness(sorted),
                histogram(sorted, bins), Map.of(), 0);
    }

    /** Equal-width bins over [min, max]; one bin when every value is the same, none when there are none. */
    static List<FeatureSummary.Bin> histogram(double[] sorted, int bins) {
        if (sorted.length == 0) {
            return List.of();
        }
        double min = sorted[0];
        double max = sorted[sorted.length - 1];
        if (min == max || bins <= 1) {
            return List.of(new FeatureSummary.Bin(min, max, sorted.length));
        }
        int[] counts = new int[bins];
        double width = (max - min) / bins;
        for (double v : sorted) {
            int b = (int) ((v - min) / width);
            counts[Math.min(Math.max(b, 0), bins - 1)]++;
        }
        List<FeatureSummary.Bin> out = new ArrayList<>(bins);
        for (int b = 0; b < bins; b++) {
            out.add(new FeatureSummary.Bin(min + b * width, b == bins - 1 ? max : min + (b + 1) * width, counts[b]));
        }
        return out;
    }

    static FeatureSummary categorical(String name, String[] values) {
        Map<String, Integer> counts = ColumnStatistics.levelCounts(values);
        int present = counts.values().stream().mapToInt(Integer::intValue).sum();
        List<String> levels = new ArrayList<>(counts.keySet());
        levels.sort(Comparator.comparing((String level) -> -counts.get(level)).thenComparing(Comparator.naturalOrder()));
        Map<String, Integer> top = new LinkedHashMap<>();
        for (String level : levels.subList(0, Math.min(TOP_LEVELS, levels.size()))) {
            top.put(level, counts.get(level));
        }
        double missing = values.length == 0 ? 0 : 100.0 * (values.length - present) / values.length;
        return new FeatureSummary(name, false, present, missing, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN, Double.NaN, List.of(), top, counts.size());
    }

    /** Pearson correlation over the customers that have both values; NaN when either does not vary there. */
    public static double correlation(double[] x, double[] y) {
        return ColumnStatistics.correlation(x, y);
    }
}
