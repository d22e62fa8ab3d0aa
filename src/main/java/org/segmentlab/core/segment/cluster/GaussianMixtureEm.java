package org.segmentlab.core.segment.cluster;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.segmentlab.core.Progress;

/**
 * A Gaussian mixture fitted by expectation–maximisation, started from a k-means solution. Each
 * covariance gets a small ridge (1e-6) on its diagonal so that a component sitting on a few
 * identical customers stays invertible.
 */
final class GaussianMixtureEm {

    static final double RIDGE = 1e-6;
    /** Stop when the mean log-likelihood per customer improves by less than this. */
    static final double TOLERANCE = 1e-3;
    private static final double LOG_2PI = Math.log(2 * Math.PI);

    /**
     * @param labels        the most probable component per customer
     * @param weights       mixing proportions
     * @param means         k × d
     * @param logLikelihood total log-likelihood of the data under the fitted mixture
     * @param bic           −2 log L + p log n, lower is better
     */
    record Fit(int[] labels, double[] weights, double[][] means, double logLikelihood, double bic,
               int iterations, boolean converged) {
    }

    private final double[] x;
    private final int n;
    private final int d;

    GaussianMixtureEm(double[] x, int n, int d) {
        this.x = x;
        this.n = n;
        this.d = d;
    }

    /**
     * One EM run. Even starts begin from a k-means solution (each from its
     * own k-means++ seed); the other starts from k random customers as means, each with the covariance
     * of all customers, which lets EM find tilted or overlapping components that a k-means start has
     * already cut the wrong way.
     */
    Fit fit(int k, CovarianceType type, int maxIterations, long seed, int start, double kMeansTolerance,
            Progress progress) {
        double[] resp = new double[n * k];
        double[] weights = new double[k];
        double[][] means = new double[k][d];
        double[][] cov = new double[k][];
        if (start % 2 == 0) {
            long kMeansSeed = start == 0 ? Seeds.derive(seed, 1) : Seeds.derive(seed, 1, start);
            KMeans.Fit first = new KMeans(x, n, d).fit(k, kMeansSeed, 300, kMeansTolerance, progress);
            for (int i = 0; i < n; i++) {
                resp[i * k + first.labels()[i]] = 1;
            }
            maximise(resp, k, type, weights, means, cov);
        } else {
            double[] wOne = new double[1];
            double[][] mOne = new double[1][d];
            double[][] cOne = new double[1][];
            double[] one = new double[n];
            Arrays.fill(one, 1);
            maximise(one, 1, type, wOne, mOne, cOne);
            SplittableRandom rnd = new SplittableRandom(Seeds.derive(seed, 2, start));
            java.util.Set<Integer> picked = new java.util.HashSet<>();
            for (int c = 0; c < k; c++) {
                int row = rnd.nextInt(n);
                while (!picked.add(row)) {
                    row = rnd.nextInt(n);
                }
                System.arraycopy(x, row * d, means[c], 0, d);
                cov[c] = cOne[0].clone();
                weights[c] = 1.0 / k;
            }
        }
        double previous = Double.NEGATIVE_INFINITY;
        double logLikelihood = Double.NEGATIVE_INFINITY;
        boolean converged = false;
        int iteration = 0;
        while (iteration < maxIterations) {
            progress.checkCancelled();
            iteration++;
            logLikelihood = expect(resp, k, type, weights, means, cov);
            if (Math.abs(logLikelihood - previous) / n < TOLERANCE) {
                converged = true;
                break;
            }
            previous = logLikelihood;
            maximise(resp, k, type, weights, means, cov);
        }
        if (!converged) {
            logLikelihood = expect(resp, k, type, weights, means, cov);
        }
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            int best = 0;
            for (int c = 1; c < k; c++) {
                if (resp[i * k + c] > resp[i * k + best]) {
                    best = c;
                }
            }
            labels[i] = best;
        }
        double perComponent = type == CovarianceType.FULL ? d * (d + 1) / 2.0 : d;
        double parameters = (k - 1) + k * d + k * perComponent;
        double bic = -2 * logLikelihood + parameters * Math.log(n);
        return new Fit(labels, weights, means, logLikelihood, bic, iteration, converged);
    }

    private void maximise(double[] resp, int k, CovarianceType type, double[] weights, double[][] means,
                          double[][] cov) {
        for (int c = 0; c < k; c++) {
            double nk = 0;
            double[] mean = new double[d];
            for (int i = 0; i < n; i++) {
                double r = resp[i * k + c];
                if (r == 0) {
                    continue;
                }
                nk += r;
                for (int f = 0; f < d; f++) {
                    mean[f] += r * x[i * d + f];
                }
            }
            // A component that lost all its customers keeps a tiny weight rather than dividing by zero.
            nk += 10 * Double.MIN_NORMAL;
            for (int f = 0; f < d; f++) {
                mean[f] /= nk;
            }
            double[] s = new double[type == CovarianceType.FULL ? d * d : d];
            double[] diff = new double[d];
            for (int i = 0; i < n; i++) {
                double r = resp[i * k + c];
                if (r == 0) {
                    continue;
                }
                for (int f = 0; f < d; f++) {
                    diff[f] = x[i * d + f] - mean[f];
                }
                if (type == CovarianceType.FULL) {
                    for (int f = 0; f < d; f++) {
                        double rf = r * diff[f];
                        for (int g = 0; g <= f; g++) {
                            s[f * d + g] += rf * diff[g];
                        }
                    }
                } else {
                    for (int f = 0; f < d; f++) {
                        s[f] += r * diff[f] * diff[f];
                    }
                }
            }
            if (type == CovarianceType.FULL) {
                for (int f = 0; f < d; f++) {
                    for (int g = 0; g <= f; g++) {
                        s[f * d + g] /= nk;
                        s[g * d + f] = s[f * d + g];
                    }
                    s[f * d + f] += RIDGE;
                }
            } else {
                for (int f = 0; f < d; f++) {
                    s[f] = s[f] / nk + RIDGE;
                }
            }
            weights[c] = nk / n;
            means[c] = mean;
            cov[c] = s;
        }
    }

    /** Fills the responsibilities and returns the log-likelihood. */
    private double expect(double[] resp, int k, CovarianceType type, double[] weights, double[][] means,
                          double[][] cov) {
        double[][] factor = new double[k][];
        double[] logNorm = new double[k];
        for (int c = 0; c < k; c++) {
            double logDet;
            if (type == CovarianceType.FULL) {
                factor[c] = cholesky(cov[c]);
                logDet = 0;
                for (int f = 0; f < d; f++) {
                    logDet += 2 * Math.log(factor[c][f * d + f]);
                }
            } else {
                logDet = 0;
                for (int f = 0; f < d; f++) {
                    logDet += Math.log(cov[c][f]);
                }
            }
            logNorm[c] = Math.log(weights[c]) - 0.5 * (d * LOG_2PI + logDet);
        }
        double total = 0;
        double[] y = new double[d];
        double[] logp = new double[k];
        for (int i = 0; i < n; i++) {
            double max = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < k; c++) {
                double maha = 0;
                if (type == CovarianceType.FULL) {
                    double[] l = factor[c];
                    for (int f = 0; f < d; f++) {
                        double v = x[i * d + f] - means[c][f];
                        for (int g = 0; g < f; g++) {
                            v -= l[f * d + g] * y[g];
                        }
                        y[f] = v / l[f * d + f];
                        maha += y[f] * y[f];
                    }
                } else {
                    for (int f = 0; f < d; f++) {
                        double v = x[i * d + f] - means[c][f];
                        maha += v * v / cov[c][f];
                    }
                }
                logp[c] = logNorm[c] - 0.5 * maha;
                max = Math.max(max, logp[c]);
            }
            double sum = 0;
            for (int c = 0; c < k; c++) {
                sum += Math.exp(logp[c] - max);
            }
            double logSum = max + Math.log(sum);
            total += logSum;
            for (int c = 0; c < k; c++) {
                resp[i * k + c] = Math.exp(logp[c] - logSum);
            }
        }
        return total;
    }

    /** Lower-triangular L with L Lᵀ = a; the ridge is raised if rounding made a not positive definite. */
    private double[] cholesky(double[] a) {
        double ridge = 0;
        for (int attempt = 0; attempt < 10; attempt++) {
            double[] l = new double[d * d];
            boolean ok = true;
            for (int f = 0; f < d && ok; f++) {
                for (int g = 0; g <= f; g++) {
                    double s = a[f * d + g] + (f == g ? ridge : 0);
                    for (int h = 0; h < g; h++) {
                        s -= l[f * d + h] * l[g * d + h];
                    }
                    if (f == g) {
                        if (!(s > 0)) {
                            ok = false;
                            break;
                        }
                        l[f * d + f] = Math.sqrt(s);
                    } else {
                        l[f * d + g] = s / l[g * d + g];
                    }
                }
            }
            if (ok) {
                return l;
            }
            ridge = ridge == 0 ? RIDGE : ridge * 10;
        }
        double[] identity = new double[d * d];
        Arrays.fill(identity, 0);
        for (int f = 0; f < d; f++) {
            identity[f * d + f] = 1;
        }
        return identity;
    }
}
