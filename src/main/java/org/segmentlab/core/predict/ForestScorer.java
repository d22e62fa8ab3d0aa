package org.segmentlab.core.predict;

import java.util.Arrays;
import java.util.List;

/**
 * A random forest: the (weighted) mean over trees of the leaf's share of positives (for a forest
 * of an older model file, Smile's smoothed share {@code (count₁ + 1) / (count + 2)}). Explained on the probability scale, tree by tree, with TreeSHAP.
 */
final class ForestScorer implements Scorer {

    private final FlatTree[] trees;
    private final PackedTrees packed;
    private final double[] weights;
    private final double base;

    ForestScorer(List<FlatTree> trees, double[] treeWeights) {
        this.trees = trees.toArray(new FlatTree[0]);
        this.packed = new PackedTrees(trees);
        double total = 0;
        for (double w : treeWeights) {
            total += w;
        }
        this.weights = new double[treeWeights.length];
        double b = 0;
        for (int t = 0; t < treeWeights.length; t++) {
            weights[t] = treeWeights[t] / total;
            b += weights[t] * this.trees[t].expectedValue();
        }
        this.base = b;
    }

    @Override
    public ExplanationScale scale() {
        return ExplanationScale.PROBABILITY;
    }

    @Override
    public double output(double[] x) {
        double sum = 0;
        for (int t = 0; t < trees.length; t++) {
            sum += weights[t] * trees[t].predict(x);
        }
        return sum;
    }

    /** The mean over trees, kept within [0, 1] where summing shares of 1 rounds past it. */
    @Override
    public double probability(double[] x) {
        return clamp(output(x));
    }

    private static double clamp(double p) {
        return Math.max(0, Math.min(1, p));
    }

    @Override
    public void probabilities(double[][] rows, int count, double[] out) {
        Arrays.fill(out, 0, count, 0);
        packed.accumulate(rows, count, weights, out);
        for (int i = 0; i < count; i++) {
            out[i] = clamp(out[i]);
        }
    }

    @Override
    public double baseValue() {
        return base;
    }

    @Override
    public void contributions(double[] x, double[] phi) {
        Arrays.fill(phi, 0);
        TreeShap.Workspace work = new TreeShap.Workspace(0);
        for (int t = 0; t < trees.length; t++) {
            TreeShap.accumulate(trees[t], x, weights[t], phi, work);
        }
    }

    @Override
    public Permuted permuted(double[][] base, long[] columnBit) {
        return packed.permuted(base, columnBit, weights, 0, ForestScorer::clamp);
    }
}
