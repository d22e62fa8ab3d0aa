package org.segmentlab.core.clv;

/**
 * The Pareto/NBD model (Schmittlein, Morrison and Colombo 1987) in Fader, Hardie and Lee's
 * parameterisation ("A note on deriving the Pareto/NBD model and related expressions", 2005): while
 * alive a customer buys at Poisson rate λ ~ Gamma(r, α) and dies at exponential rate μ ~ Gamma(s, β).
 * Parameters in the order {r, α, s, β}.
 *
 * <p>The likelihood's ₂F₁(r+s+x, ·; r+s+x+1; z) is taken through Euler's transformation into a series
 * of positive terms each below z times the one before, in logarithms, so it neither overflows for large
 * x nor loses its digits; the two terms of the likelihood are added as log-sum-exp.
 */
final class ParetoNbd implements LikelihoodModel {

    static final ParetoNbd INSTANCE = new ParetoNbd();

    private ParetoNbd() {
    }

    @Override
    public int parameters() {
        return 4;
    }

    @Override
    public boolean hasGradient() {
        return false;
    }

    @Override
    public double logLikelihood(double[] theta, RepeatTriples d, double[] gradient) {
        double r = theta[0];
        double alpha = theta[1];
        double s = theta[2];
        double beta = theta[3];
        int m = d.maxX;
        double[] lnR = new double[m + 1];
        for (int k = 0; k < m; k++) {
            lnR[k + 1] = lnR[k] + Math.log(r + k);
        }
        double base = r * Math.log(alpha) + s * Math.log(beta);
        double ll = 0;
        for (int i = 0; i < d.size; i++) {
            int x = d.x[i];
            ll += d.weight[i] * (lnR[x] + base + logBracket(theta, x, d.tx(i), d.t(i)));
        }
        return ll;
    }

    /** ln of the likelihood's bracket: ln[ (α+T)^−(r+x) (β+T)^−s + s/(r+s+x) A₀ ]. */
    private static double logBracket(double[] theta, int x, double tx, double t) {
        return ClvMath.logAddExp(logFirst(theta, x, t), logSecond(theta, x, tx, t));
    }

    private static double logFirst(double[] theta, int x, double t) {
        return -(theta[0] + x) * Math.log(theta[1] + t) - theta[2] * Math.log(theta[3] + t);
    }

    private static double logSecond(double[] theta, int x, double tx, double t) {
        double r = theta[0];
        double s = theta[2];
        double logA0 = ClvMath.logSubExp(logA0Term(theta, x, tx), logA0Term(theta, x, t));
        return Math.log(s) - Math.log(r + s + x) + logA0;
    }

    /** ln of ₂F₁(...; z(u)) / (max(α, β) + u)^(r+s+x), the A₀ term at time u. */
    private static double logA0Term(double[] theta, int x, double u) {
        double r = theta[0];
        double alpha = theta[1];
        double s = theta[2];
        double beta = theta[3];
        double c = r + s + x + 1;
        if (alpha >= beta) {
            double z = (alpha - beta) / (alpha + u);
            return -s * Math.log(beta + u) - (r + x) * Math.log(alpha + u) + ClvMath.logHyp1(r + x, c, z);
        }
        double z = (beta - alpha) / (beta + u);
        return (1 - r - x) * Math.log(alpha + u) - (1 + s) * Math.log(beta + u) + ClvMath.logHyp1(s + 1, c, z);
    }

    static double pAlive(double[] theta, int x, double tx, double t) {
        double first = logFirst(theta, x, t);
        double second = logSecond(theta, x, tx, t);
        return 1 / (1 + Math.exp(second - first));
    }

    /** E[Y(h) | x, t_x, T] (FHL 2005 note, equation 41), continuous at s = 1. */
    static double expected(double[] theta, double h, int x, double tx, double t) {
        if (h <= 0) {
            return 0;
        }
        double r = theta[0];
        double alpha = theta[1];
        double s = theta[2];
        double beta = theta[3];
        double logRatio = Math.log((beta + t) / (beta + t + h));
        double alive = pAlive(theta, x, tx, t);
        return (r + x) * (beta + t) / (alpha + t) * -ClvMath.expm1Over(s - 1, logRatio) * alive;
    }
}
