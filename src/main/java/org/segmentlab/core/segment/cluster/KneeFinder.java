package org.segmentlab.core.segment.cluster;

/**
 * Finds where a curve bends most: after scaling both axes to 0..1, the point furthest from the
 * straight line between the first and the last point (the "Kneedle" idea of Satopää et al., 2011).
 */
final class KneeFinder {

    private KneeFinder() {
    }

    /**
     * The knee of a decreasing curve that flattens (WCSS against k), or -1 when the curve is too
     * short or a straight line.
     */
    static int elbowOfDecreasing(double[] xs, double[] ys) {
        return knee(xs, ys, false);
    }

    /** The knee of an increasing curve that turns steep at the end (a sorted k-distance curve). */
    static int kneeOfIncreasing(double[] xs, double[] ys) {
        return knee(xs, ys, true);
    }

    private static int knee(double[] xs, double[] ys, boolean increasing) {
        int m = xs.length;
        if (m < 3) {
            return -1;
        }
        double x0 = xs[0];
        double xSpan = xs[m - 1] - xs[0];
        double yMin = Double.POSITIVE_INFINITY;
        double yMax = Double.NEGATIVE_INFINITY;
        for (double y : ys) {
            if (Double.isFinite(y)) {
                yMin = Math.min(yMin, y);
                yMax = Math.max(yMax, y);
            }
        }
        double ySpan = yMax - yMin;
        if (!(xSpan > 0) || !(ySpan > 0)) {
            return -1;
        }
        int best = -1;
        double bestGap = 1e-9;
        for (int i = 0; i < m; i++) {
            if (!Double.isFinite(ys[i])) {
                continue;
            }
            double x = (xs[i] - x0) / xSpan;
            double y = (ys[i] - yMin) / ySpan;
            // Below the chord from (0,0) to (1,1) for an increasing curve, from (0,1) to (1,0) for a decreasing one.
            double gap = increasing ? x - y : (1 - x) - y;
            if (gap > bestGap) {
                bestGap = gap;
                best = i;
            }
        }
        return best;
    }
}
