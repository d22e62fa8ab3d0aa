package org.segmentlab.core.clv;

import java.util.ArrayList;
import java.util.List;

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
     * Terms the series is given before the integral takes over. Each term is below z times the one
     * before, so a series that has not settled by then has z near 1, where it would need up to millions.
     */
    static final int SERIES_TERMS = 400;

    /**
     * ln of Σ_n (b)_n / (c)_n z^n for 0 &lt; b ≤ c, c &gt; 1 and 0 ≤ z &lt; 1, that is ln ₂F₁(1, b; c; z). Every
     * term is positive and each is at most z times the one before, so the sum neither cancels nor
     * overflows; the Pareto/NBD likelihood reaches ₂F₁(a, b'; a + 1; z) through Euler's transformation
     * into this form whatever the number of purchases. Near z = 1, where the series would need up to
     * millions of terms, the same value comes from an integral (see {@link #logHyp1WithDerivatives}).
     * Here 1 − z is taken from the rounded z; a caller who has 1 − z more exactly gives it with
     * {@link #logHyp1(double, double, double, double)}.
     */
    static double logHyp1(double b, double c, double z) {
        return logHyp1(b, c, z, 1 - z);
    }

    /**
     * {@link #logHyp1(double, double, double)} with 1 − z given as well ({@code oneMinusZ}, in (0, 1]): the
     * integral near z = 1 takes its digits from it, so a 1 − z of 1e-12 or 1e-300, whose z rounds to within
     * an ulp of 1 or to 1 itself, keeps them. NaN in, NaN out; inputs outside the domain are refused.
     */
    static double logHyp1(double b, double c, double z, double oneMinusZ) {
        double[] out = new double[4];
        logHyp1WithDerivatives(b, c, z, oneMinusZ, out, false);
        return out[0];
    }

    /** {@link #logHyp1WithDerivatives(double, double, double, double, double[], boolean)} with 1 − z from z. */
    static void logHyp1WithDerivatives(double b, double c, double z, double[] out, boolean derivatives) {
        logHyp1WithDerivatives(b, c, z, 1 - z, out, derivatives);
    }

    /**
     * ln S with S = ₂F₁(1, b; c; z) = Σ_n (b)_n/(c)_n z^n for 0 &lt; b ≤ c, c &gt; 1, 0 ≤ z &lt; 1, and (when
     * {@code derivatives}) d ln S / db, d ln S / dc, d ln S / dz, into {@code out[0..3]}; {@code oneMinusZ}
     * is 1 − z, as exactly as the caller has it.
     *
     * <p>Away from z = 1 the series: the derivatives ride along the same positive terms (d ln t_n/db =
     * Σ_{k&lt;n} 1/(b+k), and so on). Where it has not settled in {@value #SERIES_TERMS} terms, the
     * incomplete-beta form of the same function, B_z(p, q) = z^p (1−z)^q / p · ₂F₁(p+q, 1; p+1; z) with
     * p = c − 1, q = b − c + 1, written with t = 1 − e^v:
     * S = (c−1) z^(1−c) (1−z)^d ∫ from ln(1−z) to 0 of (1 − e^v)^(c−2) e^(−d v) dv, d = c − b − 1,
     * and with v = ln(1 − z) + y, so that the factors outside cancel (they are huge and opposite when c is):
     * S = (c−1)/z ∫ from 0 to W of e^((c−2) φ(y) − d y) dy, φ(y) = ln(1 − (1−z)(e^y − 1)/z), W = −ln(1 − z),
     * an integral over a short interval of a positive, smooth function (at most an integrable power
     * singularity at y = W), summed by the tanh-sinh rule in logarithms. Its cost does not grow as z
     * nears 1.
     *
     * <p>A NaN among b, c, z and 1 − z makes every output NaN (a likelihood at such a point is not a number,
     * and the fit's line search steps back from it). Numbers outside the domain (b ≤ 0, c ≤ 1, b &gt; c, an
     * infinite b or c, z outside [0, 1), 1 − z outside (0, 1], or a z and 1 − z that do not add up to 1)
     * are a caller's mistake and throw {@link IllegalArgumentException}: no value of the function would be
     * right for them.
     */
    static void logHyp1WithDerivatives(double b, double c, double z, double oneMinusZ, double[] out,
                                       boolean derivatives) {
        if (Double.isNaN(b) || Double.isNaN(c) || Double.isNaN(z) || Double.isNaN(oneMinusZ)) {
            java.util.Arrays.fill(out, 0, 4, Double.NaN);
            return;
        }
        checkDomain(b, c, z, oneMinusZ);
        if (z == 0) {
            out[0] = 0;
            out[1] = 0;
            out[2] = 0;
            out[3] = b / c;
            return;
        }
        if (!series(b, c, z, out, derivatives)) {
            integral(b, c, z, oneMinusZ, out, derivatives);
        }
    }

    /** How far z + (1 − z) may be from 1: a few roundings of numbers below 1 (each caller's are 3 at most). */
    private static final double SUM_TOLERANCE = 8 * Math.ulp(1.0);

    private static void checkDomain(double b, double c, double z, double oneMinusZ) {
        if (!(b > 0 && c > 1 && b <= c && c < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("ln 2F1(1, b; c; z) needs 0 < b <= c and 1 < c, both finite, not b = "
                    + b + ", c = " + c);
        }
        if (!(z >= 0 && z <= 1 && oneMinusZ > 0 && oneMinusZ <= 1)) {
            throw new IllegalArgumentException("ln 2F1(1, b; c; z) needs 0 <= z < 1, not z = " + z + " (1 - z = "
                    + oneMinusZ + ")");
        }
        if (!(Math.abs((z - 1) + oneMinusZ) <= SUM_TOLERANCE)) {
            throw new IllegalArgumentException("ln 2F1(1, b; c; z) was given z = " + z + " and 1 - z = " + oneMinusZ
                    + ", which do not add up to 1");
        }
    }

    /** The series; false when it has not settled in {@value #SERIES_TERMS} terms. */
    private static boolean series(double b, double c, double z, double[] out, boolean derivatives) {
        double term = 1;
        double sum = 1;
        double sb = 0;
        double sc = 0;
        double sz = 0;
        double hb = 0;
        double hc = 0;
        for (int n = 0; n < SERIES_TERMS; n++) {
            term *= (b + n) / (c + n) * z;
            sum += term;
            if (derivatives) {
                hb += 1 / (b + n);
                hc += 1 / (c + n);
                sb += term * hb;
                sc += term * hc;
                sz += term * (n + 1);
            }
            if (term < 1e-17 * sum) {
                out[0] = Math.log(sum);
                out[1] = sb / sum;
                out[2] = -sc / sum;
                out[3] = sz / (sum * z);
                return true;
            }
        }
        return false;
    }

    /** Step of the first tanh-sinh pass; each later pass halves it. */
    private static final double FIRST_STEP = 0.25;
    private static final int PASSES = 8;
    private static final double HALF_PI = Math.PI / 2;

    /** The incomplete-beta integral form of {@link #logHyp1WithDerivatives}, for z near 1. */
    private static void integral(double b, double c, double z, double oneMinusZ, double[] out,
                                 boolean derivatives) {
        double d = c - b - 1;
        // ln(1 − z) and ln z from the exact 1 − z: z itself may have rounded to within an ulp of 1, or to 1
        double width = -Math.log(oneMinusZ);
        double logZ = Math.log1p(-oneMinusZ);
        // running sums of f(y) dy/dt, y f and φ f over the nodes, scaled by e^-acc[0]
        double[] acc = {Double.NEGATIVE_INFINITY, 0, 0, 0};
        double step = FIRST_STEP;
        double previous = Double.NaN;
        for (int pass = 0; pass < PASSES; pass++) {
            for (int side = 0; side < 2; side++) {
                double[] fractions = Nodes.FRACTIONS[2 * pass + side];
                double[] logWeights = Nodes.LOG_WEIGHTS[2 * pass + side];
                double last = Double.NEGATIVE_INFINITY;
                for (int k = 0; k < fractions.length; k++) {
                    double log = node(side == 0, fractions[k], logWeights[k], width, c, d, oneMinusZ, z, logZ, acc);
                    // the terms are unimodal along a side: once they fall outward, far below the largest and
                    // near the end, the rest add nothing; before their peak (which may lie near the end, as
                    // for a large c) they are all still taken
                    if (fractions[k] < 0.05 && log < acc[0] - 50 && log < last) {
                        break;
                    }
                    last = log;
                }
            }
            double estimate = acc[0] + Math.log(acc[1] * step);
            // the rule's error squares from one pass to the next: a change this small leaves ~1e-13
            if (pass > 0 && Math.abs(estimate - previous) < 3e-7) {
                previous = estimate;
                break;
            }
            previous = estimate;
            step /= 2;
        }
        double logJ = previous;
        out[0] = Math.log(c - 1) - logZ + logJ;
        if (derivatives) {
            double meanY = acc[2] / acc[1];
            double meanPhi = acc[3] / acc[1];
            out[1] = meanY;
            out[2] = 1 / (c - 1) + meanPhi - meanY;
            out[3] = (1 - c) / z + (Math.exp(-logJ) - d) / oneMinusZ;
        } else {
            out[1] = Double.NaN;
            out[2] = Double.NaN;
            out[3] = Double.NaN;
        }
    }

    /**
     * The tanh-sinh nodes of each pass and side, outward from the middle of the interval: their distance
     * to the nearer end as a fraction of the interval's width, and ln of their weight per unit width
     * (without the step). Pass 0 takes every multiple of {@link #FIRST_STEP} (t = 0 on the upper side),
     * each later pass the odd multiples of its halved step; a side ends where its distance underflows.
     * Worked out the first time a Pareto/NBD integral needs them (a holder class), not by every
     * command that uses this class.
     */
    private static final class Nodes {
        static final double[][] FRACTIONS = new double[2 * PASSES][];
        static final double[][] LOG_WEIGHTS = new double[2 * PASSES][];

        static {
            double step = FIRST_STEP;
            for (int pass = 0; pass < PASSES; pass++) {
                for (int side = 0; side < 2; side++) {
                    List<double[]> nodes = new ArrayList<>();
                    int first = pass == 0 ? side : 1;
                    int stride = pass == 0 ? 1 : 2;
                    for (int k = first; ; k += stride) {
                        double t = k * step;
                        double q = HALF_PI * Math.sinh(t);
                        double small = Math.exp(-2 * q);
                        double fraction = small / (1 + small);
                        if (fraction == 0 || !Double.isFinite(q)) {
                            break;
                        }
                        double logCoshQ = q + Math.log1p(small) - Math.log(2);
                        nodes.add(new double[] {fraction,
                                Math.log(HALF_PI / 2) + Math.log(Math.cosh(t)) - 2 * logCoshQ});
                    }
                    FRACTIONS[2 * pass + side] = nodes.stream().mapToDouble(n -> n[0]).toArray();
                    LOG_WEIGHTS[2 * pass + side] = nodes.stream().mapToDouble(n -> n[1]).toArray();
                }
                step /= 2;
            }
        }

        private Nodes() {
        }
    }

    /**
     * Adds a tanh-sinh node to the sums and returns ln of its term: {@code upper} for a node on the side of
     * y = W (v = 0), at {@code fraction} of the width W from that end. φ is worked out from the nearer end,
     * so that neither the node's place nor φ loses digits to the rounding of v = ln(1 − z) + y near
     * ln(1 − z).
     */
    private static double node(boolean upper, double fraction, double logWeight, double width, double c, double d,
                                double oneMinusZ, double z, double logZ, double[] acc) {
        double near = width * fraction;
        double y;
        double phi;
        if (upper) {
            y = width - near;
            phi = Math.log(-Math.expm1(-near)) - logZ;
        } else {
            y = near;
            phi = Math.log1p(-oneMinusZ * Math.expm1(near) / z);
        }
        double log = (c - 2) * phi - d * y + logWeight + Math.log(width);
        if (log > acc[0]) {
            double scale = Math.exp(acc[0] - log);
            acc[1] *= scale;
            acc[2] *= scale;
            acc[3] *= scale;
            acc[0] = log;
        }
        double f = Math.exp(log - acc[0]);
        acc[1] += f;
        acc[2] += f * y;
        acc[3] += f * phi;
        return log;
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
