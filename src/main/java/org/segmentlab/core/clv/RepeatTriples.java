package org.segmentlab.core.clv;

import java.util.Arrays;

/**
 * The summary counted by distinct (x, t_x, T): the likelihood of a customer depends on nothing else,
 * so a model is fitted on these triples with their counts as weights. The distinct values of t_x and T
 * are indexed as well, so the logarithms of (α + t) are taken once per value, not once per triple.
 */
final class RepeatTriples {

    final int size;
    final int[] x;
    final int[] txIndex;
    final int[] tIndex;
    final double[] weight;
    final double[] txValues;
    final double[] tValues;
    final int maxX;
    final double customers;
    final double maxT;
    /** For triples built from a summary: the triple of each summary row; otherwise null. */
    final int[] rowTriple;

    private RepeatTriples(int[] x, double[] tx, double[] t, double[] weight, int[] rowTriple) {
        this.rowTriple = rowTriple;
        this.size = x.length;
        this.x = x;
        this.weight = weight;
        this.txValues = distinct(tx);
        this.tValues = distinct(t);
        this.txIndex = indexOf(tx, txValues);
        this.tIndex = indexOf(t, tValues);
        int mx = 0;
        double w = 0;
        for (int i = 0; i < size; i++) {
            mx = Math.max(mx, x[i]);
            w += weight[i];
        }
        this.maxX = mx;
        this.customers = w;
        this.maxT = tValues.length == 0 ? 0 : tValues[tValues.length - 1];
    }

    private int[][] pairs;

    /**
     * For each triple, the index of its distinct (x, t_x) pair and of its distinct (x, T) pair, and the
     * pairs themselves as {x, value index}: terms that depend on x and one time only are then computed
     * once per pair. Built on first use.
     */
    synchronized int[][] pairs() {
        if (pairs == null) {
            long[] txKeys = new long[size];
            long[] tKeys = new long[size];
            for (int i = 0; i < size; i++) {
                txKeys[i] = ((long) x[i] << 32) | txIndex[i];
                tKeys[i] = ((long) x[i] << 32) | tIndex[i];
            }
            long[] txDistinct = distinctKeys(txKeys);
            long[] tDistinct = distinctKeys(tKeys);
            int[] txPair = new int[size];
            int[] tPair = new int[size];
            for (int i = 0; i < size; i++) {
                txPair[i] = Arrays.binarySearch(txDistinct, txKeys[i]);
                tPair[i] = Arrays.binarySearch(tDistinct, tKeys[i]);
            }
            pairs = new int[][] {txPair, tPair, unpack(txDistinct, true), unpack(txDistinct, false),
                unpack(tDistinct, true), unpack(tDistinct, false)};
        }
        return pairs;
    }

    private static long[] distinctKeys(long[] keys) {
        long[] sorted = keys.clone();
        Arrays.sort(sorted);
        int n = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[n++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, n);
    }

    private static int[] unpack(long[] keys, boolean high) {
        int[] out = new int[keys.length];
        for (int i = 0; i < keys.length; i++) {
            out[i] = high ? (int) (keys[i] >>> 32) : (int) keys[i];
        }
        return out;
    }

    double tx(int i) {
        return txValues[txIndex[i]];
    }

    double t(int i) {
        return tValues[tIndex[i]];
    }

    /** The summary's customers as distinct triples (whole days make many customers share one). */
    static RepeatTriples of(CustomerSummary summary) {
        int n = summary.size();
        long[] rowKeys = new long[n];
        for (int i = 0; i < n; i++) {
            rowKeys[i] = ((long) summary.frequency(i) << 42) | ((long) summary.recencyDays(i) << 21)
                    | summary.ageDays(i);
        }
        long[] keys = rowKeys.clone();
        Arrays.sort(keys);
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            if (i == 0 || keys[i] != keys[i - 1]) {
                distinct++;
            }
        }
        int[] x = new int[distinct];
        double[] tx = new double[distinct];
        double[] t = new double[distinct];
        double[] w = new double[distinct];
        TimeUnit unit = summary.unit();
        int k = -1;
        for (int i = 0; i < n; i++) {
            if (i == 0 || keys[i] != keys[i - 1]) {
                k++;
                x[k] = (int) (keys[i] >>> 42);
                tx[k] = unit.fromDays((keys[i] >>> 21) & 0x1F_FFFFL);
                t[k] = unit.fromDays(keys[i] & 0x1F_FFFFL);
            }
            w[k]++;
        }
        long[] distinctKeys = new long[distinct];
        k = -1;
        for (int i = 0; i < n; i++) {
            if (i == 0 || keys[i] != keys[i - 1]) {
                distinctKeys[++k] = keys[i];
            }
        }
        int[] rowTriple = new int[n];
        for (int i = 0; i < n; i++) {
            rowTriple[i] = Arrays.binarySearch(distinctKeys, rowKeys[i]);
        }
        return new RepeatTriples(x, tx, t, w, rowTriple);
    }

    /** Triples given one per customer (simulations, tests), each with weight 1. */
    static RepeatTriples of(int[] x, double[] tx, double[] t) {
        double[] w = new double[x.length];
        Arrays.fill(w, 1);
        return new RepeatTriples(x.clone(), tx.clone(), t.clone(), w, null);
    }

    private static double[] distinct(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[n++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, n);
    }

    private static int[] indexOf(double[] values, double[] distinct) {
        int[] index = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            index[i] = Arrays.binarySearch(distinct, values[i]);
        }
        return index;
    }
}
