package org.segmentlab.core.segment.cluster;

import org.segmentlab.core.Parallel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import org.segmentlab.core.Progress;

/**
 * Silhouette values: for customer i, a = mean distance to the others in its segment, b = the
 * lowest mean distance to the members of another segment, s = (b − a) / max(a, b); 0 for a
 * customer alone in its segment. Exact for up to {@link #SAMPLE_SIZE} customers, otherwise on a
 * seeded sample of that size (distances then run within the sample, as scikit-learn's
 * {@code silhouette_score(sample_size=...)} does).
 *
 * <p>Several labelings of the same customers (one per k of a sweep) are scored together: the
 * distances from a customer to all others are computed once and summed per segment of every
 * labeling, which makes a whole sweep cost little more than one k.
 */
final class Silhouette {

    static final int SAMPLE_SIZE = 10_000;
    private static final int CHUNK = 32;

    private Silhouette() {
    }

    /** All of {@code rows} when there are at most {@code max}, else a seeded sample of {@code max}, ascending. */
    static int[] sample(int[] rows, int max, long seed) {
        if (rows.length <= max) {
            return rows.clone();
        }
        int[] pool = rows.clone();
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int i = 0; i < max; i++) {
            int j = i + rnd.nextInt(pool.length - i);
            int t = pool[i];
            pool[i] = pool[j];
            pool[j] = t;
        }
        int[] chosen = Arrays.copyOf(pool, max);
        Arrays.sort(chosen);
        return chosen;
    }

    /**
     * @param x      all customers, flat row-major with d features
     * @param rows   the customers to score (none of them noise in any labeling)
     * @param labels per labeling, the segment (0..k−1) of every customer of {@code x}
     * @param ks     per labeling, its number of segments
     * @return per labeling, the silhouette of each customer of {@code rows}, in that order
     */
    static double[][] values(double[] x, int d, int[] rows, int[][] labels, int[] ks, ExecutorService pool,
                             int workers, Progress progress) {
        int s = rows.length;
        int runs = labels.length;
        double[][] columns = new double[d][s];
        for (int j = 0; j < s; j++) {
            for (int f = 0; f < d; f++) {
                columns[f][j] = x[rows[j] * d + f];
            }
        }
        // Every labeling's segments get their own slots in one accumulator array.
        int[] firstSlot = new int[runs];
        int slots = 0;
        for (int r = 0; r < runs; r++) {
            firstSlot[r] = slots;
            slots += ks[r];
        }
        int[] slotOf = new int[s * runs];
        int[] members = new int[slots];
        for (int j = 0; j < s; j++) {
            for (int r = 0; r < runs; r++) {
                int slot = firstSlot[r] + labels[r][rows[j]];
                slotOf[j * runs + r] = slot;
                members[slot]++;
            }
        }
        double[][] result = new double[runs][s];
        AtomicInteger nextChunk = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        int totalSlots = slots;
        Callable<Void> worker = () -> {
            double[] dist = new double[s];
            double[] sums = new double[totalSlots];
            int start;
            while ((start = nextChunk.getAndAdd(CHUNK)) < s) {
                progress.checkCancelled();
                int end = Math.min(s, start + CHUNK);
                for (int i = start; i < end; i++) {
                    Arrays.fill(dist, 0);
                    for (int f = 0; f < d; f++) {
                        double[] col = columns[f];
                        double xi = col[i];
                        for (int j = 0; j < s; j++) {
                            double diff = col[j] - xi;
                            dist[j] += diff * diff;
                        }
                    }
                    for (int j = 0; j < s; j++) {
                        dist[j] = Math.sqrt(dist[j]);
                    }
                    Arrays.fill(sums, 0);
                    for (int j = 0; j < s; j++) {
                        double dj = dist[j];
                        int at = j * runs;
                        for (int r = 0; r < runs; r++) {
                            sums[slotOf[at + r]] += dj;
                        }
                    }
                    for (int r = 0; r < runs; r++) {
                        result[r][i] = score(sums, members, slotOf[i * runs + r], firstSlot[r], ks[r]);
                    }
                }
                int finished = done.addAndGet(end - start);
                progress.update((double) finished / s, "Silhouette: " + finished + " of " + s + " customers");
            }
            return null;
        };
        List<Callable<Void>> workersList = new ArrayList<>();
        for (int w = 0; w < Math.max(1, workers); w++) {
            workersList.add(worker);
        }
        Parallel.all(pool, workersList);
        return result;
    }

    private static double score(double[] sums, int[] members, int own, int first, int k) {
        if (members[own] <= 1) {
            return 0;
        }
        double a = sums[own] / (members[own] - 1);
        double b = Double.POSITIVE_INFINITY;
        for (int slot = first; slot < first + k; slot++) {
            if (slot != own && members[slot] > 0) {
                b = Math.min(b, sums[slot] / members[slot]);
            }
        }
        if (b == Double.POSITIVE_INFINITY) {
            return 0;
        }
        double m = Math.max(a, b);
        return m == 0 ? 0 : (b - a) / m;
    }

    /** The mean silhouette, or NaN when fewer than two segments are present among the scored customers. */
    static double mean(double[] values, int[] rows, int[] labels) {
        if (values.length == 0) {
            return Double.NaN;
        }
        int firstLabel = labels[rows[0]];
        boolean twoSegments = false;
        for (int row : rows) {
            if (labels[row] != firstLabel) {
                twoSegments = true;
                break;
            }
        }
        if (!twoSegments) {
            return Double.NaN;
        }
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }
}
