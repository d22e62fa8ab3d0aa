package org.segmentlab.core.predict;

import java.util.Arrays;
import java.util.List;

/**
 * Gradient boosting of log loss: log-odds {@code intercept + weight · Σ tree(x)}. SegmentLab's own
 * trees carry their shrinkage in their leaves (weight 1); Smile's two-class model of older model
 * files is {@code f = b + shrinkage · Σ tree(x)} with {@code P(positive) = 1 / (1 + e^(−2f))}, so its
 * log-odds are {@code 2f}. Explained on the log-odds scale with TreeSHAP, each tree weighted alike.
 */
final class BoostingScorer implements Scorer {

    private final FlatTree[] trees;
    private final PackedTrees packed;
    private final double[] treeWeights;
    private final double treeWeight;
    private final double logOddsIntercept;
    private final double base;

    /** Boosting as Smile scores it: {@code b} its intercept, log-odds {@code 2b + 2 · shrinkage · Σ tree(x)}. */
    static BoostingScorer ofSmile(List<FlatTree> trees, double shrinkage, double intercept) {
        return new BoostingScorer(trees, 2 * shrinkage, 2 * intercept);
    }

    /** Log-odds {@code intercept + treeWeight · Σ tree(x)}. */
    static BoostingScorer ofLogOdds(List<FlatTree> trees, double treeWeight, double intercept) {
        return new BoostingScorer(trees, treeWeight, intercept);
    }

    private BoostingScorer(List<FlatTree> trees, double treeWeight, double logOddsIntercept) {
        this.trees = trees.toArray(new FlatTree[0]);
        this.packed = new PackedTrees(trees);
        this.treeWeight = treeWeight;
        this.treeWeights = new double[this.trees.length];
        Arrays.fill(treeWeights, treeWeight);
        this.logOddsIntercept = logOddsIntercept;
        double b = logOddsIntercept;
        for (FlatTree t : this.trees) {
            b += treeWeight * t.expectedValue();
        }
        this.base = b;
    }

    @Override
    public ExplanationScale scale() {
        return ExplanationScale.LOG_ODDS;
    }

    @Override
    public double output(double[] x) {
        double sum = 0;
        for (FlatTree t : trees) {
            sum += t.predict(x);
        }
        return logOddsIntercept + treeWeight * sum;
    }

    @Override
    public double probability(double[] x) {
        return Sigmoid.of(output(x));
    }

    @Override
    public void probabilities(double[][] rows, int count, double[] out) {
        Arrays.fill(out, 0, count, logOddsIntercept);
        packed.accumulate(rows, count, treeWeights, out);
        for (int i = 0; i < count; i++) {
            out[i] = Sigmoid.of(out[i]);
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
        for (FlatTree t : trees) {
            TreeShap.accumulate(t, x, treeWeight, phi, work);
        }
    }

    @Override
    public Permuted permuted(double[][] base, long[] columnBit) {
        return packed.permuted(base, columnBit, treeWeights, logOddsIntercept, Sigmoid::of);
    }
}
