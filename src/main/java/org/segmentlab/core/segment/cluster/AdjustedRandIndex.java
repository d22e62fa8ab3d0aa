package org.segmentlab.core.segment.cluster;

import java.util.HashMap;
import java.util.Map;

/**
 * How far two segmentations of the same customers agree, corrected for chance (Hubert and Arabie,
 * 1985): 1 for the same partition whatever the segment numbers, about 0 for unrelated ones.
 * Used to check that planted groups are recovered and that segments stay stable between runs.
 */
public final class AdjustedRandIndex {

    private AdjustedRandIndex() {
    }

    public static double of(int[] a, int[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("segmentations of " + a.length + " and " + b.length + " customers");
        }
        int n = a.length;
        Map<Long, Integer> pairs = new HashMap<>();
        Map<Integer, Integer> rowsA = new HashMap<>();
        Map<Integer, Integer> rowsB = new HashMap<>();
        for (int i = 0; i < n; i++) {
            pairs.merge(((long) a[i] << 32) ^ (b[i] & 0xffffffffL), 1, Integer::sum);
            rowsA.merge(a[i], 1, Integer::sum);
            rowsB.merge(b[i], 1, Integer::sum);
        }
        double index = 0;
        for (int c : pairs.values()) {
            index += choose2(c);
        }
        double sumA = 0;
        for (int c : rowsA.values()) {
            sumA += choose2(c);
        }
        double sumB = 0;
        for (int c : rowsB.values()) {
            sumB += choose2(c);
        }
        double expected = sumA * sumB / choose2(n);
        double max = 0.5 * (sumA + sumB);
        if (max == expected) {
            // Both put everyone together (or everyone apart): they agree completely.
            return 1.0;
        }
        return (index - expected) / (max - expected);
    }

    private static double choose2(long m) {
        return m * (m - 1) / 2.0;
    }
}
