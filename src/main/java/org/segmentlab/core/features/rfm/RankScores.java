package org.segmentlab.core.features.rfm;

import java.util.Arrays;

/**
 * Scores by rank: {@code 1 + floor(bins × worse / n)}, where {@code worse} counts the customers
 * with a strictly worse value. Equal values have the same count of worse ones, so they share a
 * score, and the best customer can reach at most {@code 1 + floor(bins × (n-1) / n) = bins}.
 * One sort per measure, then a binary search per customer.
 */
final class RankScores {

    private RankScores() {
    }

    /** Scores where a larger value is worse (recency). */
    static byte[] largerIsWorse(long[] values, int bins) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = values.length;
        byte[] scores = new byte[n];
        for (int i = 0; i < n; i++) {
            long larger = n - firstAbove(sorted, values[i]);
            scores[i] = score(bins, larger, n);
        }
        return scores;
    }

    /** Scores where a smaller value is worse (frequency, monetary). */
    static byte[] smallerIsWorse(long[] values, int bins) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = values.length;
        byte[] scores = new byte[n];
        for (int i = 0; i < n; i++) {
            long smaller = firstAtOrAbove(sorted, values[i]);
            scores[i] = score(bins, smaller, n);
        }
        return scores;
    }

    static byte score(int bins, long worse, int n) {
        return (byte) (1 + (bins * worse) / n);
    }

    /** Index of the first element ≥ value (= count of elements &lt; value). */
    private static int firstAtOrAbove(long[] sorted, long value) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Index of the first element &gt; value (= count of elements ≤ value). */
    private static int firstAbove(long[] sorted, long value) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
