package org.segmentlab.core.predict;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.segmentlab.core.Progress;
import smile.base.cart.CART;
import smile.base.cart.DecisionNode;
import smile.base.cart.RegressionNode;
import smile.base.cart.SplitRule;
import smile.classification.DecisionTree;
import smile.classification.GradientTreeBoost;
import smile.classification.LogisticRegression;
import smile.data.DataFrame;
import smile.data.Tuple;
import smile.data.formula.Formula;
import smile.data.type.StructField;
import smile.data.type.StructType;
import smile.data.vector.IntVector;
import smile.math.MathEx;
import smile.regression.RegressionTree;

/** Fits Smile's classifiers on encoded rows, and turns a fitted one into a {@link Scorer}. */
final class ModelFitter {

    /** Forest trees are grown in this many batches, so progress moves and a cancel is heard between them. */
    private static final int FOREST_BATCHES = 8;
    private static final String LABEL = "y";

    private ModelFitter() {
    }

    /**
     * Fits a classifier.
     *
     * @param forestClassWeight weights of class 0 and 1 for the forest, or null for equal weights
     * @return the fitted Smile model: {@code LogisticRegression.Binomial}, {@code DecisionTree[]} (the
     *         forest) or {@code GradientTreeBoost}
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

    /**
     * A random forest grown from Smile's classification trees. Smile's own {@code RandomForest}
     * seeds each tree but grows them on the shared fork-join pool, where a thread waiting inside one
     * tree may pick up another and reseed the generator both use, so two runs with one seed can
     * differ. Here each tree is grown whole on one thread, its generator seeded just before, and
     * the bootstrap is drawn with its own seeded generator. As in Smile, each tree draws a bootstrap
     * sample within each class (so the class ratio holds), tries {@code floor(sqrt(p))} columns
     * per split, and class weights multiply the sample counts.
     */
    private static DecisionTree[] fitForest(ModelParams params, double[][] x, int[] y, int[] classWeight, long seed,
                                            Progress progress) {
        DataFrame frame = DataFrame.of(x, columnNames(x[0].length));
        StructField response = IntVector.of(LABEL, y).field();
        int[][] order = CART.order(frame);
        int mtry = params.mtryFor(frame.ncol());
        int[][] members = classMembers(y);
        long[] treeSeeds = new SplittableRandom(seed).longs(params.trees()).toArray();
        DecisionTree[] trees = new DecisionTree[params.trees()];
        AtomicInteger grown = new AtomicInteger();
        int step = Math.max(1, params.trees() / FOREST_BATCHES);
        for (int first = 0; first < trees.length; first += step) {
            progress.checkCancelled();
            int last = Math.min(trees.length, first + step);
            IntStream.range(first, last).parallel().forEach(t -> {
                int[] samples = bootstrap(members, y.length, classWeight, new SplittableRandom(treeSeeds[t]));
                // Smile draws the columns tried at each split from this thread's generator.
                MathEx.setSeed(treeSeeds[t]);
                trees[t] = new DecisionTree(frame, y, response, 2, SplitRule.GINI, params.maxDepth(),
                        params.maxNodes(), params.nodeSize(), mtry, samples, order);
                grown.incrementAndGet();
            });
            progress.update((double) grown.get() / trees.length, "Growing trees " + grown.get() + "/" + trees.length);
        }
        return trees;
    }

    private static int[][] classMembers(int[] y) {
        int positives = 0;
        for (int v : y) {
            positives += v;
        }
        int[][] members = {new int[y.length - positives], new int[positives]};
        int[] at = new int[2];
        for (int i = 0; i < y.length; i++) {
            members[y[i]][at[y[i]]++] = i;
        }
        return members;
    }

    private static int[] bootstrap(int[][] members, int n, int[] classWeight, SplittableRandom random) {
        int[] samples = new int[n];
        for (int cls = 0; cls < 2; cls++) {
            int[] rows = members[cls];
            int weight = classWeight == null ? 1 : classWeight[cls];
            for (int draw = 0; draw < rows.length; draw++) {
                samples[rows[random.nextInt(rows.length)]] += weight;
            }
        }
        return samples;
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
        if (classifier instanceof DecisionTree[]) {
            for (DecisionTree tree : (DecisionTree[]) classifier) {
                out.add(FlatTree.of(tree.root(), schema, leaf -> {
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
                double[] weights = Arrays.copyOf(w, p);
                return new LogisticScorer(weights, w[p], referenceMeans);
            }
            case FOREST: {
                double[] treeWeights = new double[((DecisionTree[]) classifier).length];
                Arrays.fill(treeWeights, 1);
                return new ForestScorer(flatTrees(classifier, p), treeWeights);
            }
            default:
                return new BoostingScorer(flatTrees(classifier, p), params.shrinkage(), boostingIntercept);
        }
    }
}
