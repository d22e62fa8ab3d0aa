package org.segmentlab.core.segment.cluster;

import org.segmentlab.core.Progress;

/**
 * Density-based clustering (Ester et al., 1996). A customer is a core customer when at least
 * {@code minPoints} customers, itself included, lie within {@code eps}; segments grow from core
 * customers through their neighbours; customers reached by no segment are noise ({@code -1}).
 */
final class Dbscan {

    private static final int UNVISITED = -2;

    private Dbscan() {
    }

    static int[] cluster(KdTree tree, int n, double eps, int minPoints, Progress progress) {
        int[] labels = new int[n];
        java.util.Arrays.fill(labels, UNVISITED);
        KdTree.IntList neighbours = new KdTree.IntList();
        int[] queue = new int[n];
        int segment = 0;
        for (int i = 0; i < n; i++) {
            if ((i & 1023) == 0) {
                progress.checkCancelled();
                progress.update((double) i / n, "DBSCAN: " + i + " of " + n + " customers");
            }
            if (labels[i] != UNVISITED) {
                continue;
            }
            tree.withinRadius(i, eps, neighbours);
            if (neighbours.size() < minPoints) {
                labels[i] = Labels.NOISE;
                continue;
            }
            labels[i] = segment;
            int head = 0;
            int tail = 0;
            tail = claim(neighbours, labels, segment, queue, tail);
            while (head < tail) {
                int q = queue[head++];
                if ((head & 1023) == 0) {
                    progress.checkCancelled();
                }
                tree.withinRadius(q, eps, neighbours);
                if (neighbours.size() >= minPoints) {
                    tail = claim(neighbours, labels, segment, queue, tail);
                }
            }
            segment++;
        }
        progress.update(1, "DBSCAN: " + segment + " segments");
        return labels;
    }

    /**
     * Puts the neighbours in the segment: unvisited ones are queued to be expanded, noise becomes a
     * border customer (it was already found not to be core). Each customer is queued at most once.
     */
    private static int claim(KdTree.IntList neighbours, int[] labels, int segment, int[] queue, int tail) {
        for (int p = 0; p < neighbours.size(); p++) {
            int j = neighbours.get(p);
            if (labels[j] == UNVISITED) {
                labels[j] = segment;
                queue[tail++] = j;
            } else if (labels[j] == Labels.NOISE) {
                labels[j] = segment;
            }
        }
        return tail;
    }
}
