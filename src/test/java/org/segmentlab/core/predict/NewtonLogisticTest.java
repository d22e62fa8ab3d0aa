package org.segmentlab.core.predict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.segmentlab.core.Progress;

class NewtonLogisticTest {

    /** Rows of three numbers and a one-hot category of three levels; outcome from a known logistic model. */
    private static double[][] rows(int n, Random random, int[] y) {
        double[][] x = new double[n][6];
        for (int i = 0; i < n; i++) {
            x[i][0] = random.nextGaussian();
            x[i][1] = random.nextGaussian() * 2;
            x[i][2] = random.nextDouble();
            x[i][3 + random.nextInt(3)] = 1;
            double z = -0.5 + 1.2 * x[i][0] - 0.4 * x[i][1] + 0.8 * x[i][4];
            y[i] = random.nextDouble() < 1 / (1 + Math.exp(-z)) ? 1 : 0;
        }
        return x;
    }

    /** At the minimum the gradient of the penalised loss is zero: Xᵀ(p − y) + λw = 0, Σ(p − y) = 0. */
    @Test
    void theFitSolvesThePenalisedScoreEquations() {
        Random random = new Random(11);
        int n = 3000;
        int[] y = new int[n];
        double[][] x = rows(n, random, y);
        for (double lambda : new double[] {1, 10}) {
            NewtonLogistic.Fit fit = NewtonLogistic.fit(x, y, lambda, Progress.none());
            double[] w = fit.weights();
            double[] grad = new double[w.length + 1];
            for (int i = 0; i < n; i++) {
                double z = fit.intercept();
                for (int j = 0; j < w.length; j++) {
                    z += w[j] * x[i][j];
                }
                double r = 1 / (1 + Math.exp(-z)) - y[i];
                for (int j = 0; j < w.length; j++) {
                    grad[j] += r * x[i][j];
                }
                grad[w.length] += r;
            }
            for (int j = 0; j < w.length; j++) {
                assertThat(grad[j] + lambda * w[j]).as("λ %s column %d", lambda, j).isCloseTo(0, within(1e-7));
            }
            assertThat(grad[w.length]).as("intercept").isCloseTo(0, within(1e-7));
            assertThat(fit.steps()).isLessThan(15);
        }
    }

    /** Smile's L-BFGS solves the same problem; the two agree to its tolerance. */
    @Test
    void agreesWithSmilesLbfgsOnTheSameProblem() {
        Random random = new Random(12);
        int n = 2000;
        int[] y = new int[n];
        double[][] x = rows(n, random, y);
        NewtonLogistic.Fit fit = NewtonLogistic.fit(x, y, 1, Progress.none());
        double[] lbfgs = smile.classification.LogisticRegression.binomial(x, y, 1, 1e-10, 1000).coefficients();
        for (int j = 0; j < 6; j++) {
            assertThat(fit.weights()[j]).as("column %d", j).isCloseTo(lbfgs[j], within(1e-4));
        }
        assertThat(fit.intercept()).isCloseTo(lbfgs[6], within(1e-4));
        // and it recovers the generating slopes roughly
        assertThat(fit.weights()[0]).isCloseTo(1.2, within(0.2));
        assertThat(fit.weights()[1]).isCloseTo(-0.4, within(0.1));
    }

    /** One binary column, no penalty: the fit reproduces the two groups' rates exactly. */
    @Test
    void withoutPenaltyTheFittedRatesAreTheObservedRates() {
        // x = 0: 30 of 100 positive; x = 1: 80 of 100 positive.
        double[][] x = new double[200][1];
        int[] y = new int[200];
        for (int i = 0; i < 200; i++) {
            x[i][0] = i < 100 ? 0 : 1;
            y[i] = i < 100 ? (i < 30 ? 1 : 0) : (i < 180 ? 1 : 0);
        }
        NewtonLogistic.Fit fit = NewtonLogistic.fit(x, y, 0, Progress.none());
        assertThat(1 / (1 + Math.exp(-fit.intercept()))).isCloseTo(0.3, within(1e-8));
        assertThat(1 / (1 + Math.exp(-(fit.intercept() + fit.weights()[0])))).isCloseTo(0.8, within(1e-8));
    }
}
