package org.segmentlab.core.clv;

/**
 * The special functions the purchase and spend models need, written for the ranges they meet:
 * log-gamma and digamma of positive arguments, the log of a sum of exponentials, and the one
 * Gauss hypergeometric series that stays well-behaved (all terms positive, ratio below z).
 */
final class ClvMath {

    private static final double HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);
    /** Below this the recurrence shifts the argument up before the asymptotic series is used. */
    private static final double ASYMPTOTIC_FROM = 15.0;
    /** More terms than any series should need at z &lt; 1; reaching it is reported by the caller's notes. */
    static final int MAX_SERIES_TERMS = 1_000_000;

    private ClvMath() {
    }

    /** ln Γ(x) for x &gt; 0 (Stirling's series after shifting x to ≥ 15; about 1e-15 relative). */
    static double logGamma(double x) {
        if (!(x > 0)) {
            return Double.NaN;
        }
        double shift = 0;
        if (x < ASYMPTOTIC_FROM) {
            double product = 1;
            while (x < ASYMPTOTIC_FROM) {
                product *= x;
                x += 1;
            }
            shift = Math.log(product);
        }
        double inv = 1 / x;
        double inv2 = inv * inv;
        double series = inv * (1.0 / 12 - inv2 * (1.0 / 360 - inv2 * (1.0 / 1260 - inv2 * (1.0 / 1680
                - inv2 * (1.0 / 1188)))));
        return (x - 0.5) * Math.log(x) - x + HALF_LOG_TWO_PI + series - shift;
    }

    /** ψ(x) = d/dx ln Γ(x) for x &gt; 0. */
    static double digamma(double x) {
        if (!(x > 0)) {
            return Double.NaN;
        }
        double shift = 0;
        while (x < ASYMPTOTIC_FROM) {
            shift += 1 / x;
            x += 1;
        }
        double inv = 1 / x;
        double inv2 = inv * inv;
        double series = inv2 * (1.0 / 12 - inv2 * (1.0 / 120 - inv2 * (1.0 / 252 - inv2 * (1.0 / 240
                - inv2 * (1.0 / 132)))));
        return Math.log(x) - 0.5 * inv - series - shift;
    }

    /** ln(e^u + e^v) without overflow; −∞ terms are allowed. */
    static double logAddExp(double u, double v) {
        if (u == Double.NEGATIVE_INFINITY) {
            return v;
        }
        if (v == Double.NEGATIVE_INFINITY) {
            return u;
        }
        return u > v ? u + Math.log1p(Math.exp(v - u)) : v + Math.log1p(Math.exp(u - v));
    }

    /** ln(e^u − e^v) for u ≥ v; −∞ when they are equal. */
    static double logSubExp(double u, double v) {
        if (v == Double.NEGATIVE_INFINITY) {
            return u;
        }
        double d = v - u;
        if (d >= 0) {
            return Double.NEGATIVE_INFINITY;
        }
        return u + (d > -0.693 ? Math.log(-Math.expm1(d)) : Math.log1p(-Math.exp(d)));
    }

    /**
     * ln of Σ_n (b)_n / (c)_n z^n for 0 ≤ b &lt; c and 0 ≤ z &lt; 1, that is ln ₂F₁(1, b; c; z). Every
     * term is positive and each is less than z times the one before, so the sum neither cancels nor
     * overflows; the Pareto/NBD likelihood reaches ₂F₁(a, b'; a + 1; z) through Euler's transformation
     * into this form whatever the number of purchases.
     */
    static double logHyp1(double b, double c, double z) {
        return logHyp1(b, c, z, MAX_SERIES_TERMS);
    }

    /** As {@link #logHyp1(double, double, double)}, not a number when the series has not settled in {@code maxTerms}. */
    static double logHyp1(double b, double c, double z, int maxTerms) {
        if (z <= 0) {
            return 0;
        }
        double term = 1;
        double sum = 1;
        for (int n = 0; n < maxTerms; n++) {
            term *= (b + n) / (c + n) * z;
            sum += term;
            if (term < 1e-17 * sum) {
                return Math.log(sum);
            }
        }
        return Double.NaN;
    }

    /** (e^{ky} − 1) / k, continuous at k = 0 (where it is y). */
    static double expm1Over(double k, double y) {
        double ky = k * y;
        if (Math.abs(ky) < 1e-12) {
            return y * (1 + ky / 2);
        }
        return Math.expm1(ky) / k;
    }
}
