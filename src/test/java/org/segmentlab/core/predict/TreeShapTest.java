package org.segmentlab.core.predict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.segmentlab.core.Progress;

class TreeShapTest {

    private static ModelInput data;
    private static TrainedModel forest;
    private static TrainedModel boosting;
    private static TrainedModel logistic;

    /** What the tests of this class share is let go once they are done: other classes need the memory. */
    @AfterAll
    static void release() {
        data = null;
        forest = null;
        boosting = null;
        logistic = null;
    }

    @BeforeAll
    static void train() {
        data = PlantedData.customers(3000, 5);
        ModelTraining training = new ModelTraining();
        TrainingParams forestParams = TrainingParams.defaults(ModelKind.FOREST).withImportanceRepeats(0)
                .withModel(ModelParams.defaults(ModelKind.FOREST).withTrees(40));
        forest = training.train(data, PlantedData.schema(), forestParams, Progress.none()).model();
        boosting = training.train(data, PlantedData.schema(),
                TrainingParams.defaults(ModelKind.BOOSTING).withImportanceRepeats(0), Progress.none()).model();
        logistic = training.train(data, PlantedData.schema(),
                TrainingParams.defaults(ModelKind.LOGISTIC).withImportanceRepeats(0), Progress.none()).model();
    }

    @Test
    void packedTreesScoreExactlyAsAPlainWalkOfEachTree() {
        for (TrainedModel m : List.of(forest, boosting, logistic)) {
            double[][] x = m.preparation().apply(data.rows(java.util.stream.IntStream.range(0, 301).toArray()));
            double[] fast = m.probabilities(x);
            for (int i = 0; i < x.length; i++) {
                assertThat(fast[i]).as("%s row %d", m.kind(), i).isCloseTo(m.referenceProbability(x[i]), within(1e-12));
            }
        }
    }

    @Test
    void shapValuesAddUpToPredictionMinusExpectedValue() {
        for (TrainedModel m : List.of(forest, boosting, logistic)) {
            for (int row = 0; row < 100; row++) {
                Explanation e = m.explain(data, row);
                assertThat(e.contributionSum()).as("%s row %d", m.kind(), row)
                        .isCloseTo(e.output() - e.baseValue(), within(1e-9));
            }
        }
        assertThat(forest.explain(data, 0).scale()).isEqualTo(ExplanationScale.PROBABILITY);
        assertThat(boosting.explain(data, 0).scale()).isEqualTo(ExplanationScale.LOG_ODDS);
        // On the probability scale the output is the probability itself.
        Explanation f = forest.explain(data, 7);
        assertThat(f.output()).isCloseTo(f.probability(), within(1e-15));
    }

    @Test
    void treeShapEqualsShapleyValuesComputedFromEverySubset() {
        int p = forest.preparation().width();
        List<FlatTree> trees = ModelFitter.flatTrees(forest.classifier(), p);
        double[][] x = forest.preparation().apply(data.rows(new int[] {0, 1, 2, 3, 4}));
        for (int t = 0; t < 5; t++) {
            FlatTree tree = trees.get(t);
            for (double[] row : x) {
                double[] fast = new double[p];
                TreeShap.accumulate(tree, row, 1, fast);
                double[] exact = bruteForceShapley(tree, row, p);
                for (int j = 0; j < p; j++) {
                    assertThat(fast[j]).as("tree %d column %d", t, j).isCloseTo(exact[j], within(1e-12));
                }
            }
        }
    }

    @Test
    void logisticExplanationIsWeightTimesDistanceFromTheMean() {
        LogisticScorer s = (LogisticScorer) logistic.scorer();
        double[] x = logistic.preparation().apply(data.rows(new int[] {9}))[0];
        double[] phi = new double[x.length];
        s.contributions(x, phi);
        double[] w = s.weights();
        double[] reference = new double[x.length];
        for (int j = 0; j < x.length; j++) {
            reference[j] = x[j] - phi[j] / w[j];
        }
        // The reference point is the same for every row: the training means.
        double[] y = logistic.preparation().apply(data.rows(new int[] {10}))[0];
        double[] phiY = new double[y.length];
        s.contributions(y, phiY);
        for (int j = 0; j < x.length; j++) {
            assertThat(y[j] - phiY[j] / w[j]).isCloseTo(reference[j], within(1e-9));
        }
        // A categorical feature's drivers sum its levels' columns.
        Explanation e = logistic.explain(data, 9);
        double planSum = 0;
        List<String> columns = logistic.preparation().columnNames();
        for (int j = 0; j < columns.size(); j++) {
            if (columns.get(j).startsWith("plan=")) {
                planSum += phi[j];
            }
        }
        assertThat(e.drivers().get(3).feature()).isEqualTo("plan");
        assertThat(e.drivers().get(3).contribution()).isCloseTo(planSum, within(1e-12));
    }

    /**
     * Shapley values by their definition, {@code φ_i = Σ_S |S|!(M−|S|−1)!/M! (v(S ∪ {i}) − v(S))},
     * over the columns the tree uses (the others get 0), with v(S) the tree's expectation given the
     * columns in S: follow x at splits on S, otherwise average the children by training cover.
     */
    private static double[] bruteForceShapley(FlatTree tree, double[] x, int p) {
        int[] used = java.util.stream.IntStream.of(tree.feature).filter(f -> f >= 0).distinct().toArray();
        int m = used.length;
        double[] phi = new double[p];
        double[] factorial = new double[m + 1];
        factorial[0] = 1;
        for (int k = 1; k <= m; k++) {
            factorial[k] = factorial[k - 1] * k;
        }
        for (int i = 0; i < m; i++) {
            for (int mask = 0; mask < (1 << m); mask++) {
                if ((mask & (1 << i)) != 0) {
                    continue;
                }
                int size = Integer.bitCount(mask);
                double weight = factorial[size] * factorial[m - size - 1] / factorial[m];
                phi[used[i]] += weight * (expectation(tree, x, used, mask | (1 << i), 0)
                        - expectation(tree, x, used, mask, 0));
            }
        }
        return phi;
    }

    private static double expectation(FlatTree tree, double[] x, int[] used, int mask, int node) {
        if (tree.yes[node] < 0) {
            return tree.value[node];
        }
        int f = tree.feature[node];
        boolean known = false;
        for (int k = 0; k < used.length; k++) {
            if (used[k] == f && (mask & (1 << k)) != 0) {
                known = true;
            }
        }
        if (known) {
            return expectation(tree, x, used, mask, x[f] <= tree.threshold[node] ? tree.yes[node] : tree.no[node]);
        }
        int a = tree.yes[node];
        int b = tree.no[node];
        return (tree.cover[a] * expectation(tree, x, used, mask, a) + tree.cover[b] * expectation(tree, x, used, mask, b))
                / tree.cover[node];
    }
}
