package org.segmentlab.ui.segment.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.segmentlab.core.features.FeatureMatrix;
import org.segmentlab.report.charts.QuadrantChart;
import org.segmentlab.report.charts.QuadrantChart.Corner;

/**
 * The 2 × 2 value-against-engagement matrix: customers split at a threshold on each measure, with
 * the count and the share of the value measure's total in each quadrant.
 */
final class ValueEngagement {

    /** Above this many customers the matrix draws a seeded sample of them as its faint cloud. */
    static final int CLOUD_POINTS = 5_000;

    private ValueEngagement() {
    }

    /**
     * What the matrix shows: the two measures, where each splits into low and high, the quadrants'
     * numbers there, and whether the customers are drawn as faint dots.
     */
    record Matrix(String engagement, String value, double engagementThreshold, double valueThreshold,
                  List<QuadrantChart.Quadrant> quadrants, boolean cloud) {
        Matrix {
            quadrants = List.copyOf(quadrants);
        }
    }

    /** What a quadrant's share is a share of: revenue for spend, else the total of the value measure. */
    static String shareOf(String valueMeasure) {
        return QuadrantChart.shareOf(valueMeasure);
    }

    /** The median of a feature over the customers that have it; NaN when none do. */
    static double median(FeatureMatrix matrix, String feature) {
        double[] values = Arrays.stream(matrix.column(matrix.featureIndex(feature)))
                .filter(v -> !Double.isNaN(v)).sorted().toArray();
        if (values.length == 0) {
            return Double.NaN;
        }
        int mid = values.length / 2;
        return values.length % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    }

    /**
     * Customers at or above a threshold count as high. The revenue share of a quadrant is its part
     * of the sum of the value measure (negative values count as zero).
     */
    static List<QuadrantChart.Quadrant> quadrants(FeatureMatrix matrix, String engagement, String value,
                                                  double engagementThreshold, double valueThreshold) {
        double[] e = matrix.column(matrix.featureIndex(engagement));
        double[] v = matrix.column(matrix.featureIndex(value));
        Map<Corner, long[]> counts = new EnumMap<>(Corner.class);
        Map<Corner, double[]> sums = new EnumMap<>(Corner.class);
        Map<Corner, double[]> raw = new EnumMap<>(Corner.class);
        for (Corner corner : Corner.values()) {
            counts.put(corner, new long[1]);
            sums.put(corner, new double[1]);
            raw.put(corner, new double[1]);
        }
        double total = 0;
        for (int i = 0; i < e.length; i++) {
            if (Double.isNaN(e[i]) || Double.isNaN(v[i])) {
                continue;
            }
            Corner corner = corner(e[i] >= engagementThreshold, v[i] >= valueThreshold);
            counts.get(corner)[0]++;
            double amount = Math.max(0, v[i]);
            sums.get(corner)[0] += amount;
            raw.get(corner)[0] += v[i];
            total += amount;
        }
        List<QuadrantChart.Quadrant> out = new ArrayList<>();
        for (Corner corner : Corner.values()) {
            long n = counts.get(corner)[0];
            QuadrantChart.Quadrant q = QuadrantChart.Quadrant.of(corner, n, total > 0 ? sums.get(corner)[0] / total : 0)
                    .withMean(n == 0 ? Double.NaN : raw.get(corner)[0] / n);
            out.add(QuadrantChart.addsUp(value) ? q : q.saidAsMeanOf(value));
        }
        return out;
    }

    static Corner corner(boolean engaged, boolean valuable) {
        if (valuable) {
            return engaged ? Corner.TOP_RIGHT : Corner.TOP_LEFT;
        }
        return engaged ? Corner.BOTTOM_RIGHT : Corner.BOTTOM_LEFT;
    }
}
