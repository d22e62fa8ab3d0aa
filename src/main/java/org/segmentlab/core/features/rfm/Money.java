package org.segmentlab.core.features.rfm;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Money in whole cents. Monetary values are shown with two decimals and ranked by the same
 * cents, so two customers who look equal are equal: sums that differ only by floating-point
 * noise (4310.000000001 and 4309.999999999) share a score.
 */
public final class Money {

    private Money() {
    }

    /** The amount in cents, rounded half up. */
    public static long cents(double amount) {
        return Math.round(amount * 100.0);
    }

    /** Beyond this the cents of an amount no longer fit a long (and a double has no cents anyway). */
    private static final double EXACT_CENTS_LIMIT = 9.0e15;

    /**
     * A key that orders amounts as their cents do, for any size of amount: equal cents, equal keys;
     * amounts beyond what a long of cents holds keep their order instead of all becoming the largest long.
     */
    public static long rankKey(double amount) {
        double cents = Math.rint(amount * 100.0) + 0.0;
        long bits = Double.doubleToLongBits(cents);
        return bits >= 0 ? bits : bits ^ Long.MAX_VALUE;
    }

    /** The amount as a plain number with two decimals, e.g. {@code -1234.50}; no grouping, no exponent. */
    public static String format(double amount) {
        if (Double.isNaN(amount) || Double.isInfinite(amount)) {
            return "";
        }
        if (Math.abs(amount) >= EXACT_CENTS_LIMIT) {
            return BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_UP).toPlainString();
        }
        long cents = cents(amount);
        StringBuilder sb = new StringBuilder(16);
        if (cents < 0) {
            sb.append('-');
            cents = -cents;
        }
        sb.append(cents / 100).append('.');
        long rest = cents % 100;
        if (rest < 10) {
            sb.append('0');
        }
        return sb.append(rest).toString();
    }
}
