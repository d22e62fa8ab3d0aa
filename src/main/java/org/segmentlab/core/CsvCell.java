package org.segmentlab.core;

import java.util.regex.Pattern;

/**
 * One CSV cell as every CSV SegmentLab writes it (RFM, customer tables, assignments, scores,
 * exports). Text a spreadsheet would run as a formula ({@code = + - @}, a tab, a carriage return or
 * a line feed first) is written with a leading apostrophe, except plain numbers such as {@code -12},
 * which stay numbers. A cell is quoted (RFC 4180) when it holds a comma, a quote or a line break,
 * or begins or ends with a blank.
 */
public final class CsvCell {

    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");
    private static final String FORMULA_STARTS = "=+-@\t\r\n";

    private CsvCell() {
    }

    /** The cell for a text; null is an empty cell. */
    public static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String safe = value;
        if (FORMULA_STARTS.indexOf(safe.charAt(0)) >= 0 && !PLAIN_NUMBER.matcher(safe).matches()) {
            safe = "'" + safe;
        }
        boolean quote = Character.isWhitespace(safe.charAt(safe.length() - 1)) || Character.isWhitespace(safe.charAt(0));
        for (int i = 0; i < safe.length() && !quote; i++) {
            char c = safe.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }

    /** Appends the cell for a text. */
    public static StringBuilder append(StringBuilder line, String value) {
        return line.append(text(value));
    }
}
