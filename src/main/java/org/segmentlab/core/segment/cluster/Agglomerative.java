package org.segmentlab.core.segment.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.segmentlab.core.Progress;

/**
 * Agglomerative clustering by the nearest-neighbour chain: follow nearest neighbours until two
 * groups are each other's nearest, merge them, update distances by the Lance–Williams formula.
 * Ward, complete and average linkage never bring groups closer by merging, so the chain finds the
 * same tree as the naive method in O(n²) time. Distances are kept as floats in a triangular table:
 * n(n−1)/2 × 4 bytes, 800 MB at 20,000 customers, which is why the size is limited.
 */
final class Agglomerative {

    /** Beyond this, the distance table no longer fits a desktop's memory. */
    static final int MAX_CUSTOMERS = 20_000;

    private Agglomerative() {
    }

    static Dendrogram build(double[] x, int n, int d, Linkage linkage, Progress progress) {
        return build(x, n, d, linkage, progress, TableMemory.HEAP);
    }

    static Dendrogram build(double[] x, int n, int d, Linkage linkage, Progress progress, TableMemory memory) {
        if (n > MAX_CUSTOMERS) {
            throw new IllegalArgumentException("hierarchical clustering is limited to " + MAX_CUSTOMERS
                    + " customers (its distance table grows with the square of the count); this data has "
                    + n + ". Use k-means or a Gaussian mixture, or cluster a sample.");
        }
        if (n == 1) {
            return new Dendrogram(1, linkage, List.of());
        }
        boolean ward = linkage == Linkage.WARD;
        float[] dist = reserveTable(n, memory);
        for (int i = 0; i < n; i++) {
            if ((i & 255) == 0) {
                progress.checkCancelled();
                progress.update(0.3 * i / n, "Distances between customers");
            }
            int base = rowStart(i, n);
            for (int j = i + 1; j < n; j++) {
                double s = 0;
                for (int f = 0; f < d; f++) {
                    double diff = x[i * d + f] - x[j * d + f];
                    s += diff * diff;
                }
                // Ward works on squared distances, the others on distances.
                dist[base + j - i - 1] = (float) (ward ? s : Math.sqrt(s));
            }
        }
        int[] size = new int[n];
        Arrays.fill(size, 1);
        int[] active = new int[n];
        int[] positionInActive = new int[n];
        for (int i = 0; i < n; i++) {
            active[i] = i;
            positionInActive[i] = i;
        }
        int activeCount = n;
        int[] chain = new int[n];
        int top = 0;
        int[] mergedA = new int[n - 1];
        int[] mergedB = new int[n - 1];
        double[] mergedAt = new double[n - 1];
        // Rounding in the float table could let a merge sit a hair below the merges that made its
        // groups; heights are kept monotone so the sorted tree stays a tree.
        double[] heightInSlot = new double[n];
        int merges = 0;
        while (merges < n - 1) {
            if (top == 0) {
                chain[top++] = active[0];
            }
            int a = chain[top - 1];
            int previous = top >= 2 ? chain[top - 2] : -1;
            int best = previous;
            float bestDist = previous >= 0 ? dist[index(a, previous, n)] : Float.POSITIVE_INFINITY;
            for (int p = 0; p < activeCount; p++) {
                int b = active[p];
                if (b == a) {
                    continue;
                }
                float v = dist[index(a, b, n)];
                // Strictly smaller: on a tie the chain's previous element wins, which ends the chain.
                if (v < bestDist || best < 0) {
                    bestDist = v;
                    best = b;
                }
            }
            if (best != previous) {
                chain[top++] = best;
                continue;
            }
            top -= 2;
            int keep = Math.min(a, best);
            int drop = Math.max(a, best);
            for (int p = 0; p < activeCount; p++) {
                int k = active[p];
                if (k == a || k == best) {
                    continue;
                }
                int ka = index(k, a, n);
                int kb = index(k, best, n);
                dist[index(k, keep, n)] = (float) update(linkage, dist[ka], dist[kb], bestDist,
                        size[a], size[best], size[k]);
            }
            mergedA[merges] = a;
            mergedB[merges] = best;
            double height = Math.max(ward ? Math.sqrt(bestDist) : bestDist,
                    Math.max(heightInSlot[a], heightInSlot[best]));
            heightInSlot[keep] = height;
            mergedAt[merges] = height;
            merges++;
            size[keep] = size[a] + size[best];
            int pos = positionInActive[drop];
            int last = active[--activeCount];
            active[pos] = last;
            positionInActive[last] = pos;
            if ((merges & 255) == 0) {
                progress.checkCancelled();
                progress.update(0.3 + 0.7 * merges / (n - 1), "Merging segments");
            }
        }
        return toDendrogram(n, linkage, mergedA, mergedB, mergedAt);
    }

    /**
     * Sets the distance table aside, or says plainly why it cannot be. What is free cannot be read
     * from the heap's figures (total − free counts garbage not yet collected as used, so a heap full
     * of garbage looks full), so the table is refused at once only when it exceeds all this process
     * may ever use; otherwise it is allocated, which collects garbage first, and a failure of that one
     * allocation becomes the message.
     */
    static float[] reserveTable(int n, TableMemory memory) {
        long length = (long) n * (n - 1) / 2;
        long bytes = length * Float.BYTES;
        long max = memory.maxBytes();
        if (bytes > max) {
            throw tooBig(n, bytes, max);
        }
        try {
            return memory.allocate((int) length);
        } catch (OutOfMemoryError e) {
            throw tooBig(n, bytes, max);
        }
    }

    private static IllegalArgumentException tooBig(int n, long bytes, long max) {
        return new IllegalArgumentException(String.format(Locale.ROOT,
                "hierarchical clustering of %d customers needs about %d MB for its distance table, "
                        + "but that much memory could not be set aside (this process may use at most %d MB "
                        + "in all). Start with more memory (java -Xmx...), use k-means, or cluster a sample.",
                n, mb(bytes), max >> 20));
    }

    /** Megabytes rounded up, so a table of a few hundred kilobytes does not "need 0 MB". */
    private static long mb(long bytes) {
        return (bytes + (1 << 20) - 1) >> 20;
    }

    /** Where the distance table comes from: the heap, or a stand-in in tests. */
    interface TableMemory {

        /** This process's heap: its limit is {@link Runtime#maxMemory()}. */
        TableMemory HEAP = new TableMemory() {
            @Override
            public long maxBytes() {
                return Runtime.getRuntime().maxMemory();
            }

            @Override
            public float[] allocate(int length) {
                return new float[length];
            }
        };

        /** The most memory this process may ever use, in bytes. */
        long maxBytes();

        /** A new table of that many floats; throws {@link OutOfMemoryError} when it cannot be had. */
        float[] allocate(int length);
    }

    private static double update(Linkage linkage, double dka, double dkb, double dab, int na, int nb, int nk) {
        switch (linkage) {
            case COMPLETE:
                return Math.max(dka, dkb);
            case AVERAGE:
                return (na * dka + nb * dkb) / (na + nb);
            case WARD:
                return ((na + nk) * dka + (nb + nk) * dkb - nk * dab) / (na + nb + nk);
            default:
                throw new IllegalStateException("unhandled linkage " + linkage);
        }
    }

    /**
     * The chain finds merges out of height order; sorting them (stably, so a group is always created
     * before it is merged again) and renumbering gives the usual dendrogram.
     */
    private static Dendrogram toDendrogram(int n, Linkage linkage, int[] a, int[] b, double[] h) {
        Integer[] order = new Integer[n - 1];
        for (int m = 0; m < n - 1; m++) {
            order[m] = m;
        }
        Arrays.sort(order, (p, q) -> Double.compare(h[p], h[q]));
        // Merges are stored in the slot of the smaller customer index; track which group each slot holds.
        int[] groupInSlot = new int[n];
        int[] groupSize = new int[2 * n - 1];
        for (int i = 0; i < n; i++) {
            groupInSlot[i] = i;
            groupSize[i] = 1;
        }
        List<Dendrogram.Merge> merges = new ArrayList<>(n - 1);
        for (int step = 0; step < n - 1; step++) {
            int m = order[step];
            int ga = groupInSlot[a[m]];
            int gb = groupInSlot[b[m]];
            int created = n + step;
            groupSize[created] = groupSize[ga] + groupSize[gb];
            merges.add(new Dendrogram.Merge(Math.min(ga, gb), Math.max(ga, gb), h[m], groupSize[created]));
            groupInSlot[Math.min(a[m], b[m])] = created;
        }
        return new Dendrogram(n, linkage, merges);
    }

    private static int rowStart(int i, int n) {
        return i * n - i * (i + 1) / 2;
    }

    private static int index(int i, int j, int n) {
        if (i > j) {
            int t = i;
            i = j;
            j = t;
        }
        return rowStart(i, n) + j - i - 1;
    }
}
