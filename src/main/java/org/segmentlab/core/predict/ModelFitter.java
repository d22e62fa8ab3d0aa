package org.segmentlab.core.predict;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.segmentlab.core.Progress;
import smile.base.cart.DecisionNode;
import smile.base.cart.RegressionNode;
import smile.base.cart.SplitRule;
import smile.classification.GradientTreeBoost;
import smile.classification.LogisticRegression;
import smile.classification.RandomForest;
import smile.data.DataFrame;
import smile.data.Tuple;
import smile.data.formula.Formula;
import smile.data.type.StructType;
import smile.data.vector.IntVector;
import smile.math.MathEx;
import smile.regression.RegressionTree;

/** Fits Smile's classifiers on encoded rows, and turns a fitted one into a {@link Scorer}. */
final class ModelFitter {

    /** Forest trees are grown in this many batches, so progress moves and a cancel is heard between them. */
    private static final int FOREST_BATCHES = 4;
    private static final String LABEL = "y";

    private ModelFitter() {
    }

    /**
     * Fits a classifier.
     *
     * @param forestClassWeight weights of class 0 and 1 for the forest, or null for equal weights
     * @return the fitted Smile model
     */
    static Serializable fit(ModelParams params, double[][] x, int[] y, int[] forestClassWeight, long seed,
                            Progress progress) {
        progress.checkCancelled();
        switch (params.kind()) {
            case LOGISTIC:
                return LogisticRegression.binomial(x, y, params.lambda(), 1e-6, 1000);
            case FOREST:
                return fitForest(params, x, y, forestClassWeight, seed, progress);
            default:
                return fitBoosting(params, x, y, seed);
        }
    }

    private static RandomForest fitForest(ModelParams params, double[][] x, int[] y, int[] classWeight, long seed,
                                          Progress progress) {
        DataFrame frame = frame(x, y);
        Formula formula = Formula.lhs(LABEL);
        long[] treeSeeds = new SplittableRandom(seed).longs(params.trees()).toArray();
        RandomForest forest = null;
        int done = 0;
        for (int batch = 0; batch < FOREST_BATCHES && done < params.trees(); batch++) {
            progress.checkCancelled();
            int size = (params.trees() - done) / (FOREST_BATCHES - batch);
            if (size == 0) {
                continue;
            }
            long[] seeds = java.util.Arrays.copyOfRange(treeSeeds, done, done + size);
            RandomForest part = RandomForest.fit(formula, frame, size, 0, SplitRule.GINI, params.maxDepth(),
                    params.maxNodes(), params.nodeSize(), 1.0, classWeight, LongStream.of(seeds));
            forest = forest == null ? part : forest.merge(part);
            done += size;
            progress.update((double) done / params.trees(), "Growing trees " + done + "/" + params.trees());
        }
        return forest;
    }

    private static GradientTreeBoost fitBoosting(ModelParams params, double[][] x, int[] y, long seed) {
        // Smile draws the row samples of boosting from the calling thread's generator.
        MathEx.setSeed(seed);
        return GradientTreeBoost.fit(Formula.lhs(LABEL), frame(x, y), params.trees(), params.maxDepth(),
                params.maxNodes(), params.nodeSize(), params.shrinkage(), params.subsample());
    }

    private static DataFrame frame(double[][] x, int[] y) {
        int p = x.length == 0 ? 0 : x[0].length;
        return DataFrame.of(x, columnNames(p)).merge(IntVector.of(LABEL, y));
    }

    private static String[] columnNames(int p) {
        String[] names = new String[p];
        for (int j = 0; j < p; j++) {
            names[j] = "x" + j;
        }
        return names;
    }

    /** The schema of the predictors the trees were grown on. */
    static StructType predictorSchema(int p) {
        return DataFrame.of(new double[1][p], columnNames(p)).schema();
    }

    /**
     * The intercept {@code b} of a two-class boosting model, which Smile keeps private: from
     * {@code P(positive) = 1 / (1 + e^(−2f))} and {@code f = b + shrinkage · Σ tree(x)} at a row
     * whose probability is not rounded to 0 or 1.
     */
    static double boostingIntercept(GradientTreeBoost model, double shrinkage, double[][] x, List<FlatTree> trees) {
        int p = x[0].length;
        StructType schema = predictorSchema(p);
        double[] posteriori = new double[2];
        for (double[] row : x) {
            model.predict(Tuple.of(row.clone(), schema), posteriori);
            if (posteriori[1] > 1e-9 && posteriori[1] < 1 - 1e-9) {
                double f = 0.5 * Math.log(posteriori[1] / posteriori[0]);
                return f - shrinkage * BoostingScorer.treeSum(trees, row);
            }
        }
        throw new IllegalStateException("every training row has a probability of 0 or 1");
    }

    /** Flat copies of a fitted model's trees (empty for logistic regression). */
    static List<FlatTree> flatTrees(Object classifier, int p) {
        StructType schema = predictorSchema(p);
        List<FlatTree> out = new ArrayList<>();
        if (classifier instanceof RandomForest) {
            for (RandomForest.Model m : ((RandomForest) classifier).models()) {
                out.add(FlatTree.of(m.tree.root(), schema, leaf -> {
                    int[] count = ((DecisionNode) leaf).count();
                    return (count[1] + 1.0) / (count[0] + count[1] + 2.0);
                }));
            }
        } else if (classifier instanceof GradientTreeBoost) {
            for (RegressionTree t : ((GradientTreeBoost) classifier).trees()) {
                out.add(FlatTree.of(t.root(), schema, leaf -> ((RegressionNode) leaf).output()));
            }
        }
        return out;
    }

    /** The scorer of a fitted model. */
    static Scorer scorer(ModelParams params, Object classifier, int p, double[] referenceMeans,
                         double boostingIntercept) {
        switch (params.kind()) {
            case LOGISTIC: {
                double[] w = ((LogisticRegression.Binomial) classifier).coefficients();
                double[] weights = java.util.Arrays.copyOf(w, p);
                return new LogisticScorer(weights, w[p], referenceMeans);
            }
            case FOREST: {
                RandomForest.Model[] models = ((RandomForest) classifier).models();
                double[] treeWeights = new double[models.length];
                for (int t = 0; t < models.length; t++) {
                    treeWeights[t] = models[t].weight;
                }
                return new ForestScorer(flatTrees(classifier, p), treeWeights);
            }
            default:
                return new BoostingScorer(flatTrees(classifier, p), params.shrinkage(), boostingIntercept);
        }
    }
}
