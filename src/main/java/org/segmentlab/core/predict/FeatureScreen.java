package org.segmentlab.core.predict;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.columns.Column;

/**
 * Looks at the feature columns before a model reads them, and says what it leaves out and why:
 * <ul>
 *   <li>text that looks like numbers (nine in ten values parse as a number) but holds values that are
 *       not finite numbers, such as {@code Infinity} or {@code 1e309}: refused as a feature, as
 *       {@code cluster} refuses it, instead of being read as categories;</li>
 *   <li>constant columns (one value, or none, for every customer): left out, they cannot tell
 *       customers apart;</li>
 *   <li>near-constant columns (all but at most {@code max(2, 0.1%)} of the customers, and no more than
 *       1%, share one value): left out when the features were chosen automatically, kept with a warning when named.</li>
 * </ul>
 */
final class FeatureScreen {

    private static final double NUMBER_LIKE_SHARE = 0.9;

    private FeatureScreen() {
    }

    /**
     * The columns to keep.
     *
     * @param named true when the user named the features: refusals are then errors
     * @throws IllegalArgumentException for a named column of number-like text, with the reason
     */
    static List<Column<?>> screen(List<Column<?>> columns, boolean named, List<ModelWarning> warnings) {
        List<Column<?>> kept = new ArrayList<>();
        for (Column<?> c : columns) {
            if (c instanceof StringColumn) {
                String bad = notFiniteNumber((StringColumn) c);
                if (bad != null) {
                    String reason = "was read as text, not as numbers: " + bad
                            + "; a model, like cluster, reads a numeric feature only when every value is a finite"
                            + " number or empty";
                    if (named) {
                        throw new IllegalArgumentException("feature '" + c.name() + "' " + reason
                                + " (fix those values or leave the column out)");
                    }
                    warnings.add(new ModelWarning(ModelWarning.Kind.TEXT_NOT_NUMERIC, c.name(), "Left out '"
                            + c.name() + "': it " + reason + "."));
                    continue;
                }
            }
            if (!(c instanceof StringColumn || c instanceof NumericColumn || c instanceof BooleanColumn)) {
                kept.add(c); // dates and other types: the reader refuses them with its own message
                continue;
            }
            Spread spread = spread(c);
            if (spread.distinct <= 1) {
                warnings.add(new ModelWarning(ModelWarning.Kind.CONSTANT_LEFT_OUT, c.name(), "Left out '" + c.name()
                        + "': " + (spread.distinct == 0 ? "it has no values" : "it is " + spread.common
                        + " for every customer") + ", so it cannot tell customers apart."));
                continue;
            }
            int rare = spread.present - spread.commonCount;
            if (rare <= Math.max(2, spread.present / 1000) && rare * 100 <= spread.present) {
                String what = " is " + spread.common + " for all but " + rare + " of " + spread.present
                        + " customers";
                if (named) {
                    warnings.add(new ModelWarning(ModelWarning.Kind.NEAR_CONSTANT, c.name(), "Kept '" + c.name()
                            + "', though it" + what + "; so few exceptions tell the model little and may be noise."));
                } else {
                    warnings.add(new ModelWarning(ModelWarning.Kind.NEAR_CONSTANT, c.name(), "Left out '" + c.name()
                            + "': it" + what + "; name it in --features to use it."));
                    continue;
                }
            }
            kept.add(c);
        }
        return kept;
    }

    /** The first value that keeps number-like text from being numbers, described; null when the text is not number-like. */
    private static String notFiniteNumber(StringColumn c) {
        String[] values = ModelInputReader.texts(c);
        int present = 0;
        int parsed = 0;
        String firstBad = null;
        int firstBadRow = -1;
        // Categories repeat: each distinct text is parsed once (a failed parse costs an exception).
        Map<String, Double> seen = new HashMap<>();
        for (int i = 0; i < values.length; i++) {
            String v = values[i];
            if (v == null) {
                continue;
            }
            present++;
            Double known = seen.get(v);
            if (known == null) {
                known = parse(v);
                if (seen.size() < ModelInputReader.DISTINCT_TEXTS_KEPT) {
                    seen.put(v, known);
                }
            }
            double d = known;
            if (!Double.isNaN(d) || isNaNWord(v)) {
                parsed++;
            }
            if (!Double.isFinite(d) && firstBad == null) {
                firstBad = v;
                firstBadRow = i + 1;
            }
        }
        if (present == 0 || parsed < NUMBER_LIKE_SHARE * present || firstBad == null) {
            return null;
        }
        return "'" + firstBad + "' on data row " + firstBadRow + " is not a finite number";
    }

    /** The number a text reads as, NaN when it is none. */
    private static double parse(String v) {
        char first = v.isEmpty() ? ' ' : v.charAt(0);
        if (!(Character.isDigit(first) || first == '-' || first == '+' || first == '.' || first == 'I'
                || first == 'N')) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** Text Java reads as the number NaN. */
    private static boolean isNaNWord(String v) {
        String t = v.strip();
        return t.equals("NaN") || t.equals("+NaN") || t.equals("-NaN");
    }

    private record Spread(int present, int distinct, String common, int commonCount) {
    }

    private static Spread spread(Column<?> c) {
        if (c instanceof StringColumn) {
            Map<String, Integer> counts = new HashMap<>();
            int present = 0;
            for (String v : ModelInputReader.texts(c)) {
                if (v != null) {
                    present++;
                    counts.merge(v, 1, Integer::sum);
                }
            }
            String common = null;
            int best = 0;
            for (Map.Entry<String, Integer> e : counts.entrySet()) {
                if (e.getValue() > best || (e.getValue() == best && e.getKey().compareTo(common) < 0)) {
                    best = e.getValue();
                    common = e.getKey();
                }
            }
            return new Spread(present, counts.size(), "'" + common + "'", best);
        }
        double[] all = ModelInputReader.numbers(c);
        double[] v = Arrays.stream(all).filter(Double::isFinite).toArray();
        Arrays.sort(v);
        int distinct = 0;
        double common = Double.NaN;
        int best = 0;
        for (int i = 0; i < v.length; ) {
            int j = i;
            while (j < v.length && v[j] == v[i]) {
                j++;
            }
            distinct++;
            if (j - i > best) {
                best = j - i;
                common = v[i];
            }
            i = j;
        }
        String shown = common == Math.rint(common) && Math.abs(common) < 1e15 ? Long.toString((long) common)
                : String.format(Locale.ROOT, "%s", common);
        return new Spread(v.length, distinct, shown, best);
    }
}
