package org.segmentlab.core.clv;

/**
 * The Pareto/NBD model (Schmittlein, Morrison and Colombo 1987) in Fader, Hardie and Lee's
 * parameterisation ("A note on deriving the Pareto/NBD model and related expressions", 2005): while
 * alive a customer buys at Poisson rate λ ~ Gamma(r, α) and dies at exponential rate μ ~ Gamma(s, β).
 * Parameters in the order {r, α, s, β}.
 *
 * <p>The likelihood's ₂F₁(r+s+x, ·; r+s+x+1; z) is taken through Euler's transformation into a series
 * of positive terms each below z times the one before, in logarithms, so it neither overflows for large
 * x nor loses its digits, and near z = 1, where that series is slow, into an integral over a short
 * interval ({@link ClvMath#logHyp1WithDerivatives}); the two terms of the likelihood are added as
 * log-sum-exp.
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
        return true;
    }

    @Override
    public double logLikelihood(double[] theta, RepeatTriples d, double[] gradient) {
        double r = theta[0];
        double alpha = theta[1];
        double s = theta[2];
        double beta = theta[3];
        int m = d.maxX;
        double[] lnR = new double[m + 1];
        double[] invR = new double[m + 1];
        for (int k = 0; k < m; k++) {
            lnR[k + 1] = lnR[k] + Math.log(r + k);
            invR[k + 1] = invR[k] + 1 / (r + k);
        }
        double lnAlpha = Math.log(alpha);
        double lnBeta = Math.log(beta);
        double base = r * lnAlpha + s * lnBeta;
        boolean withGradient = gradient != null;
        int[][] pairs = d.pairs();
        // Per (x, t_x) and (x, T) pair: the A0 term and its derivatives in r, alpha, s, beta.
        double[][] atTx = a0Terms(theta, pairs[2], pairs[3], d.txValues, withGradient);
        double[][] atT = a0Terms(theta, pairs[4], pairs[5], d.tValues, withGradient);
        double[] lnAlphaT = new double[d.tValues.length];
        double[] lnBetaT = new double[d.tValues.length];
        for (int k = 0; k < lnAlphaT.length; k++) {
            lnAlphaT[k] = Math.log(alpha + d.tValues[k]);
            lnBetaT[k] = Math.log(beta + d.tValues[k]);
        }
        double lnS = Math.log(s);
        double ll = 0;
        double gr = 0;
        double ga = 0;
        double gs = 0;
        double gb = 0;
        for (int i = 0; i < d.size; i++) {
            int x = d.x[i];
            double w = d.weight[i];
            int ti = d.tIndex[i];
            double first = -(r + x) * lnAlphaT[ti] - s * lnBetaT[ti];
            int p1 = pairs[0][i];
            int p2 = pairs[1][i];
            double u1 = atTx[0][p1];
            double u2 = atT[0][p2];
            double v = ClvMath.logSubExp(u1, u2);
            double second = lnS - Math.log(r + s + x) + v;
            double lse = ClvMath.logAddExp(first, second);
            ll += w * (lnR[x] + base + lse);
            if (withGradient) {
                double t = d.tValues[ti];
                double wF = Math.exp(first - lse);
                double wG = second == Double.NEGATIVE_INFINITY ? 0 : Math.exp(second - lse);
                double dr = invR[x] + lnAlpha - wF * lnAlphaT[ti];
                double da = r / alpha - wF * (r + x) / (alpha + t);
                double ds = lnBeta - wF * lnBetaT[ti];
                double db = s / beta - wF * s / (beta + t);
                if (wG > 0) {
                    // d ln(e^u1 - e^u2) = (du1 - e^(u2-u1) du2) / (1 - e^(u2-u1))
                    double ratio = Math.exp(u2 - u1);
                    double scale = 1 / (-Math.expm1(u2 - u1));
                    double inv = 1 / (r + s + x);
                    dr += wG * (-inv + scale * (atTx[1][p1] - ratio * atT[1][p2]));
                    da += wG * scale * (atTx[2][p1] - ratio * atT[2][p2]);
                    ds += wG * (1 / s - inv + scale * (atTx[3][p1] - ratio * atT[3][p2]));
                    db += wG * scale * (atTx[4][p1] - ratio * atT[4][p2]);
                }
                gr += w * dr;
                ga += w * da;
                gs += w * ds;
                gb += w * db;
            }
        }
        if (withGradient) {
            gradient[0] = gr;
            gradient[1] = ga;
            gradient[2] = gs;
            gradient[3] = gb;
        }
        return ll;
    }

    /**
     * How near z may come to 1 in the fit: 1 − z = (min(α, β) + u) / (max(α, β) + u), so nearer means the
     * scales of the purchase and dropout rates more than a thousand times apart. There the likelihood is
     * all but flat along r/α (the purchase rates no longer vary between customers) and the fit would
     * wander along that ridge to the bound of its parameters; it is not a number to the fit, whose line
     * search steps back. This is the reach the fit had when the series was capped at 20,000 terms, now
     * said outright; predictions take any z.
     */
    static final double FIT_NEAREST_ONE = 1e-3;

    /** Rows: value, d/dr, d/dα, d/ds, d/dβ of the A₀ term per pair (derivative rows only when asked). */
    private static double[][] a0Terms(double[] theta, int[] xs, int[] valueIndex, double[] values,
                                      boolean withGradient) {
        double[][] out = new double[withGradient ? 5 : 1][xs.length];
        double[] series = new double[4];
        double[] term = new double[5];
        for (int k = 0; k < xs.length; k++) {
            a0Term(theta, xs[k], values[valueIndex[k]], true, withGradient, series, term);
            for (int row = 0; row < out.length; row++) {
                out[row][k] = term[row];
            }
        }
        return out;
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

    /** The A₀ term at time u for predictions, which take any z. */
    private static double logA0Term(double[] theta, int x, double u) {
        double[] term = new double[5];
        a0Term(theta, x, u, false, false, new double[4], term);
        return term[0];
    }

    /**
     * ln of ₂F₁(...; z(u)) / (max(α, β) + u)^(r+s+x), the A₀ term at time u, into {@code out[0]}, and when
     * {@code derivatives} its d/dr, d/dα, d/ds, d/dβ into {@code out[1..4]}; {@code series} is scratch. In
     * the {@code fit}, all NaN where z is out of the fit's reach ({@link #withinFitReach}). The
     * hypergeometric function is given 1 − z as the ratio it is, not as 1 minus the rounded z, so that
     * near z = 1 it keeps its digits.
     */
    private static void a0Term(double[] theta, int x, double u, boolean fit, boolean derivatives, double[] series,
                               double[] out) {
        double r = theta[0];
        double alpha = theta[1];
        double s = theta[2];
        double beta = theta[3];
        double c = r + s + x + 1;
        double lnAu = Math.log(alpha + u);
        double lnBu = Math.log(beta + u);
        boolean alphaLarger = alpha >= beta;
        double z = alphaLarger ? (alpha - beta) / (alpha + u) : (beta - alpha) / (beta + u);
        double oneMinusZ = alphaLarger ? (beta + u) / (alpha + u) : (alpha + u) / (beta + u);
        if (fit && !withinFitReach(oneMinusZ)) {
            java.util.Arrays.fill(out, 0, derivatives ? 5 : 1, Double.NaN);
            return;
        }
        if (alphaLarger) {
            ClvMath.logHyp1WithDerivatives(r + x, c, z, oneMinusZ, series, derivatives);
            out[0] = -s * lnBu - (r + x) * lnAu + series[0];
            if (derivatives) {
                out[1] = -lnAu + series[1] + series[2];
                out[2] = -(r + x) / (alpha + u) + series[3] * (beta + u) / ((alpha + u) * (alpha + u));
                out[3] = -lnBu + series[2];
                out[4] = -s / (beta + u) - series[3] / (alpha + u);
            }
        } else {
            ClvMath.logHyp1WithDerivatives(s + 1, c, z, oneMinusZ, series, derivatives);
            out[0] = (1 - r - x) * lnAu - (1 + s) * lnBu + series[0];
            if (derivatives) {
                out[1] = -lnAu + series[2];
                out[2] = (1 - r - x) / (alpha + u) - series[3] / (beta + u);
                out[3] = -lnBu + series[1] + series[2];
                out[4] = -(1 + s) / (beta + u) + series[3] * (alpha + u) / ((beta + u) * (beta + u));
            }
        }
    }

    /**
     * Whether the fit takes the likelihood where 1 − z is {@code oneMinusZ}: only from
     * {@link #FIT_NEAREST_ONE} on. Nearer 1 the likelihood is not a number to the fit (its line search steps
     * back) and the hypergeometric function is not worked out at all. NaN is out of reach.
     */
    static boolean withinFitReach(double oneMinusZ) {
        return oneMinusZ >= FIT_NEAREST_ONE;
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
