package org.segmentlab.ui.common;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Numbers as the customer table shows them: counts with thousands separators, shares and rates to a few places. */
public final class NumberText {

    private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(Locale.US);

    private NumberText() {
    }

    public static String format(double value) {
        if (Double.isNaN(value)) {
            return "";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "∞" : "−∞";
        }
        double magnitude = Math.abs(value);
        String pattern;
        if (value == Math.rint(value) && magnitude < 1e15) {
            pattern = "#,##0";
        } else if (magnitude >= 1000) {
            pattern = "#,##0.0";
        } else if (magnitude >= 1) {
            pattern = "#,##0.00";
        } else {
            pattern = "0.000";
        }
        return new DecimalFormat(pattern, SYMBOLS).format(value);
    }
}
