package org.segmentlab.core.features.prep;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import java.util.Objects;
import org.segmentlab.core.features.scale.FeatureScaling;
import org.segmentlab.core.features.scale.Scaler;

/**
 * One step of the preparation of a customer table, as the analyst chose it. The steps run in
 * order, each on the output of the one before, and are saved in the project file with a
 * {@code "type"} field naming the step (no class names in the file). A step that names no
 * columns applies to every column it can use; which ones is fixed when the preparation is fitted.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = PrepStep.FillMissing.class, name = "fill_missing"),
    @JsonSubTypes.Type(value = PrepStep.Log1p.class, name = "log1p"),
    @JsonSubTypes.Type(value = PrepStep.Scale.class, name = "scale"),
    @JsonSubTypes.Type(value = PrepStep.OneHot.class, name = "one_hot"),
    @JsonSubTypes.Type(value = PrepStep.Ratio.class, name = "ratio")
})
public sealed interface PrepStep {

    /** One line for the preparation list in the workbench. */
    String describe();

    /**
     * Fills missing values: numbers with the median, the most frequent value or a constant;
     * categories with the most frequent level or a constant text (a median falls back to the mode).
     *
     * @param columns   the columns to fill; empty = every column
     * @param value     the number for CONSTANT
     * @param text      the level for CONSTANT on categories (default "missing")
     * @param indicator also add {@code <column>_was_missing} (1 where the value was missing) for the
     *                  columns that had missing values when fitted
     */
    record FillMissing(List<String> columns, Method method, Double value, String text, boolean indicator)
            implements PrepStep {

        public enum Method { MEDIAN, MODE, CONSTANT }

        public FillMissing {
            columns = columns == null ? List.of() : List.copyOf(columns);
            Objects.requireNonNull(method, "method");
            if (method == Method.CONSTANT && value == null && text == null) {
                throw new IllegalArgumentException("a constant fill needs a value");
            }
        }

        public static FillMissing median(List<String> columns, boolean indicator) {
            return new FillMissing(columns, Method.MEDIAN, null, null, indicator);
        }

        public static FillMissing mode(List<String> columns, boolean indicator) {
            return new FillMissing(columns, Method.MODE, null, null, indicator);
        }

        @Override
        public String describe() {
            String how = method == Method.CONSTANT ? "with " + (value != null ? value : "'" + text + "'")
                    : "with the " + method.name().toLowerCase(java.util.Locale.ROOT);
            return "Fill missing values of " + columnsText(columns) + " " + how
                    + (indicator ? ", marking them in a _was_missing column" : "");
        }
    }

    /** Replaces x by ln(1 + x), which tames long right tails (spend, counts). Values ≤ -1 become missing. */
    record Log1p(List<String> columns) implements PrepStep {

        public Log1p {
            columns = columns == null ? List.of() : List.copyOf(columns);
        }

        @Override
        public String describe() {
            return "Log of 1 + value for " + columnsText(columns);
        }
    }

    /**
     * Puts numeric columns on one scale with the clustering's own {@link Scaler}: z-score (mean 0,
     * standard deviation 1), min-max (0 to 1), robust (median 0, interquartile range 1) or log then
     * z-score. As for clustering, a missing value is first filled with the column's median, and a
     * column that does not vary becomes a constant.
     */
    record Scale(List<String> columns, FeatureScaling method) implements PrepStep {

        public Scale {
            columns = columns == null ? List.of() : List.copyOf(columns);
            Objects.requireNonNull(method, "method");
            if (method == FeatureScaling.NONE) {
                throw new IllegalArgumentException("a scaling step needs a scaling other than 'none'");
            }
        }

        @Override
        public String describe() {
            return method.label() + " scaling of " + columnsText(columns);
        }
    }

    /**
     * Turns categories into 0/1 columns {@code <column>_<level>}: the {@code maxLevels} most frequent
     * levels get a column each, the rarer ones share {@code <column>_other}. A missing value is 0 in
     * every column. Levels not seen when fitting count as rare.
     */
    record OneHot(List<String> columns, int maxLevels, String otherLabel) implements PrepStep {

        public static final int DEFAULT_MAX_LEVELS = 10;
        /** More new columns than this in one step earns a warning. */
        public static final int MANY_COLUMNS = 50;

        public OneHot {
            columns = columns == null ? List.of() : List.copyOf(columns);
            if (maxLevels < 1) {
                throw new IllegalArgumentException("one-hot encoding keeps at least 1 level, not " + maxLevels);
            }
            otherLabel = otherLabel == null || otherLabel.isBlank() ? "Other" : otherLabel;
        }

        public static OneHot of(List<String> columns) {
            return new OneHot(columns, DEFAULT_MAX_LEVELS, null);
        }

        @Override
        public String describe() {
            return "One-hot encode " + columnsText(columns) + " (up to " + maxLevels + " levels, the rest as '"
                    + otherLabel + "')";
        }
    }

    /**
     * A new column {@code name} = numerator ÷ denominator (e.g. monetary ÷ frequency = average
     * order value); division by zero or a missing operand gives a missing value.
     *
     * @param name the new column; null = {@code <numerator>_per_<denominator>}
     */
    record Ratio(String numerator, String denominator, String name) implements PrepStep {

        public Ratio {
            Objects.requireNonNull(numerator, "numerator");
            Objects.requireNonNull(denominator, "denominator");
            name = name == null || name.isBlank() ? numerator + "_per_" + denominator : name;
        }

        @Override
        public String describe() {
            return name + " = " + numerator + " / " + denominator;
        }
    }

    private static String columnsText(List<String> columns) {
        return columns.isEmpty() ? "every column" : String.join(", ", columns);
    }
}
