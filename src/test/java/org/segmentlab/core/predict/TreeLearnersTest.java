package org.segmentlab.core.predict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.segmentlab.core.Progress;

class TreeLearnersTest {

    private static ModelParams forest(int trees, int depth, int minLeaf) {
        return ModelParams.defaults(ModelKind.FOREST).withTrees(trees).withMaxDepth(depth).withMinLeaf(minLeaf);
    }

    private static double[][] noise(int n, int p, Random random, int[] y) {
        double[][] x = new double[n][p];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                x[i][j] = random.nextInt(50);
            }
            y[i] = random.nextDouble() < 0.3 + 0.01 * x[i][0] ? 1 : 0;
        }
        return x;
    }

    /** x = 0..9 (30 rows each), positive from 5: every tree splits once at 4.5 into two pure leaves. */
    @Test
    void aForestOnOneCleanCutLearnsThatCutInEveryTree() {
        double[][] x = new double[300][1];
        int[] y = new int[300];
        for (int i = 0; i < 300; i++) {
            x[i][0] = i % 10;
            y[i] = i % 10 >= 5 ? 1 : 0;
        }
        TreeEnsemble e = ForestLearner.fit(Binning.of(x), y, forest(25, 10, 1), null, 1, Progress.none());
        assertThat(e.trees()).hasSize(25);
        for (FlatTree t : e.trees()) {
            assertThat(t.size()).isEqualTo(3);
            assertThat(t.threshold[0]).isEqualTo(4.5);
            assertThat(t.predict(new double[] {4})).isEqualTo(0.0);
            assertThat(t.predict(new double[] {5})).isEqualTo(1.0);
        }
    }

    @Test
    void forestTreesKeepTheDepthAndLeafSizeLimitsAndLeavesHoldTheirShareOfPositives() {
        Random random = new Random(4);
        int[] y = new int[2000];
        double[][] x = noise(2000, 6, random, y);
        for (int[] limits : new int[][] {{4, 1}, {40, 7}}) {
            TreeEnsemble e = ForestLearner.fit(Binning.of(x), y, forest(10, limits[0], limits[1]), null, 2,
                    Progress.none());
            for (FlatTree t : e.trees()) {
                assertThat(t.depth).isLessThanOrEqualTo(limits[0]);
                for (int n = 0; n < t.size(); n++) {
                    if (t.yes[n] < 0) {
                        // a leaf's cover counts bootstrap draws; each distinct row is drawn at least once
                        assertThat(t.cover[n]).isGreaterThanOrEqualTo(limits[1]);
                        assertThat(t.value[n]).isBetween(0.0, 1.0);
                    } else {
                        assertThat(t.cover[n]).isEqualTo(t.cover[t.yes[n]] + t.cover[t.no[n]]);
                    }
                }
                // the root covers one bootstrap draw per training row
                assertThat(t.cover[0]).isEqualTo(2000);
            }
        }
    }

    @Test
    void aSeedGivesTheSameForestOnAnyRun() {
        Random random = new Random(8);
        int[] y = new int[1500];
        double[][] x = noise(1500, 5, random, y);
        TreeEnsemble a = ForestLearner.fit(Binning.of(x), y, forest(16, 20, 3), null, 9, Progress.none());
        TreeEnsemble b = ForestLearner.fit(Binning.of(x), y, forest(16, 20, 3), null, 9, Progress.none());
        TreeEnsemble c = ForestLearner.fit(Binning.of(x), y, forest(16, 20, 3), null, 10, Progress.none());
        for (int t = 0; t < 16; t++) {
            assertThat(a.trees()[t].threshold).containsExactly(b.trees()[t].threshold);
            assertThat(a.trees()[t].value).containsExactly(b.trees()[t].value);
        }
        boolean differs = false;
        for (int t = 0; t < 16; t++) {
            differs |= !java.util.Arrays.equals(a.trees()[t].value, c.trees()[t].value);
        }
        assertThat(differs).isTrue();
    }

    /**
     * x = 1, 2, 3, 4 with outcomes 0, 0, 1, 1; start at log-odds 0 (p = ½), so gradients p − y are
     * ½, ½, −½, −½ and hessians ¼. One tree of two leaves cut at 2.5: each leaf's step is
     * −G/H = ∓1/0.5 = ∓2 at learning rate 1.
     */
    @Test
    void theFirstBoostingTreeTakesNewtonStepsOnTheGradients() {
        double[][] x = {{1}, {2}, {3}, {4}};
        int[] y = {0, 0, 1, 1};
        ModelParams params = new ModelParams(ModelKind.BOOSTING, 0, 1, 10, 2, 1, 1.0, 1, 0);
        TreeEnsemble e = BoostingLearner.fit(Binning.of(x), y, params, null, 1, Progress.none());
        assertThat(e.intercept()).isEqualTo(0.0);
        FlatTree t = e.trees()[0];
        assertThat(t.size()).isEqualTo(3);
        assertThat(t.threshold[0]).isEqualTo(2.5);
        assertThat(t.predict(new double[] {1})).isCloseTo(-2, within(1e-12));
        assertThat(t.predict(new double[] {4})).isCloseTo(2, within(1e-12));
        assertThat(e.notes()).isEmpty();
    }

    /**
     * Class weights 1 and 3 on the same rows: the weighted rate 6/8 starts the model at log 3; the
     * gradients are 1·¾ and 3·(¾ − 1), the hessians 1·3/16 and 3·3/16, so the leaves step
     * −1.5/0.375 = −4 and 1.5/1.125 = 4/3.
     */
    @Test
    void boostingClassWeightsMultiplyEachRowsGradientAndHessian() {
        double[][] x = {{1}, {2}, {3}, {4}};
        int[] y = {0, 0, 1, 1};
        ModelParams params = new ModelParams(ModelKind.BOOSTING, 0, 1, 10, 2, 1, 1.0, 1, 0);
        TreeEnsemble e = BoostingLearner.fit(Binning.of(x), y, params, new int[] {1, 3}, 1, Progress.none());
        assertThat(e.intercept()).isCloseTo(Math.log(3), within(1e-9));
        FlatTree t = e.trees()[0];
        assertThat(t.predict(new double[] {1})).isCloseTo(-4, within(1e-9));
        assertThat(t.predict(new double[] {4})).isCloseTo(4.0 / 3, within(1e-9));
    }

    /** The intercept is the training log-odds, and more trees lower the training log loss. */
    @Test
    void boostingStartsAtTheLogOddsAndEachTreeLowersTheTrainingLoss() {
        Random random = new Random(6);
        int[] y = new int[3000];
        double[][] x = noise(3000, 4, random, y);
        double rate = java.util.Arrays.stream(y).average().orElseThrow();
        double previous = Double.POSITIVE_INFINITY;
        for (int trees : new int[] {1, 5, 20, 60}) {
            ModelParams params = ModelParams.defaults(ModelKind.BOOSTING).withTrees(trees);
            TreeEnsemble e = BoostingLearner.fit(Binning.of(x), y, params, null, 1, Progress.none());
            assertThat(e.intercept()).isCloseTo(Math.log(rate / (1 - rate)), within(1e-12));
            assertThat(e.trees()).hasSize(trees);
            for (FlatTree t : e.trees()) {
                int leaves = 0;
                for (int n = 0; n < t.size(); n++) {
                    leaves += t.yes[n] < 0 ? 1 : 0;
                    if (t.yes[n] < 0) {
                        assertThat(t.cover[n]).isGreaterThanOrEqualTo(params.nodeSize());
                    }
                }
                assertThat(leaves).isLessThanOrEqualTo(params.maxNodes());
            }
            double loss = 0;
            for (int i = 0; i < y.length; i++) {
                double z = e.intercept();
                for (FlatTree t : e.trees()) {
                    z += t.predict(x[i]);
                }
                double p = 1 / (1 + Math.exp(-z));
                loss -= y[i] == 1 ? Math.log(p) : Math.log(1 - p);
            }
            assertThat(loss).isLessThan(previous);
            previous = loss;
        }
    }

    /** Above 10,000 rows a stratified tenth is held back and trees stop once its loss stops improving. */
    @Test
    void boostingOnManyRowsStopsEarlyAndSaysSo() {
        Random random = new Random(7);
        int[] y = new int[12_000];
        double[][] x = noise(12_000, 3, random, y);
        ModelParams params = ModelParams.defaults(ModelKind.BOOSTING).withTrees(300);
        TreeEnsemble e = BoostingLearner.fit(Binning.of(x), y, params, null, 1, Progress.none());
        assertThat(e.trees().length).isLessThan(300);
        assertThat(e.notes()).singleElement().asString()
                .contains("held back 1,200 of its 12,000 training rows")
                .contains("stopped at " + e.trees().length + " of 300 trees");
        // the held-back tenth is stratified, so the rows trained on keep the overall rate
        double rate = java.util.Arrays.stream(y).average().orElseThrow();
        assertThat(e.intercept()).isCloseTo(Math.log(rate / (1 - rate)), within(1e-3));
    }

    /**
     * Two text columns one-hot encoded (four levels, the last with no column of its own, and three
     * levels), a number and a constant-free 0/1 flag that overlaps everything: the first column's
     * indicators form one bundle, the second's another, and the number and the flag read alone.
     */
    private static double[][] oneHot(int n, Random random, int[] y) {
        double[][] x = new double[n][9];
        for (int i = 0; i < n; i++) {
            int a = random.nextInt(4);
            int b = random.nextInt(3);
            x[i][0] = random.nextInt(40);
            for (int level = 0; level < 3; level++) {
                x[i][1 + level] = a == level ? 1 : 0;
                x[i][4 + level] = b == level ? 1 : 0;
            }
            x[i][7] = random.nextInt(2);
            x[i][8] = a == 3 && b == 2 ? 5 : -5;
            double z = -1 + 0.04 * x[i][0] + (a == 1 ? 1.2 : 0) - (b == 2 ? 0.8 : 0) + 0.3 * x[i][7];
            y[i] = random.nextDouble() < 1 / (1 + Math.exp(-z)) ? 1 : 0;
        }
        return x;
    }

    @Test
    void twoBinColumnsNoRowSharesAreBundledAndOverlappingOnesAreNot() {
        Random random = new Random(11);
        int[] y = new int[600];
        Binning bins = Binning.of(oneHot(600, random, y));
        BoostingLearner.Bundles bundles = BoostingLearner.Bundles.of(bins, 600);
        // column 8 is two-bin and shares no row with columns 1..3 (level 3 of the first text column)
        // but shares rows with 4..6 and 7, so greedily it joins the first bundle
        assertThat(bundles.members).hasNumberOfRows(2);
        assertThat(bundles.members[0]).containsExactly(1, 2, 3, 8);
        assertThat(bundles.members[1]).containsExactly(4, 5, 6);
        assertThat(bundles.single).containsExactly(0, 7);
        for (int i = 0; i < 600; i++) {
            int level = 0;
            for (int m = 0; m < 4; m++) {
                if (bins.codes[bundles.members[0][m]][i] != 0) {
                    assertThat(level).isZero();
                    level = m + 1;
                }
            }
            assertThat(bundles.codes[0][i]).isEqualTo((byte) level);
        }
    }

    /**
     * Reading indicator columns as bundles changes how histograms are summed (a lower bin is the
     * total minus the upper one), not what the trees predict. Which of two splits that part the rows
     * alike is taken (below a split on level 2 of the second column, "level 0" and "level 1" are the
     * same split) may follow the last bit of a sum, so the predictions are compared, not the nodes.
     */
    @Test
    void boostingWithBundlesPredictsWhatItPredictsWithoutThem() {
        Random random = new Random(12);
        int[] y = new int[4000];
        double[][] x = oneHot(4000, random, y);
        Binning bins = Binning.of(x);
        ModelParams params = ModelParams.defaults(ModelKind.BOOSTING).withTrees(40);
        TreeEnsemble with = BoostingLearner.fit(bins, y, params, null, 3, Progress.none(), true);
        TreeEnsemble without = BoostingLearner.fit(bins, y, params, null, 3, Progress.none(), false);
        assertThat(with.trees()).hasSameSizeAs(without.trees());
        for (double[] row : x) {
            double a = with.intercept();
            double b = without.intercept();
            for (int t = 0; t < with.trees().length; t++) {
                a += with.trees()[t].predict(row);
                b += without.trees()[t].predict(row);
            }
            assertThat(a).isCloseTo(b, within(1e-9));
        }
        // and the bundles were used: the one-hot columns split somewhere
        boolean oneHotSplit = false;
        for (FlatTree t : with.trees()) {
            for (int n = 0; n < t.size(); n++) {
                oneHotSplit |= t.yes[n] >= 0 && t.feature[n] >= 1 && t.feature[n] <= 6;
            }
        }
        assertThat(oneHotSplit).isTrue();
    }
}
