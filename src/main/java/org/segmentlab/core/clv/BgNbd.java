package org.segmentlab.core.clv;

/**
 * The BG/NBD model (Fader, Hardie and Lee 2005, "Counting your customers the easy way"): while alive,
 * a customer buys at Poisson rate λ ~ Gamma(r, α); after each purchase she drops out with probability
 * p ~ Beta(a, b). Parameters in the order {r, α, a, b}.
 *
 * <p>The likelihood uses the ratios of gamma functions as products over the x purchases (x is a whole
 * number), so no gamma function of a large argument is taken, and adds its two terms as log-sum-exp:
 * it stays finite for any x. The conditional expectation is computed from a rearranged Gauss series whose
 * denominators never come near zero, so a + b &lt; 1 with x = 0 gives no NaN.
 */
final class BgNbd implements LikelihoodModel {

    static final BgNbd INSTANCE = new BgNbd();

    private BgNbd() {
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
        double a = theta[2];
        double b = theta[3];
        int m = d.maxX;
        double[] lnR = new double[m + 1];
        double[] lnB = new double[m + 1];
        double[] lnAb = new double[m + 1];
        double[] invR = new double[m + 1];
        double[] invB = new double[m + 1];
        double[] invAb = new double[m + 1];
        double[] logBLast = new double[m + 1];
        for (int k = 0; k < m; k++) {
            lnR[k + 1] = lnR[k] + Math.log(r + k);
            lnB[k + 1] = lnB[k] + Math.log(b + k);
            lnAb[k + 1] = lnAb[k] + Math.log(a + b + k);
            invR[k + 1] = invR[k] + 1 / (r + k);
            invB[k + 1] = invB[k] + 1 / (b + k);
            invAb[k + 1] = invAb[k] + 1 / (a + b + k);
            logBLast[k + 1] = Math.log(b + k);
        }
        double lnAlpha = Math.log(alpha);
        double lnA = Math.log(a);
        double[] lnAlphaT = logsOfSum(alpha, d.tValues);
        double[] lnAlphaTx = logsOfSum(alpha, d.txValues);
        double ll = 0;
        double gr = 0;
        double gAlpha = 0;
        double ga = 0;
        double gb = 0;
        for (int i = 0; i < d.size; i++) {
            int x = d.x[i];
            double w = d.weight[i];
            double lT = lnAlphaT[d.tIndex[i]];
            double a1 = lnR[x] + r * lnAlpha;
            double a2 = lnB[x] - lnAb[x];
            double a3 = -(r + x) * lT;
            if (x == 0) {
                ll += w * (a1 + a2 + a3);
                if (gradient != null) {
                    gr += w * (lnAlpha - lT);
                    gAlpha += w * (r / alpha - r / (alpha + d.t(i)));
                }
                continue;
            }
            double lTx = lnAlphaTx[d.txIndex[i]];
            double a4 = lnA - logBLast[x] - (r + x) * lTx;
            double lse = ClvMath.logAddExp(a3, a4);
            ll += w * (a1 + a2 + lse);
            if (gradient != null) {
                double w3 = Math.exp(a3 - lse);
                double w4 = Math.exp(a4 - lse);
                gr += w * (invR[x] + lnAlpha - w3 * lT - w4 * lTx);
                gAlpha += w * (r / alpha - (r + x) * (w3 / (alpha + d.t(i)) + w4 / (alpha + d.tx(i))));
                ga += w * (-invAb[x] + w4 / a);
                gb += w * (invB[x] - invAb[x] - w4 / (b + x - 1));
            }
        }
        if (gradient != null) {
            gradient[0] = gr;
            gradient[1] = gAlpha;
            gradient[2] = ga;
            gradient[3] = gb;
        }
        return ll;
    }

    private static double[] logsOfSum(double alpha, double[] values) {
        double[] logs = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            logs[i] = Math.log(alpha + values[i]);
        }
        return logs;
    }

    /** P(alive | x, t_x, T); 1 for a customer without repeat purchases. */
    static double pAlive(double[] theta, int x, double tx, double t) {
        return 1 / denominator(theta, x, tx, t);
    }

    private static double denominator(double[] theta, int x, double tx, double t) {
        if (x == 0) {
            return 1;
        }
        double r = theta[0];
        double alpha = theta[1];
        double a = theta[2];
        double b = theta[3];
        double log = Math.log(a) - Math.log(b + x - 1) + (r + x) * (Math.log(alpha + t) - Math.log(alpha + tx));
        return 1 + Math.exp(log);
    }

    /**
     * E[Y(h) | x, t_x, T]: repeat purchases expected in the next h units. From FHL's equation (10),
     * with ₂F₁(r+x, b+x; a+b+x−1; z) taken through Euler's transformation and the factors (a − 1) and
     * (a + b + x − 1) cancelled by hand, which leaves a series whose denominators are at least 1.
     */
    static double expected(double[] theta, double h, int x, double tx, double t) {
        if (h <= 0) {
            return 0;
        }
        double r = theta[0];
        double alpha = theta[1];
        double a = theta[2];
        double b = theta[3];
        double z = h / (alpha + t + h);
        double logOneMinusZ = Math.log((alpha + t) / (alpha + t + h));
        double c = a + b + x - 1;
        double bigA = a + b - 1 - r;
        double term = bigA * z;
        double series = term;
        for (int n = 1; n < ClvMath.MAX_SERIES_TERMS && term != 0; n++) {
            term *= (bigA + n) * (a + n - 1) / ((c + n) * (n + 1)) * z;
            series += term;
            if (!Double.isFinite(series)) {
                // parameters at the edge of the fit (a and b in the billions): the series overflows, and
                // summing the rest of a million terms would only take minutes to say so
                return Double.NaN;
            }
            if (Math.abs(term) < 1e-17 * Math.abs(series)) {
                break;
            }
        }
        double bracket = -c * ClvMath.expm1Over(a - 1, logOneMinusZ) - Math.exp((a - 1) * logOneMinusZ) * series;
        return bracket / denominator(theta, x, tx, t);
    }
}
