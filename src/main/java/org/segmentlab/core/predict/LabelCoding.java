package org.segmentlab.core.predict;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which value of the label column counts as the positive class (the churner, the buyer). Values
 * are compared trimmed and ignoring case, so {@code " Yes"} and {@code "yes"} are the same answer.
 *
 * @param column        the label column
 * @param positiveValue the value that means "positive", as the user or the data spelled it
 */
public record LabelCoding(String column, String positiveValue) implements Serializable {

    private static final long serialVersionUID = 1L;

    private Object writeReplace() {
        return new SerialForm(SerialForm.LABEL, column, positiveValue);
    }

    /** Spellings of "yes" that a two-valued label is read with when the user names none. */
    private static final Set<String> USUAL_POSITIVES = Set.of("yes", "y", "true", "t", "1", "positive", "churn",
            "churned");

    public LabelCoding {
        if (positiveValue == null || positiveValue.isBlank()) {
            throw new IllegalArgumentException("the positive value of label '" + column + "' is empty");
        }
        positiveValue = positiveValue.trim();
    }

    /** 1 when the value means positive, 0 when it is another value, -1 when it is missing. */
    public int code(String value) {
        String v = normalise(value);
        if (v == null) {
            return -1;
        }
        return v.equalsIgnoreCase(positiveValue) ? 1 : 0;
    }

    /**
     * Decides the positive value from the values a label column holds.
     *
     * @param hint the value the user named, or null to recognise Yes/No, 1/0, true/false
     * @throws IllegalArgumentException when the label cannot be read as two classes; the message
     *                                  lists the values and says to name the positive one
     */
    public static LabelCoding decide(String column, Collection<String> values, String hint) {
        Set<String> distinct = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (String value : values) {
            String v = normalise(value);
            if (v != null) {
                distinct.add(v);
            }
        }
        if (distinct.isEmpty()) {
            throw new IllegalArgumentException("label '" + column + "' has no values");
        }
        if (hint != null && !hint.isBlank()) {
            String wanted = hint.trim();
            if (!distinct.contains(wanted)) {
                throw new IllegalArgumentException("positive value '" + wanted + "' does not occur in label '"
                        + column + "' (values: " + shortList(distinct) + ")");
            }
            if (distinct.size() == 1) {
                throw new IllegalArgumentException("label '" + column + "' has the single value '" + wanted
                        + "': a model needs both outcomes");
            }
            return new LabelCoding(column, distinct.stream().filter(wanted::equalsIgnoreCase).findFirst()
                    .orElse(wanted));
        }
        if (distinct.size() == 1) {
            throw new IllegalArgumentException("label '" + column + "' has the single value '"
                    + distinct.iterator().next() + "': a model needs both outcomes");
        }
        if (distinct.size() == 2) {
            List<String> two = List.copyOf(distinct);
            boolean first = isUsualPositive(two.get(0));
            boolean second = isUsualPositive(two.get(1));
            if (first != second) {
                return new LabelCoding(column, first ? two.get(0) : two.get(1));
            }
        }
        throw new IllegalArgumentException("label '" + column + "' has the values " + shortList(distinct)
                + ": name the positive one (--positive VALUE)");
    }

    private static boolean isUsualPositive(String value) {
        String v = value.toLowerCase(Locale.ROOT);
        return USUAL_POSITIVES.contains(v) || v.equals("1.0");
    }

    /** Trimmed, or null when empty. */
    static String normalise(String value) {
        if (value == null) {
            return null;
        }
        String v = value.trim();
        return v.isEmpty() ? null : v;
    }

    private static String shortList(Set<String> values) {
        List<String> all = List.copyOf(values);
        if (all.size() <= 8) {
            return String.join(", ", all);
        }
        return String.join(", ", all.subList(0, 8)) + " and " + (all.size() - 8) + " more";
    }
}
