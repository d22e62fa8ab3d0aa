package org.segmentlab.core.features.rfm;

import java.util.Comparator;

/**
 * Orders customer ids as a person would: whole numbers by value (2 before 10), then text in
 * character order. Whole numbers come before text.
 */
public enum CustomerIdOrder implements Comparator<String> {
    INSTANCE;

    @Override
    public int compare(String a, String b) {
        boolean aNumber = isWholeNumber(a);
        boolean bNumber = isWholeNumber(b);
        if (aNumber && bNumber) {
            String x = withoutLeadingZeros(a);
            String y = withoutLeadingZeros(b);
            int byLength = Integer.compare(x.length(), y.length());
            if (byLength != 0) {
                return byLength;
            }
            int byDigits = x.compareTo(y);
            return byDigits != 0 ? byDigits : a.compareTo(b);
        }
        if (aNumber != bNumber) {
            return aNumber ? -1 : 1;
        }
        return a.compareTo(b);
    }

    private static boolean isWholeNumber(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static String withoutLeadingZeros(String s) {
        int i = 0;
        while (i < s.length() - 1 && s.charAt(i) == '0') {
            i++;
        }
        return s.substring(i);
    }
}
