package org.segmentlab.core.features.rfm;

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

    /** The amount as a plain number with two decimals, e.g. {@code -1234.50}; no grouping, no exponent. */
    public static String format(double amount) {
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
