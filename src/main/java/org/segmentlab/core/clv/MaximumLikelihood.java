package org.segmentlab.core.clv;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.segmentlab.core.Progress;

/**
 * Maximises a log-likelihood over positive parameters. The search runs on their logarithms (so every
 * step stays in bounds) and minimises −LL/n + λ Σθ², the mean negative log-likelihood with an optional
 * L2 penalty as {@code lifetimes} applies it. BFGS with a backtracking line search uses the model's
 * analytic gradient, or central differences when it has none; if BFGS stalls or meets non-finite values,
 * Nelder–Mead restarts the search and BFGS polishes its result. Standard errors come from the Hessian
 * of the (penalised) negative log-likelihood at the optimum, taken by differences of the gradient.
 */
final class MaximumLikelihood {

    private static final int MAX_ITERATIONS = 1000;
    private static final double GRADIENT_TOLERANCE = 1e-9;
    private static final double MAX_LOG_STEP = 3.0;
    /** Beyond these logarithms a parameter is "at a bound": e^±18 is 1.5e-8 or 6.6e7. */
    static final double LOG_BOUND = 18.0;

    private MaximumLikelihood() {
    }

    /** The optimum found and how it was reached. */
    record Outcome(double[] theta, double logLikelihood, boolean converged, int iterations, String method,
                   double[] standardErrors, double[][] correlation, boolean hessianPositive) {
    }

    static Outcome maximize(LogLikelihood ll, double[] start, double penalizer, double n, Progress progress) {
        Objective f = new Objective(ll, penalizer, n);
        double[] phi0 = new double[start.length];
        for (int i = 0; i < start.length; i++) {
            phi0[i] = Math.log(start[i]);
        }
        Result best = bfgs(f, phi0, progress.slice(0, 0.6));
        String method = "BFGS";
        if (!best.converged || !Double.isFinite(best.value)) {
            Result simplex = nelderMead(f, phi0, progress.slice(0.6, 0.8));
            Result polished = bfgs(f, simplex.phi, progress.slice(0.8, 0.95));
            Result chosen = polished.value <= simplex.value ? polished : simplex;
            if (!Double.isFinite(best.value) || chosen.value <= best.value) {
                best = new Result(chosen.phi, chosen.value, polished.converged, best.iterations + simplex.iterations
                        + polished.iterations);
                method = "Nelder-Mead, then BFGS";
            }
        }
        double[] theta = exp(best.phi);
        double logLik = ll.value(theta, null);
        double[][] hessian = hessian(f, best.phi);
        double[] se = new double[theta.length];
        double[][] corr = new double[theta.length][theta.length];
        boolean positive = false;
        double[][] cov = invertPositiveDefinite(hessian);
        if (cov != null) {
            positive = true;
            for (int i = 0; i < theta.length; i++) {
                se[i] = theta[i] * Math.sqrt(cov[i][i]);
                for (int j = 0; j < theta.length; j++) {
                    corr[i][j] = cov[i][j] / Math.sqrt(cov[i][i] * cov[j][j]);
                }
            }
        } else {
            Arrays.fill(se, Double.NaN);
            for (double[] row : corr) {
                Arrays.fill(row, Double.NaN);
            }
        }
        progress.update(1, "Fitted");
        return new Outcome(theta, logLik, best.converged, best.iterations, method, se, corr, positive);
    }

    private record Result(double[] phi, double value, boolean converged, int iterations) {
    }

    /** −LL/n + λΣθ² as a function of φ = ln θ. */
    private static final class Objective {
        final LogLikelihood ll;
        final double penalizer;
        final double n;
        final int dim;

        Objective(LogLikelihood ll, double penalizer, double n) {
            this.ll = ll;
            this.penalizer = penalizer;
            this.n = n;
            this.dim = ll.parameters();
        }

        double value(double[] phi) {
            if (!inBounds(phi)) {
                return Double.POSITIVE_INFINITY;
            }
            double[] theta = exp(phi);
            double v = -ll.value(theta, null) / n + penalty(theta);
            return Double.isNaN(v) ? Double.POSITIVE_INFINITY : v;
        }

        double penalty(double[] theta) {
            double sum = 0;
            for (double t : theta) {
                sum += t * t;
            }
            return penalizer * sum;
        }

        /** The value, with the gradient in φ written to {@code g}. */
        double valueAndGradient(double[] phi, double[] g) {
            if (!inBounds(phi)) {
                Arrays.fill(g, 0);
                return Double.POSITIVE_INFINITY;
            }
            double[] theta = exp(phi);
            if (ll.hasGradient()) {
                double[] gTheta = new double[dim];
                double v = -ll.value(theta, gTheta) / n + penalty(theta);
                for (int i = 0; i < dim; i++) {
                    g[i] = theta[i] * (-gTheta[i] / n + 2 * penalizer * theta[i]);
                }
                return Double.isNaN(v) ? Double.POSITIVE_INFINITY : v;
            }
            double v = value(phi);
            double[] p = phi.clone();
            for (int i = 0; i < dim; i++) {
                double h = 1e-5 * Math.max(1, Math.abs(phi[i]));
                p[i] = phi[i] + h;
                double up = value(p);
                p[i] = phi[i] - h;
                double down = value(p);
                p[i] = phi[i];
                g[i] = (up - down) / (2 * h);
            }
            return v;
        }

        private static boolean inBounds(double[] phi) {
            for (double p : phi) {
                if (!(Math.abs(p) <= 2 * LOG_BOUND)) {
                    return false;
                }
            }
            return true;
        }
    }

    private static Result bfgs(Objective f, double[] start, Progress progress) {
        int n = start.length;
        double[] x = start.clone();
        double[] g = new double[n];
        double fx = f.valueAndGradient(x, g);
        if (!Double.isFinite(fx)) {
            return new Result(x, fx, false, 0);
        }
        double[][] h = identity(n);
        boolean scaled = false;
        int stalls = 0;
        for (int it = 1; it <= MAX_ITERATIONS; it++) {
            progress.checkCancelled();
            progress.update(Math.min(1, it / 100.0), "Fitting");
            if (maxAbs(g) < GRADIENT_TOLERANCE) {
                return new Result(x, fx, true, it - 1);
            }
            double[] p = times(h, g);
            for (int i = 0; i < n; i++) {
                p[i] = -p[i];
            }
            double slope = dot(p, g);
            if (!(slope < 0)) {
                h = identity(n);
                p = g.clone();
                for (int i = 0; i < n; i++) {
                    p[i] = -p[i];
                }
                slope = dot(p, g);
            }
            double longest = maxAbs(p);
            double step = longest > MAX_LOG_STEP ? MAX_LOG_STEP / longest : 1.0;
            double[] xNew = new double[n];
            double[] gNew = new double[n];
            double fNew = Double.POSITIVE_INFINITY;
            boolean accepted = false;
            for (int tries = 0; tries < 60; tries++) {
                for (int i = 0; i < n; i++) {
                    xNew[i] = x[i] + step * p[i];
                }
                fNew = f.valueAndGradient(xNew, gNew);
                if (Double.isFinite(fNew) && fNew <= fx + 1e-4 * step * slope) {
                    accepted = true;
                    break;
                }
                step *= Double.isFinite(fNew) ? Math.max(0.1, Math.min(0.5,
                        -slope * step / (2 * (fNew - fx - slope * step)))) : 0.2;
            }
            if (!accepted) {
                // No decrease along the direction: at a flat optimum when the gradient is tiny.
                return new Result(x, fx, maxAbs(g) < 1e-6, it);
            }
            double[] s = new double[n];
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                s[i] = xNew[i] - x[i];
                y[i] = gNew[i] - g[i];
            }
            double change = fx - fNew;
            x = xNew;
            g = gNew;
            fx = fNew;
            double sy = dot(s, y);
            if (sy > 1e-16) {
                if (!scaled) {
                    double scale = sy / dot(y, y);
                    for (int i = 0; i < n; i++) {
                        h[i][i] = scale;
                    }
                    scaled = true;
                }
                updateInverse(h, s, y, sy);
            }
            stalls = change <= 1e-15 * Math.max(1, Math.abs(fx)) ? stalls + 1 : 0;
            if (stalls >= 4) {
                return new Result(x, fx, maxAbs(g) < 1e-6, it);
            }
        }
        return new Result(x, fx, maxAbs(g) < 1e-6, MAX_ITERATIONS);
    }

    /** H ← (I − ρsyᵀ) H (I − ρysᵀ) + ρssᵀ. */
    private static void updateInverse(double[][] h, double[] s, double[] y, double sy) {
        int n = s.length;
        double rho = 1 / sy;
        double[] hy = times(h, y);
        double yhy = dot(y, hy);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                h[i][j] += -rho * (hy[i] * s[j] + s[i] * hy[j]) + (rho * rho * yhy + rho) * s[i] * s[j];
            }
        }
    }

    private static Result nelderMead(Objective f, double[] start, Progress progress) {
        int n = start.length;
        double[][] simplex = new double[n + 1][];
        double[] values = new double[n + 1];
        simplex[0] = start.clone();
        values[0] = f.value(simplex[0]);
        for (int i = 0; i < n; i++) {
            simplex[i + 1] = start.clone();
            simplex[i + 1][i] += 0.5;
            values[i + 1] = f.value(simplex[i + 1]);
        }
        int it = 0;
        for (; it < 20_000; it++) {
            if (it % 200 == 0) {
                progress.checkCancelled();
                progress.update(Math.min(1, it / 5000.0), "Fitting (simplex)");
            }
            Integer[] order = new Integer[n + 1];
            for (int i = 0; i <= n; i++) {
                order[i] = i;
            }
            final double[] v = values;
            Arrays.sort(order, (p, q) -> Double.compare(v[p], v[q]));
            double[][] sorted = new double[n + 1][];
            double[] sortedValues = new double[n + 1];
            for (int i = 0; i <= n; i++) {
                sorted[i] = simplex[order[i]];
                sortedValues[i] = values[order[i]];
            }
            simplex = sorted;
            values = sortedValues;
            if (Double.isFinite(values[n]) && values[n] - values[0] <= 1e-14 * Math.max(1, Math.abs(values[0]))
                    && spread(simplex) < 1e-10) {
                break;
            }
            double[] centroid = new double[n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    centroid[j] += simplex[i][j] / n;
                }
            }
            double[] reflected = move(centroid, simplex[n], -1);
            double fr = f.value(reflected);
            if (fr < values[0]) {
                double[] expanded = move(centroid, simplex[n], -2);
                double fe = f.value(expanded);
                if (fe < fr) {
                    simplex[n] = expanded;
                    values[n] = fe;
                } else {
                    simplex[n] = reflected;
                    values[n] = fr;
                }
            } else if (fr < values[n - 1]) {
                simplex[n] = reflected;
                values[n] = fr;
            } else {
                double[] contracted = fr < values[n] ? move(centroid, simplex[n], -0.5)
                        : move(centroid, simplex[n], 0.5);
                double fc = f.value(contracted);
                if (fc < Math.min(fr, values[n])) {
                    simplex[n] = contracted;
                    values[n] = fc;
                } else {
                    for (int i = 1; i <= n; i++) {
                        simplex[i] = move(simplex[0], simplex[i], 0.5);
                        values[i] = f.value(simplex[i]);
                    }
                }
            }
        }
        int bestIndex = 0;
        for (int i = 1; i <= n; i++) {
            if (values[i] < values[bestIndex]) {
                bestIndex = i;
            }
        }
        return new Result(simplex[bestIndex], values[bestIndex], false, it);
    }

    /** centroid + t (point − centroid). */
    private static double[] move(double[] centroid, double[] point, double t) {
        double[] out = new double[centroid.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = centroid[i] + t * (point[i] - centroid[i]);
        }
        return out;
    }

    private static double spread(double[][] simplex) {
        double max = 0;
        for (int i = 1; i < simplex.length; i++) {
            for (int j = 0; j < simplex[0].length; j++) {
                max = Math.max(max, Math.abs(simplex[i][j] - simplex[0][j]));
            }
        }
        return max;
    }

    /** Hessian of n·(objective) in φ, by central differences of the gradient, made symmetric. */
    private static double[][] hessian(Objective f, double[] phi) {
        int dim = phi.length;
        double[][] hess = new double[dim][dim];
        double[] gUp = new double[dim];
        double[] gDown = new double[dim];
        double[] p = phi.clone();
        for (int j = 0; j < dim; j++) {
            double h = 1e-4 * Math.max(1, Math.abs(phi[j]));
            p[j] = phi[j] + h;
            f.valueAndGradient(p, gUp);
            p[j] = phi[j] - h;
            f.valueAndGradient(p, gDown);
            p[j] = phi[j];
            for (int i = 0; i < dim; i++) {
                hess[i][j] = f.n * (gUp[i] - gDown[i]) / (2 * h);
            }
        }
        for (int i = 0; i < dim; i++) {
            for (int j = 0; j < i; j++) {
                double mean = 0.5 * (hess[i][j] + hess[j][i]);
                hess[i][j] = mean;
                hess[j][i] = mean;
            }
        }
        return hess;
    }

    /** The inverse through Cholesky; null when the matrix is not (numerically) positive definite. */
    static double[][] invertPositiveDefinite(double[][] m) {
        int n = m.length;
        double[][] l = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double sum = m[i][j];
                for (int k = 0; k < j; k++) {
                    sum -= l[i][k] * l[j][k];
                }
                if (i == j) {
                    if (!(sum > 1e-12 * Math.abs(m[i][i])) || !Double.isFinite(sum)) {
                        return null;
                    }
                    l[i][i] = Math.sqrt(sum);
                } else {
                    l[i][j] = sum / l[j][j];
                }
            }
        }
        double[][] inv = new double[n][n];
        for (int col = 0; col < n; col++) {
            double[] e = new double[n];
            e[col] = 1;
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                double sum = e[i];
                for (int k = 0; k < i; k++) {
                    sum -= l[i][k] * y[k];
                }
                y[i] = sum / l[i][i];
            }
            for (int i = n - 1; i >= 0; i--) {
                double sum = y[i];
                for (int k = i + 1; k < n; k++) {
                    sum -= l[k][i] * inv[k][col];
                }
                inv[i][col] = sum / l[i][i];
            }
        }
        return inv;
    }

    static double[] exp(double[] phi) {
        double[] t = new double[phi.length];
        for (int i = 0; i < phi.length; i++) {
            t[i] = Math.exp(phi[i]);
        }
        return t;
    }

    private static double[][] identity(int n) {
        double[][] id = new double[n][n];
        for (int i = 0; i < n; i++) {
            id[i][i] = 1;
        }
        return id;
    }

    private static double[] times(double[][] m, double[] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            double sum = 0;
            for (int j = 0; j < v.length; j++) {
                sum += m[i][j] * v[j];
            }
            out[i] = sum;
        }
        return out;
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static double maxAbs(double[] v) {
        double max = 0;
        for (double x : v) {
            max = Math.max(max, Math.abs(x));
        }
        return max;
    }

    /** Names of parameter pairs whose estimates are almost perfectly correlated. */
    static List<String> entangled(String[] names, double[][] correlation) {
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            for (int j = i + 1; j < names.length; j++) {
                if (Math.abs(correlation[i][j]) > 0.995) {
                    pairs.add(names[i] + " and " + names[j]);
                }
            }
        }
        return pairs;
    }
}
