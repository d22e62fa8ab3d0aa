package org.segmentlab.core.predict;

import java.util.Arrays;
import java.util.List;

/**
 * Gradient boosting as Smile scores a two-class problem: {@code f = b + shrinkage · Σ tree(x)} and
 * {@code P(positive) = 1 / (1 + e^(−2f))}, so the log-odds are {@code 2f}. Explained on the
 * log-odds scale with TreeSHAP, each tree weighted by {@code 2 · shrinkage}.
 */
final class BoostingScorer implements Scorer {

    private final FlatTree[] trees;
    private final PackedTrees packed;
    private final double[] treeWeights;
    private final double treeWeight;
    private final double logOddsIntercept;
    private final double base;

    /**
     * @param intercept the {@code b} of Smile's model
     */
    BoostingScorer(List<FlatTree> trees, double shrinkage, double intercept) {
        this.trees = trees.toArray(new FlatTree[0]);
        this.packed = new PackedTrees(trees);
        this.treeWeight = 2 * shrinkage;
        this.treeWeights = new double[this.trees.length];
        Arrays.fill(treeWeights, treeWeight);
        this.logOddsIntercept = 2 * intercept;
        double b = logOddsIntercept;
        for (FlatTree t : this.trees) {
            b += treeWeight * t.expectedValue();
        }
        this.base = b;
    }

    /** {@code Σ tree(x)}, without shrinkage or intercept. */
    static double treeSum(List<FlatTree> trees, double[] x) {
        double sum = 0;
        for (FlatTree t : trees) {
            sum += t.predict(x);
        }
        return sum;
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
}
