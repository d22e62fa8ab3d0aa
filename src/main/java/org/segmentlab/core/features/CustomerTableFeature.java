package org.segmentlab.core.features;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One column of the customer table as the analyst sees it: a snake_case name, the family it comes
 * from and a one-line description for the feature picker.
 */
public record CustomerTableFeature(String name, FeatureFamily family, String description) {

    private static final Pattern SNAKE_CASE = Pattern.compile("[a-z0-9]+(_[a-z0-9]+)*");
    private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");

    public CustomerTableFeature {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(description, "description");
        if (!isSnakeCase(name)) {
            throw new IllegalArgumentException("feature name '" + name + "' is not snake_case");
        }
    }

    public static boolean isSnakeCase(String name) {
        return SNAKE_CASE.matcher(name).matches();
    }

    /**
     * Turns a label (a column header, a category, a level) into a snake_case name part:
     * {@code MonthlyCharges} → {@code monthly_charges}, {@code CustomerID} → {@code customer_id},
     * {@code Home & Garden} → {@code home_garden}, {@code Café} → {@code cafe}. Nothing left gives "blank".
     */
    public static String snakeCase(String label) {
        String plain = DIACRITICS.matcher(Normalizer.normalize(label.strip(), Normalizer.Form.NFD)).replaceAll("");
        StringBuilder out = new StringBuilder(plain.length() + 4);
        boolean separator = false;
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            boolean ascii = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            if (!ascii) {
                separator = true;
                continue;
            }
            if (out.length() > 0 && (separator || startsWord(plain, i))) {
                out.append('_');
            }
            separator = false;
            out.append(Character.toLowerCase(c));
        }
        return out.length() == 0 ? "blank" : out.toString().toLowerCase(Locale.ROOT);
    }

    /** An upper-case letter after a lower-case one or a digit, or the last capital of an acronym before a word. */
    private static boolean startsWord(String s, int i) {
        char c = s.charAt(i);
        if (!(c >= 'A' && c <= 'Z')) {
            return false;
        }
        char before = s.charAt(i - 1);
        if ((before >= 'a' && before <= 'z') || (before >= '0' && before <= '9')) {
            return true;
        }
        boolean beforeIsCapital = before >= 'A' && before <= 'Z';
        boolean nextIsLower = i + 1 < s.length() && s.charAt(i + 1) >= 'a' && s.charAt(i + 1) <= 'z';
        return beforeIsCapital && nextIsLower;
    }
}
