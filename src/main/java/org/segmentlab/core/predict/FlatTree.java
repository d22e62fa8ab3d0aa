package org.segmentlab.core.predict;

import java.util.function.ToDoubleFunction;
import smile.base.cart.InternalNode;
import smile.base.cart.LeafNode;
import smile.base.cart.Node;
import smile.base.cart.OrdinalNode;
import smile.data.Tuple;
import smile.data.type.StructType;

/**
 * A decision tree in flat arrays, for fast scoring of many rows and for TreeSHAP: grown so by
 * SegmentLab's learners, or copied from a Smile tree of an older model file.
 * Node 0 is the root; a node goes to {@code yes} when {@code x[feature] <= threshold}, else to
 * {@code no}; leaves have {@code yes == -1}. {@code cover} is the number of training rows that
 * reached the node (bootstrap draws for a forest; leaf sizes as Smile counted them for its trees),
 * summed upwards.
 */
final class FlatTree implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    final int[] feature;
    final double[] threshold;
    final int[] yes;
    final int[] no;
    final double[] value;
    final double[] cover;
    /** Edges on the longest root-to-leaf path. */
    final int depth;

    private FlatTree(int[] feature, double[] threshold, int[] yes, int[] no, double[] value, double[] cover,
                     int depth) {
        this.feature = feature;
        this.threshold = threshold;
        this.yes = yes;
        this.no = no;
        this.value = value;
        this.cover = cover;
        this.depth = depth;
    }

    /**
     * Copies a tree whose splits are all on numeric columns.
     *
     * @param schema    the predictor schema of the tree (its features by index)
     * @param leafValue what a leaf contributes (a class share, a regression output)
     */
    static FlatTree of(Node root, StructType schema, ToDoubleFunction<LeafNode> leafValue) {
        GrowingTree tree = new GrowingTree();
        copy(tree, root, schema, leafValue);
        return tree.finish();
    }

    /** Adds {@code node} and what is below it in preorder; returns its index. */
    private static int copy(GrowingTree tree, Node node, StructType schema, ToDoubleFunction<LeafNode> leafValue) {
        if (node instanceof LeafNode) {
            LeafNode leaf = (LeafNode) node;
            return tree.add(leafValue.applyAsDouble(leaf), leaf.size());
        }
        if (!(node instanceof OrdinalNode)) {
            throw new IllegalStateException("a tree split on a nominal column; SegmentLab encodes categories as 0/1 columns");
        }
        InternalNode split = (InternalNode) node;
        int at = tree.add(0, 0);
        int left = copy(tree, split.trueChild(), schema, leafValue);
        int right = copy(tree, split.falseChild(), schema, leafValue);
        tree.split(at, split.feature(), SplitThreshold.of(split, schema), left, right);
        tree.setCover(at, tree.cover(left) + tree.cover(right));
        return at;
    }

    /**
     * A tree grown by SegmentLab's own learners, in any node order with node 0 the root; the
     * arrays are taken as they are. Leaves have {@code yes == no == -1}.
     */
    static FlatTree of(int[] feature, double[] threshold, int[] yes, int[] no, double[] value, double[] cover) {
        int n = feature.length;
        if (threshold.length != n || yes.length != n || no.length != n || value.length != n || cover.length != n) {
            throw new IllegalArgumentException("the node arrays differ in length");
        }
        int[] level = new int[n];
        int depth = 0;
        int[] stack = new int[n];
        int top = 0;
        stack[top++] = 0;
        while (top > 0) {
            int at = stack[--top];
            depth = Math.max(depth, level[at]);
            if (yes[at] >= 0) {
                level[yes[at]] = level[at] + 1;
                level[no[at]] = level[at] + 1;
                stack[top++] = yes[at];
                stack[top++] = no[at];
            }
        }
        return new FlatTree(feature, threshold, yes, no, value, cover, depth);
    }

    /** The leaf value reached by {@code x}. */
    double predict(double[] x) {
        int n = 0;
        while (yes[n] >= 0) {
            n = x[feature[n]] <= threshold[n] ? yes[n] : no[n];
        }
        return value[n];
    }

    /** The mean leaf value over the training rows: {@code Σ cover(leaf) · value(leaf) / cover(root)}. */
    double expectedValue() {
        double sum = 0;
        for (int n = 0; n < yes.length; n++) {
            if (yes[n] < 0) {
                sum += cover[n] * value[n];
            }
        }
        return sum / cover[0];
    }

    int size() {
        return yes.length;
    }

    /**
     * Smile keeps a split's threshold private and only shows it rounded; its public {@code branch}
     * answers "x <= threshold". The largest double for which it answers yes is the threshold itself,
     * found exactly by bisection over the ordered bit patterns of doubles (at most 64 questions).
     */
    static final class SplitThreshold {
        private SplitThreshold() {
        }

        static double of(InternalNode split, StructType schema) {
            int p = schema.length();
            int f = split.feature();
            double[] probe = new double[p];
            if (branches(split, schema, probe, f, Double.POSITIVE_INFINITY)) {
                return Double.POSITIVE_INFINITY;
            }
            if (!branches(split, schema, probe, f, Double.NEGATIVE_INFINITY)) {
                // Nothing goes the "yes" way: no finite value is at or below −∞ either.
                return Double.NEGATIVE_INFINITY;
            }
            long lo = key(Double.NEGATIVE_INFINITY);
            long hi = key(Double.POSITIVE_INFINITY);
            while (Long.compareUnsigned(hi - lo, 1) > 0) {
                long mid = lo + ((hi - lo) >>> 1);
                if (branches(split, schema, probe, f, fromKey(mid))) {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            return fromKey(lo);
        }

        private static boolean branches(InternalNode split, StructType schema, double[] probe, int f, double v) {
            probe[f] = v;
            return split.branch(Tuple.of(probe.clone(), schema));
        }

        /** Maps doubles to longs in the same order (−∞ lowest, +∞ highest). */
        static long key(double d) {
            long bits = Double.doubleToLongBits(d);
            return bits >= 0 ? bits : bits ^ Long.MAX_VALUE;
        }

        static double fromKey(long key) {
            return Double.longBitsToDouble(key >= 0 ? key : key ^ Long.MAX_VALUE);
        }
    }
}
