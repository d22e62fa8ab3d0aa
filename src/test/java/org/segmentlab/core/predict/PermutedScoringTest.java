package org.segmentlab.core.predict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.segmentlab.core.Progress;

/**
 * Permutation importance scores shuffled copies of the hold-out rows by walking again only the
 * trees whose path asks about a shuffled column: the probabilities must be those of scoring the
 * shuffled rows in full, for every feature, shuffle after shuffle and back to an earlier feature.
 */
class PermutedScoringTest {

    private static final int N = 700;

    /** Five columns; columns 3 and 4 are one feature (the bits say so), so four features. */
    private static double[][] rows(Random random, int[] y) {
        double[][] x = new double[N][5];
        for (int i = 0; i < N; i++) {
            x[i][0] = random.nextGaussian();
            x[i][1] = random.nextInt(30);
            x[i][2] = random.nextDouble();
            int level = random.nextInt(3);
            x[i][3] = level == 0 ? 1 : 0;
            x[i][4] = level == 1 ? 1 : 0;
            double z = 0.9 * x[i][0] - 0.05 * x[i][1] + (level == 1 ? 1 : 0) + 0.2;
            y[i] = random.nextDouble() < 1 / (1 + Math.exp(-z)) ? 1 : 0;
        }
        return x;
    }

    private static final long[] COLUMN_BIT = {1, 2, 4, 8, 8};

    private static double[][] shuffled(double[][] x, int[] columns, Random random) {
        int[] perm = new int[N];
        for (int i = 0; i < N; i++) {
            perm[i] = i;
        }
        for (int i = N - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = perm[i];
            perm[i] = perm[j];
            perm[j] = t;
        }
        double[][] out = new double[N][];
        for (int i = 0; i < N; i++) {
            out[i] = x[i].clone();
            for (int c : columns) {
                out[i][c] = x[perm[i]][c];
            }
        }
        return out;
    }

    private static void permutedScoresEqualFullScores(Scorer scorer, double[][] x) {
        Scorer.Permuted permuted = scorer.permuted(x, COLUMN_BIT);
        assertThat(permuted).isNotNull();
        Random random = new Random(5);
        int[][] columnsOf = {{0}, {1}, {2}, {3, 4}};
        int changed = 0;
        Scorer.Changed[] byFeature = new Scorer.Changed[4];
        // features 0..3, twice each, then feature 1 again after others, with the scorer made for it first
        for (int f : new int[] {0, 0, 1, 1, 2, 3, 3, 1}) {
            if (byFeature[f] == null) {
                byFeature[f] = permuted.feature(1L << f);
            }
            double[][] rows = shuffled(x, columnsOf[f], random);
            double[] fast = new double[N];
            byFeature[f].probabilities(rows, fast);
            double[] full = new double[N];
            scorer.probabilities(rows, N, full);
            double[] base = new double[N];
            scorer.probabilities(x, N, base);
            for (int i = 0; i < N; i++) {
                assertThat(fast[i]).as("feature %d row %d", f, i).isCloseTo(full[i], within(1e-12));
                changed += Math.abs(full[i] - base[i]) > 1e-9 ? 1 : 0;
            }
        }
        // the shuffles did move scores, so the comparison covers walked trees, not only kept leaves
        assertThat(changed).isGreaterThan(N);
    }

    @Test
    void boostingScoresOfShuffledRowsEqualScoringThemInFull() {
        Random random = new Random(3);
        int[] y = new int[N];
        double[][] x = rows(random, y);
        TreeEnsemble e = BoostingLearner.fit(Binning.of(x), y, ModelParams.defaults(ModelKind.BOOSTING).withTrees(30),
                null, 1, Progress.none());
        permutedScoresEqualFullScores(BoostingScorer.ofLogOdds(e.treeList(), 1, e.intercept()), x);
    }

    @Test
    void forestScoresOfShuffledRowsEqualScoringThemInFull() {
        Random random = new Random(4);
        int[] y = new int[N];
        double[][] x = rows(random, y);
        TreeEnsemble e = ForestLearner.fit(Binning.of(x), y,
                ModelParams.defaults(ModelKind.FOREST).withTrees(40), null, 2, Progress.none());
        double[] weights = new double[e.trees().length];
        Arrays.fill(weights, 1);
        permutedScoresEqualFullScores(new ForestScorer(List.of(e.trees()), weights), x);
    }
}
