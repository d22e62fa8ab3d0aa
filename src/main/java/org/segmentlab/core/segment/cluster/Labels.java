package org.segmentlab.core.segment.cluster;

import java.util.Arrays;

/** Segment numbering shared by every algorithm. */
final class Labels {

    /** The label of customers that belong to no segment (DBSCAN noise). */
    static final int NOISE = -1;

    private Labels() {
    }

    /**
     * Renumbers segments 0..k−1 from the largest to the smallest (ties: the one whose first customer
     * comes first), so that segment 0 is always the biggest whatever order an algorithm found them
     * in. Noise stays −1. Returns a new array.
     */
    static int[] bySizeDescending(int[] labels) {
        int max = -1;
        for (int l : labels) {
            max = Math.max(max, l);
        }
        int[] size = new int[max + 1];
        int[] first = new int[max + 1];
        Arrays.fill(first, Integer.MAX_VALUE);
        for (int i = 0; i < labels.length; i++) {
            int l = labels[i];
            if (l >= 0) {
                size[l]++;
                first[l] = Math.min(first[l], i);
            }
        }
        Integer[] order = new Integer[max + 1];
        for (int c = 0; c <= max; c++) {
            order[c] = c;
        }
        Arrays.sort(order, (a, b) -> size[a] != size[b] ? Integer.compare(size[b], size[a])
                : Integer.compare(first[a], first[b]));
        int[] newId = new int[max + 1];
        Arrays.fill(newId, NOISE);
        int next = 0;
        for (int c : order) {
            if (size[c] > 0) {
                newId[c] = next++;
            }
        }
        int[] out = new int[labels.length];
        for (int i = 0; i < labels.length; i++) {
            out[i] = labels[i] < 0 ? NOISE : newId[labels[i]];
        }
        return out;
    }

    /** Number of segments (distinct labels ≥ 0), assuming labels are 0..k−1 without gaps. */
    static int count(int[] labels) {
        int max = -1;
        for (int l : labels) {
            max = Math.max(max, l);
        }
        return max + 1;
    }

    static int noise(int[] labels) {
        int n = 0;
        for (int l : labels) {
            if (l < 0) {
                n++;
            }
        }
        return n;
    }

    static int[] sizes(int[] labels, int k) {
        int[] size = new int[k];
        for (int l : labels) {
            if (l >= 0) {
                size[l]++;
            }
        }
        return size;
    }

    /** The rows flattened into one array, row after row: distance loops run faster over it. */
    static double[] flatten(double[][] rows, int d) {
        double[] flat = new double[rows.length * d];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(rows[i], 0, flat, i * d, d);
        }
        return flat;
    }
}
