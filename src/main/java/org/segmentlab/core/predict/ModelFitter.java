package org.segmentlab.core.predict;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.segmentlab.core.Progress;
import smile.base.cart.DecisionNode;
import smile.base.cart.RegressionNode;
import smile.classification.DecisionTree;
import smile.classification.GradientTreeBoost;
import smile.classification.LogisticRegression;
import smile.data.DataFrame;
import smile.data.type.StructType;
import smile.regression.RegressionTree;

/**
 * Fits classifiers on encoded rows with SegmentLab's own learners ({@link NewtonLogistic},
 * {@link ForestLearner}, {@link BoostingLearner}), and turns a fitted one — or the Smile model of
 * an older model file — into a {@link Scorer}.
 */
final class ModelFitter {

    /** Wider than this, logistic regression is fitted by Smile's L-BFGS (a Newton step costs columns² per row). */
    static final int NEWTON_COLUMNS = 300;

    private ModelFitter() {
    }

    /**
     * Fits a classifier.
     *
     * @param classWeight weights of class 0 and 1 for the tree models, or null for equal weights
     * @return {@link NewtonLogistic.Fit}, a {@link TreeEnsemble}, or for logistic regression on more
     *         than {@value #NEWTON_COLUMNS} columns Smile's {@code LogisticRegression.Binomial}
     */
    static Serializable fit(ModelParams params, double[][] x, int[] y, int[] classWeight, long seed,
                            Progress progress) {
        progress.checkCancelled();
        switch (params.kind()) {
            case LOGISTIC:
                if (x.length > 0 && x[0].length > NEWTON_COLUMNS) {
                    return LogisticRegression.binomial(x, y, params.lambda(), 1e-6, 1000);
                }
                return NewtonLogistic.fit(x, y, params.lambda(), progress);
            case FOREST:
                return ForestLearner.fit(Binning.of(x), y, params, classWeight, seed, progress);
            default:
                return BoostingLearner.fit(Binning.of(x), y, params, classWeight, seed, progress);
        }
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

    /** Flat copies of a fitted model's trees (empty for logistic regression). */
    static List<FlatTree> flatTrees(Object classifier, int p) {
        if (classifier instanceof TreeEnsemble) {
            return ((TreeEnsemble) classifier).treeList();
        }
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

    /** The scorer of a fitted model: SegmentLab's own, or a Smile model from an older model file. */
    static Scorer scorer(ModelParams params, Object classifier, int p, double[] referenceMeans,
                         double boostingIntercept) {
        if (classifier instanceof NewtonLogistic.Fit) {
            NewtonLogistic.Fit fit = (NewtonLogistic.Fit) classifier;
            return new LogisticScorer(fit.weights(), fit.intercept(), referenceMeans);
        }
        if (classifier instanceof TreeEnsemble) {
            TreeEnsemble ensemble = (TreeEnsemble) classifier;
            if (ensemble.kind() == ModelKind.FOREST) {
                double[] treeWeights = new double[ensemble.trees().length];
                Arrays.fill(treeWeights, 1);
                return new ForestScorer(ensemble.treeList(), treeWeights);
            }
            return BoostingScorer.ofLogOdds(ensemble.treeList(), 1, ensemble.intercept());
        }
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
                return BoostingScorer.ofSmile(flatTrees(classifier, p), params.shrinkage(), boostingIntercept);
        }
    }
}
