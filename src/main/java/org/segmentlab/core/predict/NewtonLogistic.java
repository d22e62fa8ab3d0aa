package org.segmentlab.core.predict;

import java.io.Serializable;
import java.util.stream.IntStream;
import org.segmentlab.core.Progress;

/**
 * L2-regularised logistic regression by Newton's method: minimises
 * {@code Σ log(1 + e^(−s_i(b + w·x_i))) + λ/2 · Σ w²} (the intercept {@code b} is not penalised;
 * scikit-learn's {@code C} is {@code 1/λ}). Each step solves {@code (XᵀDX + λI) δ = ∇} by Cholesky
 * with {@code D = diag(p(1 − p))}, halving the step while the objective does not fall; it stops
 * when no weight moves by more than {@value #TOLERANCE}. The objective is convex, so this is its
 * minimum to that tolerance, reached in a handful of steps. Rows are summed in parallel blocks.
 */
final class NewtonLogistic {

    private static final double TOLERANCE = 1e-9;
    private static final int MAX_STEPS = 100;
    private static final int BLOCK = 4096;

    private NewtonLogistic() {
    }

    /**
     * A fitted logistic regression.
     *
     * @param weights   one per encoded column
     * @param steps     Newton steps taken
     */
    record Fit(double[] weights, double intercept, int steps) implements Serializable {
        private static final long serialVersionUID = 1L;

        private Object writeReplace() {
            return new SerialForm(SerialForm.LOGISTIC_FIT, weights, intercept, steps);
        }

        Fit {
            weights = weights.clone();
        }

        @Override
        public double[] weights() {
            return weights.clone();
        }
    }

    static Fit fit(double[][] x, int[] y, double lambda, Progress progress) {
        int n = x.length;
        int p = n == 0 ? 0 : x[0].length;
        int d = p + 1;
        double[] beta = new double[d];
        int positives = 0;
        for (int v : y) {
            positives += v;
        }
        beta[p] = Sigmoid.startingLogOdds((double) positives / n);
        // A whisper of ridge keeps the system solvable without a penalty (one-hot columns with an intercept).
        double ridge = lambda > 0 ? lambda : 1e-10 * n;
        double objective = objective(x, y, beta, lambda);
        int steps = 0;
        for (; steps < MAX_STEPS; steps++) {
            progress.checkCancelled();
            double[][] sums = gradientAndHessian(x, y, beta);
            double[] grad = sums[0];
            double[] hess = sums[1];
            for (int j = 0; j < p; j++) {
                grad[j] += lambda * beta[j];
                hess[j * d + j] += ridge;
            }
            double[] delta = solve(hess, grad, d);
            double t = 1;
            double[] next = new double[d];
            double nextObjective;
            while (true) {
                for (int j = 0; j < d; j++) {
                    next[j] = beta[j] - t * delta[j];
                }
                nextObjective = objective(x, y, next, lambda);
                if (nextObjective <= objective + 1e-12 * Math.abs(objective) || t < 1e-8) {
                    break;
                }
                t /= 2;
            }
            double moved = 0;
            for (int j = 0; j < d; j++) {
                moved = Math.max(moved, Math.abs(next[j] - beta[j]));
            }
            System.arraycopy(next, 0, beta, 0, d);
            objective = nextObjective;
            progress.update(Math.min(0.95, (steps + 1) / 10.0), "Newton step " + (steps + 1));
            if (moved < TOLERANCE) {
                steps++;
                break;
            }
        }
        double[] w = new double[p];
        System.arraycopy(beta, 0, w, 0, p);
        return new Fit(w, beta[p], steps);
    }

    private static double objective(double[][] x, int[] y, double[] beta, double lambda) {
        int p = beta.length - 1;
        int blocks = (x.length + BLOCK - 1) / BLOCK;
        double loss = IntStream.range(0, blocks).parallel().mapToDouble(k -> {
            double sum = 0;
            for (int i = k * BLOCK, end = Math.min(x.length, (k + 1) * BLOCK); i < end; i++) {
                double z = beta[p];
                double[] row = x[i];
                for (int j = 0; j < p; j++) {
                    z += beta[j] * row[j];
                }
                sum += Sigmoid.logLoss(z, y[i]);
            }
            return sum;
        }).sum();
        double penalty = 0;
        for (int j = 0; j < p; j++) {
            penalty += beta[j] * beta[j];
        }
        return loss + lambda / 2 * penalty;
    }

    /** {@code [∇ of the loss (d), XᵀDX (d × d, row-major)]} with the intercept as column p. */
    private static double[][] gradientAndHessian(double[][] x, int[] y, double[] beta) {
        int p = beta.length - 1;
        int d = p + 1;
        int blocks = (x.length + BLOCK - 1) / BLOCK;
        double[][] total = IntStream.range(0, blocks).parallel().mapToObj(k -> {
            double[] grad = new double[d];
            double[] hess = new double[d * d];
            // One-hot columns are mostly 0: each row adds only the products of its nonzero columns.
            int[] nonzero = new int[d];
            double[] value = new double[d];
            for (int i = k * BLOCK, end = Math.min(x.length, (k + 1) * BLOCK); i < end; i++) {
                double[] row = x[i];
                double z = beta[p];
                int m = 0;
                for (int j = 0; j < p; j++) {
                    double v = row[j];
                    if (v != 0) {
                        z += beta[j] * v;
                        nonzero[m] = j;
                        value[m++] = v;
                    }
                }
                nonzero[m] = p;
                value[m++] = 1;
                double prob = Sigmoid.of(z);
                double r = prob - y[i];
                double w = prob * (1 - prob);
                for (int a = 0; a < m; a++) {
                    double xa = value[a];
                    grad[nonzero[a]] += r * xa;
                    double wa = w * xa;
                    int base = nonzero[a] * d;
                    for (int b = a; b < m; b++) {
                        hess[base + nonzero[b]] += wa * value[b];
                    }
                }
            }
            return new double[][] {grad, hess};
        }).reduce((a, b) -> {
            for (int j = 0; j < a[0].length; j++) {
                a[0][j] += b[0][j];
            }
            for (int j = 0; j < a[1].length; j++) {
                a[1][j] += b[1][j];
            }
            return a;
        }).orElseThrow();
        double[] hess = total[1];
        for (int a = 0; a < d; a++) {
            for (int b = 0; b < a; b++) {
                hess[a * d + b] = hess[b * d + a];
            }
        }
        return total;
    }

    /** Solves {@code A δ = g} for a symmetric positive definite {@code A} (row-major, d × d) by Cholesky. */
    static double[] solve(double[] a, double[] g, int d) {
        double[] l = new double[d * d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j <= i; j++) {
                double sum = a[i * d + j];
                for (int k = 0; k < j; k++) {
                    sum -= l[i * d + k] * l[j * d + k];
                }
                if (i == j) {
                    // Rounding can leave a pivot of a near-singular system at or below zero: keep it positive.
                    l[i * d + i] = Math.sqrt(Math.max(sum, 1e-12 * Math.max(1, Math.abs(a[i * d + i]))));
                } else {
                    l[i * d + j] = sum / l[j * d + j];
                }
            }
        }
        double[] z = new double[d];
        for (int i = 0; i < d; i++) {
            double sum = g[i];
            for (int k = 0; k < i; k++) {
                sum -= l[i * d + k] * z[k];
            }
            z[i] = sum / l[i * d + i];
        }
        double[] delta = new double[d];
        for (int i = d - 1; i >= 0; i--) {
            double sum = z[i];
            for (int k = i + 1; k < d; k++) {
                sum -= l[k * d + i] * delta[k];
            }
            delta[i] = sum / l[i * d + i];
        }
        return delta;
    }
}
