package org.segmentlab.core.clv;

/**
 * The Gamma-Gamma model of spend (Fader, Hardie and Lee 2005, "RFM and CLV: using iso-value curves";
 * Fader and Hardie's note "The Gamma-Gamma model of monetary value"): a customer's purchases have
 * Gamma(p, ν) amounts and her ν is Gamma(q, γ) across customers. Fitted on repeat customers' x (repeat
 * purchase days) and m (their mean spend). Parameters {p, q, γ}.
 */
final class GammaGamma implements LogLikelihood {

    private final int[] x;
    private final double[] m;
    private final int maxX;
    /** ln m and ln x, taken once: they do not depend on the parameters. */
    private final double[] lnM;
    private final double[] lnX;

    GammaGamma(int[] x, double[] m) {
        this.x = x;
        this.m = m;
        int mx = 0;
        for (int v : x) {
            mx = Math.max(mx, v);
        }
        this.maxX = mx;
        this.lnM = new double[m.length];
        for (int i = 0; i < m.length; i++) {
            lnM[i] = Math.log(m[i]);
        }
        this.lnX = new double[mx + 1];
        for (int v = 1; v <= mx; v++) {
            lnX[v] = Math.log(v);
        }
    }

    int customers() {
        return x.length;
    }

    @Override
    public int parameters() {
        return 3;
    }

    @Override
    public boolean hasGradient() {
        return true;
    }

    @Override
    public double value(double[] theta, double[] gradient) {
        double p = theta[0];
        double q = theta[1];
        double gamma = theta[2];
        double lgQ = ClvMath.logGamma(q);
        double psiQ = ClvMath.digamma(q);
        double lnGamma = Math.log(gamma);
        // The gamma functions depend on x only: one evaluation per distinct purchase count.
        double[] constant = new double[maxX + 1];
        double[] psiSum = new double[maxX + 1];
        double[] psiPx = new double[maxX + 1];
        boolean[] done = new boolean[maxX + 1];
        double ll = 0;
        double gp = 0;
        double gq = 0;
        double gg = 0;
        for (int i = 0; i < x.length; i++) {
            int xi = x[i];
            double px = p * xi;
            if (!done[xi]) {
                constant[xi] = ClvMath.logGamma(px + q) - ClvMath.logGamma(px) - lgQ + q * lnGamma
                        + px * lnX[xi];
                if (gradient != null) {
                    psiSum[xi] = ClvMath.digamma(px + q);
                    psiPx[xi] = ClvMath.digamma(px);
                }
                done[xi] = true;
            }
            double lnM = this.lnM[i];
            double lnDen = Math.log(gamma + m[i] * xi);
            ll += constant[xi] + (px - 1) * lnM - (px + q) * lnDen;
            if (gradient != null) {
                gp += xi * (psiSum[xi] - psiPx[xi] + lnM + lnX[xi] - lnDen);
                gq += psiSum[xi] - psiQ + lnGamma - lnDen;
                gg += q / gamma - (px + q) / (gamma + m[i] * xi);
            }
        }
        if (gradient != null) {
            gradient[0] = gp;
            gradient[1] = gq;
            gradient[2] = gg;
        }
        return ll;
    }

    /**
     * E[M | x, m̄]: the expected mean spend of a customer's future purchases, a weighted mean of the
     * population mean γp/(q − 1) and her own mean (one-time buyers get the population mean).
     */
    static double expectedSpend(double[] theta, int x, double m) {
        double p = theta[0];
        double q = theta[1];
        double gamma = theta[2];
        return p * (gamma + m * x) / (p * x + q - 1);
    }
}
