package org.segmentlab.core.segment.cluster;

import java.util.Arrays;

/**
 * A static k-d tree over the rows of a flat row-major array, for DBSCAN's radius queries and the
 * k-distance curve. Nodes carry bounding boxes so whole branches are skipped when they cannot
 * hold a neighbour.
 */
final class KdTree {

    private static final int LEAF_SIZE = 16;

    private final double[] x;
    private final int d;
    private final int[] order;
    // Per node: the range [start, end) of `order` it covers, its children (-1 at a leaf), its box.
    private int[] start;
    private int[] end;
    private int[] left;
    private int[] right;
    private double[] boxMin;
    private double[] boxMax;
    private int nodes;

    KdTree(double[] x, int n, int d) {
        this.x = x;
        this.d = d;
        this.order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        int capacity = Math.max(1, 2 * (n / LEAF_SIZE + 1) * 2);
        start = new int[capacity];
        end = new int[capacity];
        left = new int[capacity];
        right = new int[capacity];
        boxMin = new double[capacity * d];
        boxMax = new double[capacity * d];
        build(0, n);
    }

    private int build(int from, int to) {
        int node = nodes++;
        if (node >= start.length) {
            grow();
        }
        start[node] = from;
        end[node] = to;
        left[node] = -1;
        right[node] = -1;
        int widest = 0;
        double widestSpan = -1;
        for (int f = 0; f < d; f++) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (int p = from; p < to; p++) {
                double v = x[order[p] * d + f];
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
            boxMin[node * d + f] = min;
            boxMax[node * d + f] = max;
            if (max - min > widestSpan) {
                widestSpan = max - min;
                widest = f;
            }
        }
        if (to - from > LEAF_SIZE && widestSpan > 0) {
            int mid = (from + to) >>> 1;
            select(from, to - 1, mid, widest);
            int l = build(from, mid);
            int r = build(mid, to);
            left[node] = l;
            right[node] = r;
        }
        return node;
    }

    private void grow() {
        int capacity = start.length * 2;
        start = Arrays.copyOf(start, capacity);
        end = Arrays.copyOf(end, capacity);
        left = Arrays.copyOf(left, capacity);
        right = Arrays.copyOf(right, capacity);
        boxMin = Arrays.copyOf(boxMin, capacity * d);
        boxMax = Arrays.copyOf(boxMax, capacity * d);
    }

    /** Quickselect on `order` so that position k holds the k-th smallest value of feature f. */
    private void select(int lo, int hi, int k, int f) {
        while (lo < hi) {
            double pivot = x[order[(lo + hi) >>> 1] * d + f];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (x[order[i] * d + f] < pivot) {
                    i++;
                }
                while (x[order[j] * d + f] > pivot) {
                    j--;
                }
                if (i <= j) {
                    int t = order[i];
                    order[i] = order[j];
                    order[j] = t;
                    i++;
                    j--;
                }
            }
            if (k <= j) {
                hi = j;
            } else if (k >= i) {
                lo = i;
            } else {
                return;
            }
        }
    }

    /**
     * All rows within {@code radius} of row {@code q} (the row itself included), appended to
     * {@code out} after clearing it.
     */
    void withinRadius(int q, double radius, IntList out) {
        out.clear();
        double r2 = radius * radius;
        int[] stack = new int[64];
        int top = 0;
        stack[top++] = 0;
        int qRow = q * d;
        while (top > 0) {
            int node = stack[--top];
            if (boxDistance2(node, qRow) > r2) {
                continue;
            }
            if (left[node] < 0) {
                for (int p = start[node]; p < end[node]; p++) {
                    int i = order[p];
                    if (dist2(qRow, i * d) <= r2) {
                        out.add(i);
                    }
                }
            } else {
                if (top + 2 > stack.length) {
                    stack = Arrays.copyOf(stack, stack.length * 2);
                }
                stack[top++] = left[node];
                stack[top++] = right[node];
            }
        }
    }

    /** Distance from row q to its k-th nearest other row (k ≥ 1). */
    double kthNeighbourDistance(int q, int k) {
        // A max-heap of the k smallest squared distances seen so far.
        double[] heap = new double[k];
        Arrays.fill(heap, Double.POSITIVE_INFINITY);
        int qRow = q * d;
        int[] stack = new int[64];
        int top = 0;
        stack[top++] = 0;
        while (top > 0) {
            int node = stack[--top];
            if (boxDistance2(node, qRow) >= heap[0]) {
                continue;
            }
            if (left[node] < 0) {
                for (int p = start[node]; p < end[node]; p++) {
                    int i = order[p];
                    if (i == q) {
                        continue;
                    }
                    double s = dist2(qRow, i * d);
                    if (s < heap[0]) {
                        replaceTop(heap, s);
                    }
                }
            } else {
                if (top + 2 > stack.length) {
                    stack = Arrays.copyOf(stack, stack.length * 2);
                }
                // The nearer child goes on top, so it is searched first and tightens the bound.
                double dl = boxDistance2(left[node], qRow);
                double dr = boxDistance2(right[node], qRow);
                if (dl <= dr) {
                    stack[top++] = right[node];
                    stack[top++] = left[node];
                } else {
                    stack[top++] = left[node];
                    stack[top++] = right[node];
                }
            }
        }
        return Math.sqrt(heap[0]);
    }

    private static void replaceTop(double[] heap, double value) {
        int i = 0;
        int n = heap.length;
        while (true) {
            int l = 2 * i + 1;
            if (l >= n) {
                break;
            }
            int r = l + 1;
            int big = r < n && heap[r] > heap[l] ? r : l;
            if (heap[big] <= value) {
                break;
            }
            heap[i] = heap[big];
            i = big;
        }
        heap[i] = value;
    }

    private double boxDistance2(int node, int qRow) {
        double s = 0;
        int at = node * d;
        for (int f = 0; f < d; f++) {
            double v = x[qRow + f];
            double lo = boxMin[at + f];
            double hi = boxMax[at + f];
            if (v < lo) {
                s += (lo - v) * (lo - v);
            } else if (v > hi) {
                s += (v - hi) * (v - hi);
            }
        }
        return s;
    }

    private double dist2(int a, int b) {
        double s = 0;
        for (int f = 0; f < d; f++) {
            double diff = x[a + f] - x[b + f];
            s += diff * diff;
        }
        return s;
    }

    /** A growable list of ints, reused between queries to spare the garbage collector. */
    static final class IntList {
        private int[] values = new int[64];
        private int size;

        void clear() {
            size = 0;
        }

        void add(int v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        int size() {
            return size;
        }

        int get(int i) {
            return values[i];
        }
    }
}
