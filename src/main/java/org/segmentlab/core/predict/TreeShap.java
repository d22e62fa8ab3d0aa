package org.segmentlab.core.predict;

/**
 * Exact SHAP values of one tree for one row by the path-dependent TreeSHAP algorithm (Lundberg,
 * Erion and Lee, "Consistent individualized feature attribution for tree ensembles", 2018,
 * Algorithm 2). It follows every root-to-leaf path once, carrying for each feature met on the path
 * the share of training rows that go the same way without knowing it ({@code zero}) and whether
 * the row goes that way ({@code one}), with the weights of all feature subsets by size. The
 * values add up to {@code tree(x) − expected value} (local accuracy).
 */
final class TreeShap {

    private TreeShap() {
    }

    /** Adds {@code scale ×} the SHAP values of {@code tree} at {@code x} into {@code phi} (indexed by column). */
    static void accumulate(FlatTree tree, double[] x, double scale, double[] phi) {
        accumulate(tree, x, scale, phi, new Workspace(tree.depth));
    }

    /** As above, with path buffers that can be reused for the trees of one row. */
    static void accumulate(FlatTree tree, double[] x, double scale, double[] phi, Workspace work) {
        work.fit(tree.depth);
        recurse(tree, x, scale, phi, 0, work, 0, 0, 1, 1, -1);
    }

    /**
     * One path buffer per tree level: a node's recursion copies its parent's path into the next
     * level's buffer, and siblings reuse it one after the other.
     */
    static final class Workspace {
        private Path[] levels;

        Workspace(int depth) {
            levels = new Path[0];
            fit(depth);
        }

        void fit(int depth) {
            if (levels.length < depth + 2) {
                Path[] grown = new Path[depth + 2];
                for (int d = 0; d < grown.length; d++) {
                    grown[d] = new Path(depth + 2);
                }
                levels = grown;
            }
        }
    }

    /** The unique features met on the way down, with their weights; element 0 stands for "no feature". */
    private static final class Path {
        final int[] feature;
        final double[] zero;
        final double[] one;
        final double[] weight;

        Path(int capacity) {
            feature = new int[capacity];
            zero = new double[capacity];
            one = new double[capacity];
            weight = new double[capacity];
        }

        void copyTo(Path c, int length) {
            System.arraycopy(feature, 0, c.feature, 0, length);
            System.arraycopy(zero, 0, c.zero, 0, length);
            System.arraycopy(one, 0, c.one, 0, length);
            System.arraycopy(weight, 0, c.weight, 0, length);
        }
    }

    /**
     * Visits {@code node}, whose parent's path (of {@code length} elements) is in level {@code level − 1}
     * of the workspace (nothing at the root); this node's path is built in level {@code level}.
     */
    private static void recurse(FlatTree tree, double[] x, double scale, double[] phi, int node, Workspace work,
                                int level, int length, double zeroFraction, double oneFraction, int feature) {
        Path path = work.levels[level];
        if (level > 0) {
            work.levels[level - 1].copyTo(path, length);
        }
        int l = extend(path, length, zeroFraction, oneFraction, feature);
        if (tree.yes[node] < 0) {
            double v = tree.value[node] * scale;
            for (int i = 1; i < l; i++) {
                double w = unwoundSum(path, l, i);
                phi[path.feature[i]] += w * (path.one[i] - path.zero[i]) * v;
            }
            return;
        }
        int split = tree.feature[node];
        boolean goesYes = x[split] <= tree.threshold[node];
        int hot = goesYes ? tree.yes[node] : tree.no[node];
        int cold = goesYes ? tree.no[node] : tree.yes[node];
        double incomingZero = 1;
        double incomingOne = 1;
        for (int k = 1; k < l; k++) {
            if (path.feature[k] == split) {
                incomingZero = path.zero[k];
                incomingOne = path.one[k];
                l = unwind(path, l, k);
                break;
            }
        }
        double cover = tree.cover[node];
        recurse(tree, x, scale, phi, hot, work, level + 1, l, incomingZero * tree.cover[hot] / cover, incomingOne,
                split);
        recurse(tree, x, scale, phi, cold, work, level + 1, l, incomingZero * tree.cover[cold] / cover, 0, split);
    }

    /** Adds a feature to the path and updates the subset-size weights; returns the new length. */
    private static int extend(Path m, int l, double zeroFraction, double oneFraction, int feature) {
        m.feature[l] = feature;
        m.zero[l] = zeroFraction;
        m.one[l] = oneFraction;
        m.weight[l] = l == 0 ? 1 : 0;
        for (int i = l - 1; i >= 0; i--) {
            m.weight[i + 1] += oneFraction * m.weight[i] * (i + 1) / (l + 1);
            m.weight[i] = zeroFraction * m.weight[i] * (l - i) / (l + 1);
        }
        return l + 1;
    }

    /** Removes element {@code i} from the path, undoing its effect on the weights; returns the new length. */
    private static int unwind(Path m, int l, int i) {
        double one = m.one[i];
        double zero = m.zero[i];
        double next = m.weight[l - 1];
        for (int j = l - 2; j >= 0; j--) {
            if (one != 0) {
                double t = m.weight[j];
                m.weight[j] = next * l / ((j + 1) * one);
                next = t - m.weight[j] * zero * (l - j - 1) / l;
            } else {
                m.weight[j] = m.weight[j] * l / (zero * (l - j - 1));
            }
        }
        for (int j = i; j < l - 1; j++) {
            m.feature[j] = m.feature[j + 1];
            m.zero[j] = m.zero[j + 1];
            m.one[j] = m.one[j + 1];
        }
        return l - 1;
    }

    /** The total weight of the path with element {@code i} removed, without changing the path. */
    private static double unwoundSum(Path m, int l, int i) {
        double one = m.one[i];
        double zero = m.zero[i];
        double next = m.weight[l - 1];
        double total = 0;
        for (int j = l - 2; j >= 0; j--) {
            if (one != 0) {
                double w = next * l / ((j + 1) * one);
                total += w;
                next = m.weight[j] - w * zero * (l - j - 1) / l;
            } else {
                total += m.weight[j] * l / (zero * (l - j - 1));
            }
        }
        return total;
    }
}
