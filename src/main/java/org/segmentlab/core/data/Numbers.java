package org.segmentlab.core.data;

import java.nio.charset.StandardCharsets;

/**
 * Reads numbers straight from field bytes, with no String per value. A parser instance reports
 * failure through {@link #failed()} instead of an exception, because failures are expected while
 * type detection tries a value against several types.
 */
final class Numbers {

    /** What a value could be, as bit flags. */
    static final int INTEGER = 1;
    static final int DECIMAL = 2;
    static final int LEADING_ZERO = 4;

    private static final double[] POW10 = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22
    };
    private static final long EXACT_MANTISSA = 1L << 53;

    private boolean failed;

    boolean failed() {
        return failed;
    }

    /**
     * The kind of number the bytes hold: {@link #INTEGER} and/or {@link #DECIMAL}, with
     * {@link #LEADING_ZERO} when the integer part starts with a zero followed by another digit
     * ({@code 007}, a code rather than a number); 0 when it is not a number.
     */
    static int kind(byte[] b, int s, int e) {
        int i = s;
        if (i < e && (b[i] == '-' || b[i] == '+')) {
            i++;
        }
        int intStart = i;
        while (i < e && isDigit(b[i])) {
            i++;
        }
        int intDigits = i - intStart;
        if (intDigits > 18) {
            return 0; // a code such as a card number, not a quantity
        }
        int flags = intDigits > 1 && b[intStart] == '0' ? LEADING_ZERO : 0;
        if (i == e) {
            return intDigits == 0 ? 0 : flags | INTEGER | DECIMAL;
        }
        int fracDigits = 0;
        if (b[i] == '.') {
            i++;
            int fs = i;
            while (i < e && isDigit(b[i])) {
                i++;
            }
            fracDigits = i - fs;
        }
        if (intDigits + fracDigits == 0) {
            return 0;
        }
        if (i < e && (b[i] == 'e' || b[i] == 'E')) {
            i++;
            if (i < e && (b[i] == '-' || b[i] == '+')) {
                i++;
            }
            int es = i;
            while (i < e && isDigit(b[i])) {
                i++;
            }
            if (i == es) {
                return 0;
            }
        }
        return i == e ? flags | DECIMAL : 0;
    }

    /** A whole number of at most 18 digits (sign allowed); sets {@link #failed()} otherwise. */
    long parseLong(byte[] b, int s, int e) {
        failed = false;
        int i = s;
        boolean negative = false;
        if (i < e && (b[i] == '-' || b[i] == '+')) {
            negative = b[i] == '-';
            i++;
        }
        if (i == e || e - i > 18) {
            failed = true;
            return 0;
        }
        long v = 0;
        for (; i < e; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9) {
                failed = true;
                return 0;
            }
            v = v * 10 + d;
        }
        return negative ? -v : v;
    }

    /** A decimal number such as {@code -12.50} or {@code 1.5e3}; sets {@link #failed()} otherwise. */
    double parseDouble(byte[] b, int s, int e) {
        failed = false;
        int i = s;
        boolean negative = false;
        if (i < e && (b[i] == '-' || b[i] == '+')) {
            negative = b[i] == '-';
            i++;
        }
        long mantissa = 0;
        int significant = 0;
        int exp10 = 0;
        int digits = 0;
        boolean exact = true;
        while (i < e && isDigit(b[i])) {
            if (significant < 18) {
                mantissa = mantissa * 10 + (b[i] - '0');
                if (mantissa != 0) {
                    significant++;
                }
            } else {
                exact = false;
                exp10++;
            }
            digits++;
            i++;
        }
        if (i < e && b[i] == '.') {
            i++;
            while (i < e && isDigit(b[i])) {
                if (significant < 18) {
                    mantissa = mantissa * 10 + (b[i] - '0');
                    if (mantissa != 0) {
                        significant++;
                    }
                    exp10--;
                } else {
                    exact = false;
                }
                digits++;
                i++;
            }
        }
        if (digits == 0) {
            failed = true;
            return 0;
        }
        if (i < e && (b[i] == 'e' || b[i] == 'E')) {
            i++;
            boolean negExp = false;
            if (i < e && (b[i] == '-' || b[i] == '+')) {
                negExp = b[i] == '-';
                i++;
            }
            int es = i;
            int x = 0;
            while (i < e && isDigit(b[i])) {
                if (x < 10_000) {
                    x = x * 10 + (b[i] - '0');
                }
                i++;
            }
            if (i == es) {
                failed = true;
                return 0;
            }
            exp10 += negExp ? -x : x;
        }
        if (i != e) {
            failed = true;
            return 0;
        }
        double v;
        if (exact && mantissa < EXACT_MANTISSA && exp10 >= -22 && exp10 <= 22) {
            // Both operands are exact doubles, so one multiplication or division rounds correctly.
            v = exp10 >= 0 ? mantissa * POW10[exp10] : mantissa / POW10[-exp10];
        } else {
            v = Double.parseDouble(new String(b, s, e - s, StandardCharsets.ISO_8859_1));
            return v;
        }
        return negative ? -v : v;
    }

    static boolean isDigit(byte c) {
        return c >= '0' && c <= '9';
    }
}
