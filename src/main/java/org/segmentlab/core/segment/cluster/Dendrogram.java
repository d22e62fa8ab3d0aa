package org.segmentlab.core.segment.cluster;

import java.util.Arrays;
import java.util.List;

/**
 * The merge tree of agglomerative clustering, in the usual numbering: customers are leaves
 * {@code 0..n−1}, and merge {@code m} creates group {@code n + m}. Merges are sorted by height.
 * Heights are distances in scaled units; for Ward, {@code sqrt(2 × the increase in within-segment
 * sum of squares)}, which is the Euclidean distance for two single customers (the convention
 * SciPy and R's {@code hclust(method = "ward.D2")} use).
 *
 * @param leafCount number of customers
 * @param merges    n − 1 merges, lowest first
 */
public record Dendrogram(int leafCount, Linkage linkage, List<Merge> merges) {

    /** One merge: the two groups joined, the height at which they join, and the size of the result. */
    public record Merge(int left, int right, double height, int size) {
    }

    public Dendrogram {
        merges = List.copyOf(merges);
        if (merges.size() != Math.max(0, leafCount - 1)) {
            throw new IllegalArgumentException(merges.size() + " merges for " + leafCount + " customers");
        }
    }

    /** Segments 0..k−1 (largest first) obtained by undoing the k − 1 highest merges. */
    public int[] cutIntoSegments(int k) {
        if (k < 1 || k > leafCount) {
            throw new IllegalArgumentException("k must be between 1 and " + leafCount + ", was " + k);
        }
        return cut(leafCount - k);
    }

    /** Segments (largest first) of the tree cut at {@code height}: merges at or below it are kept. */
    public int[] cutAtHeight(double height) {
        int applied = 0;
        while (applied < merges.size() && merges.get(applied).height() <= height) {
            applied++;
        }
        return cut(applied);
    }

    /** The height of the merge that leaves k segments when undone, i.e. where a cut into k lies. */
    public double heightForSegments(int k) {
        int m = leafCount - k;
        return m < merges.size() && m >= 0 ? merges.get(m).height() : Double.NaN;
    }

    private int[] cut(int applied) {
        int n = leafCount;
        int[] parent = new int[n + applied];
        Arrays.fill(parent, -1);
        for (int m = 0; m < applied; m++) {
            Merge merge = merges.get(m);
            parent[merge.left()] = n + m;
            parent[merge.right()] = n + m;
        }
        int[] root = new int[n + applied];
        Arrays.fill(root, -1);
        int[] labels = new int[n];
        int[] rootLabel = new int[n + applied];
        Arrays.fill(rootLabel, -1);
        int next = 0;
        for (int i = 0; i < n; i++) {
            int r = rootOf(i, parent, root);
            if (rootLabel[r] < 0) {
                rootLabel[r] = next++;
            }
            labels[i] = rootLabel[r];
        }
        return Labels.bySizeDescending(labels);
    }

    private static int rootOf(int node, int[] parent, int[] root) {
        int r = node;
        while (parent[r] >= 0 && root[r] < 0) {
            r = parent[r];
        }
        int top = root[r] >= 0 ? root[r] : r;
        for (int v = node; v != r; v = parent[v]) {
            root[v] = top;
        }
        root[r] = top;
        return top;
    }
}
