package org.segmentlab.core.campaign;

import smile.math.special.Beta;
import smile.math.special.Erf;
import smile.math.special.Gamma;

/**
 * The statistics of a two-arm readout: Wilson intervals of a rate, Newcombe's hybrid score
 * interval of a difference of rates, the two-proportion z test, Welch's interval of a difference of
 * means, Holm's adjustment of p-values, and the chi-square test of arm sizes.
 */
public final class CampaignStatistics {

    private CampaignStatistics() {
    }

    /** The standard normal quantile z with P(Z ≤ z) = p. */
    public static double normalQuantile(double p) {
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("a probability strictly between 0 and 1 is needed, not " + p);
        }
        return -Math.sqrt(2) * Erf.inverfc(2 * p);
    }

    /** P(Z ≤ z) for the standard normal. */
    public static double normalCdf(double z) {
        return 0.5 * Erf.erfc(-z / Math.sqrt(2));
    }

    /** The z of a two-sided interval at this confidence, e.g. 1.959964 for 0.95. */
    public static double twoSidedZ(double confidence) {
        requireConfidence(confidence);
        return normalQuantile(1 - (1 - confidence) / 2);
    }

    /**
     * Wilson's score interval of a rate (Newcombe's method 3), without continuity correction.
     * With no trials the interval is NaN.
     */
    public static Interval wilson(long successes, long trials, double confidence) {
        requireCounts(successes, trials);
        if (trials == 0) {
            return new Interval(Double.NaN, Double.NaN, Double.NaN);
        }
        double z = twoSidedZ(confidence);
        double n = trials;
        double p = successes / n;
        double z2 = z * z;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = z / (1 + z2 / n) * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        double low = successes == 0 ? 0 : Math.max(0, centre - half);
        double high = successes == trials ? 1 : Math.min(1, centre + half);
        return new Interval(p, low, high);
    }

    /**
     * Newcombe's hybrid score interval (1998, method 10) for the difference of two independent rates
     * {@code x1/n1 − x2/n2}, built from the Wilson interval of each rate.
     */
    public static Interval newcombeDifference(long x1, long n1, long x2, long n2, double confidence) {
        Interval a = wilson(x1, n1, confidence);
        Interval b = wilson(x2, n2, confidence);
        if (n1 == 0 || n2 == 0) {
            return new Interval(Double.NaN, Double.NaN, Double.NaN);
        }
        double p1 = a.estimate();
        double p2 = b.estimate();
        double d = p1 - p2;
        double low = d - Math.sqrt(square(p1 - a.low()) + square(b.high() - p2));
        double high = d + Math.sqrt(square(a.high() - p1) + square(p2 - b.low()));
        return new Interval(d, low, high);
    }

    /**
     * The two-sided p-value of the pooled two-proportion z test (the same as Pearson's chi-square
     * test of the 2×2 table without continuity correction). 1 when no one converted or everyone did.
     */
    public static double twoProportionPValue(long x1, long n1, long x2, long n2) {
        requireCounts(x1, n1);
        requireCounts(x2, n2);
        if (n1 == 0 || n2 == 0) {
            return Double.NaN;
        }
        double pooled = (double) (x1 + x2) / (n1 + n2);
        double variance = pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n2);
        if (variance <= 0) {
            return 1;
        }
        double z = ((double) x1 / n1 - (double) x2 / n2) / Math.sqrt(variance);
        return Math.min(1, 2 * normalCdf(-Math.abs(z)));
    }

    /**
     * Welch's interval of the difference of two means ({@code a − b}), with the Welch–Satterthwaite
     * degrees of freedom. NaN when an arm has fewer than two values.
     */
    public static Interval welchDifference(double[] a, double[] b, double confidence) {
        requireConfidence(confidence);
        if (a.length < 2 || b.length < 2) {
            return new Interval(a.length > 0 && b.length > 0 ? mean(a) - mean(b) : Double.NaN, Double.NaN, Double.NaN);
        }
        double ma = mean(a);
        double mb = mean(b);
        double va = variance(a, ma) / a.length;
        double vb = variance(b, mb) / b.length;
        double d = ma - mb;
        double se = Math.sqrt(va + vb);
        if (se == 0) {
            return new Interval(d, d, d);
        }
        double df = square(va + vb) / (square(va) / (a.length - 1) + square(vb) / (b.length - 1));
        double t = tQuantileTwoSided(1 - confidence, df);
        return new Interval(d, d - t * se, d + t * se);
    }

    /** The t with P(|T| > t) = alpha for Student's t with {@code df} (not necessarily whole) degrees of freedom. */
    public static double tQuantileTwoSided(double alpha, double df) {
        if (!(alpha > 0 && alpha < 1) || !(df > 0)) {
            throw new IllegalArgumentException("alpha in (0, 1) and positive degrees of freedom are needed");
        }
        // P(|T| > t) = I_{df/(df+t²)}(df/2, 1/2)
        double x = Beta.inverseRegularizedIncompleteBetaFunction(df / 2, 0.5, alpha);
        return Math.sqrt(df * (1 - x) / x);
    }

    /**
     * Holm's step-down adjustment: the k-th smallest of m p-values becomes
     * {@code max over j ≤ k of min(1, (m − j + 1) p(j))}. NaN p-values are left out of m and stay NaN.
     */
    public static double[] holm(double[] pValues) {
        int m = 0;
        for (double p : pValues) {
            m += Double.isNaN(p) ? 0 : 1;
        }
        Integer[] order = new Integer[pValues.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (i, j) -> {
            double pi = pValues[i];
            double pj = pValues[j];
            if (Double.isNaN(pi) || Double.isNaN(pj)) {
                return Boolean.compare(Double.isNaN(pi), Double.isNaN(pj));
            }
            return Double.compare(pi, pj);
        });
        double[] adjusted = new double[pValues.length];
        double running = 0;
        for (int k = 0; k < order.length; k++) {
            int i = order[k];
            if (Double.isNaN(pValues[i])) {
                adjusted[i] = Double.NaN;
                continue;
            }
            running = Math.max(running, Math.min(1, (m - k) * pValues[i]));
            adjusted[i] = running;
        }
        return adjusted;
    }

    /** The upper tail P(X ≥ x) of a chi-square distribution. */
    public static double chiSquareUpperTail(double x, int degreesOfFreedom) {
        if (x <= 0) {
            return 1;
        }
        return Gamma.regularizedUpperIncompleteGamma(degreesOfFreedom / 2.0, x / 2);
    }

    static double mean(double[] v) {
        double sum = 0;
        for (double x : v) {
            sum += x;
        }
        return sum / v.length;
    }

    private static double variance(double[] v, double mean) {
        double sum = 0;
        for (double x : v) {
            double d = x - mean;
            sum += d * d;
        }
        return sum / (v.length - 1);
    }

    private static double square(double x) {
        return x * x;
    }

    static void requireConfidence(double confidence) {
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("the confidence must be between 0 and 1, not " + confidence);
        }
    }

    private static void requireCounts(long successes, long trials) {
        if (trials < 0 || successes < 0 || successes > trials) {
            throw new IllegalArgumentException(successes + " successes of " + trials + " trials");
        }
    }
}
