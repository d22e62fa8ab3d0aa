package org.segmentlab.core.campaign;

/**
 * Plans a two-arm test of conversion rates (two-sided z test, normal approximation without
 * continuity correction): how many customers each arm needs to detect a lift, and which lift the
 * customers at hand can detect. With equal arms the size is the textbook
 * {@code n = (z₁₋α/₂ √(2 p̄ q̄) + z₁₋β √(p₁q₁ + p₂q₂))² / (p₂ − p₁)²} per arm.
 */
public final class TestPlanner {

    private TestPlanner() {
    }

    /** Customers in each arm; {@code total()} adds them. */
    public record ArmSizes(int treated, int control) {
        public int total() {
            return treated + control;
        }
    }

    /**
     * The customers needed to detect a change from {@code baselineRate} (the control's rate) to
     * {@code baselineRate + difference}.
     *
     * @param treatedShare the share of customers in the treated arm (0.5 for equal arms)
     */
    public static ArmSizes customersNeeded(double baselineRate, double difference, double alpha, double power,
                                           double treatedShare) {
        requireRate(baselineRate, "baseline rate");
        requireRate(baselineRate + difference, "baseline rate plus the difference");
        if (difference == 0) {
            throw new IllegalArgumentException("a difference of zero cannot be detected");
        }
        requireProbabilities(alpha, power, treatedShare);
        double s = treatedShare;
        double p1 = baselineRate;
        double p2 = baselineRate + difference;
        double pooled = s * p2 + (1 - s) * p1;
        double za = CampaignStatistics.normalQuantile(1 - alpha / 2);
        double zb = CampaignStatistics.normalQuantile(power);
        double root = za * Math.sqrt(pooled * (1 - pooled) * (1 / s + 1 / (1 - s)))
                + zb * Math.sqrt(p2 * (1 - p2) / s + p1 * (1 - p1) / (1 - s));
        double total = root * root / (difference * difference);
        return new ArmSizes((int) Math.ceil(s * total - 1e-9), (int) Math.ceil((1 - s) * total - 1e-9));
    }

    /**
     * The smallest rise of the conversion rate above {@code baselineRate} that arms of these sizes
     * detect with the given power; NaN when even a rise to 100% is not enough.
     */
    public static double detectableDifference(double baselineRate, int treated, int control, double alpha,
                                              double power) {
        requireRate(baselineRate, "baseline rate");
        if (treated < 1 || control < 1) {
            throw new IllegalArgumentException("each arm needs customers: " + treated + " treated, " + control
                    + " control");
        }
        requireProbabilities(alpha, power, 0.5);
        double za = CampaignStatistics.normalQuantile(1 - alpha / 2);
        double zb = CampaignStatistics.normalQuantile(power);
        double lo = 0;
        double hi = 1 - baselineRate;
        if (hi <= 0 || shortfall(baselineRate, hi, treated, control, za, zb) > 0) {
            return Double.NaN;
        }
        for (int iter = 0; iter < 100; iter++) {
            double mid = (lo + hi) / 2;
            if (shortfall(baselineRate, mid, treated, control, za, zb) > 0) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return hi;
    }

    /** Positive while the difference is too small to be detected with that power. */
    private static double shortfall(double p1, double d, int n2, int n1, double za, double zb) {
        double p2 = p1 + d;
        double pooled = (n2 * p2 + n1 * p1) / (n1 + n2);
        double null0 = Math.sqrt(pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n2));
        double alt = Math.sqrt(p2 * (1 - p2) / n2 + p1 * (1 - p1) / n1);
        return za * null0 + zb * alt - d;
    }

    private static void requireRate(double rate, String what) {
        if (!(rate > 0 && rate < 1)) {
            throw new IllegalArgumentException("the " + what + " must be between 0 and 1, not " + rate);
        }
    }

    private static void requireProbabilities(double alpha, double power, double share) {
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must be between 0 and 1, not " + alpha);
        }
        if (!(power > 0 && power < 1)) {
            throw new IllegalArgumentException("power must be between 0 and 1, not " + power);
        }
        if (!(share > 0 && share < 1)) {
            throw new IllegalArgumentException("the treated share must be between 0 and 1, not " + share);
        }
    }
}
