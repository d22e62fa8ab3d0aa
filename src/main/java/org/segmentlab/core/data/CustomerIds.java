package org.segmentlab.core.data;

/**
 * One spelling for customer ids (and invoice numbers) wherever they come from. Ids are text: leading
 * zeros stay ({@code 00001}), surrounding spaces go, and a whole number written as a decimal by a
 * spreadsheet or data frame ({@code 17850.0}) loses its zero fraction ({@code 17850}), so the same
 * customer matches across files.
 */
public final class CustomerIds {

    private CustomerIds() {
    }

    /** The normal form of an id; null becomes the empty string (a missing id). */
    public static String normalise(String raw) {
        if (raw == null) {
            return "";
        }
        String s = raw.strip();
        int end = zeroFractionStart(s);
        return end < 0 ? s : s.substring(0, end);
    }

    /** True when the id is missing (null, empty or blank). */
    public static boolean isMissing(String id) {
        return id == null || id.isBlank();
    }

    /** Where {@code .0…} starts in {@code 123.00}, or -1 when the text is not digits then a zero fraction. */
    private static int zeroFractionStart(String s) {
        int dot = s.indexOf('.');
        if (dot <= 0 || dot == s.length() - 1) {
            return -1;
        }
        int i = s.charAt(0) == '-' || s.charAt(0) == '+' ? 1 : 0;
        if (i == dot) {
            return -1;
        }
        for (; i < dot; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return -1;
            }
        }
        for (int k = dot + 1; k < s.length(); k++) {
            if (s.charAt(k) != '0') {
                return -1;
            }
        }
        return dot;
    }

    /** The same rule on field bytes: the end of the id once a zero fraction is cut off. */
    static int normalisedEnd(byte[] b, int start, int end) {
        int dot = -1;
        for (int i = start; i < end; i++) {
            byte c = b[i];
            if (c == '.') {
                if (dot >= 0) {
                    return end;
                }
                dot = i;
            } else if (dot < 0) {
                if ((c < '0' || c > '9') && !(i == start && (c == '-' || c == '+'))) {
                    return end;
                }
            } else if (c != '0') {
                return end;
            }
        }
        if (dot < 0 || dot == end - 1) {
            return end;
        }
        int digitsStart = b[start] == '-' || b[start] == '+' ? start + 1 : start;
        return dot > digitsStart ? dot : end;
    }
}
