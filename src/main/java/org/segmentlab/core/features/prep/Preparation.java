package org.segmentlab.core.features.prep;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.segmentlab.core.features.CustomerTable;
import org.segmentlab.core.features.CustomerTableWarning;
import org.segmentlab.core.features.CustomerTableWarning.Kind;
import org.segmentlab.core.features.scale.Scaler;

/**
 * Fits the analyst's preparation steps on a customer table, in order, and applies them: each step
 * learns its parameters from the output of the steps before it.
 */
public final class Preparation {

    /** The prepared table, the fitted steps to prepare new data alike, and what the analyst should know. */
    public record Result(CustomerTable table, FittedPreparation fitted, List<CustomerTableWarning> warnings) {
        public Result {
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * @throws IllegalArgumentException naming the step and the problem (a missing column, a
     *                                  category where numbers are needed...)
     */
    public Result fit(CustomerTable table, List<PrepStep> steps) {
        List<FittedStep> fitted = new ArrayList<>();
        List<CustomerTableWarning> warnings = new ArrayList<>();
        CustomerTable current = table;
        for (int s = 0; s < steps.size(); s++) {
            PrepStep step = steps.get(s);
            try {
                FittedStep fit = fitStep(step, current, warnings);
                current = fit.apply(current);
                fitted.add(fit);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("preparation step " + (s + 1) + " (" + step.describe() + "): "
                        + e.getMessage(), e);
            }
        }
        return new Result(current, new FittedPreparation(fitted), warnings);
    }

    private static FittedStep fitStep(PrepStep step, CustomerTable table, List<CustomerTableWarning> warnings) {
        if (step instanceof PrepStep.FillMissing) {
            return fitFill((PrepStep.FillMissing) step, table, warnings);
        }
        if (step instanceof PrepStep.Log1p) {
            return fitLog((PrepStep.Log1p) step, table, warnings);
        }
        if (step instanceof PrepStep.Scale) {
            return fitScale((PrepStep.Scale) step, table, warnings);
        }
        if (step instanceof PrepStep.OneHot) {
            return fitOneHot((PrepStep.OneHot) step, table, warnings);
        }
        PrepStep.Ratio ratio = (PrepStep.Ratio) step;
        table.numeric(ratio.numerator());
        table.numeric(ratio.denominator());
        if (table.has(ratio.name())) {
            throw new IllegalArgumentException("the table already has a feature '" + ratio.name() + "'");
        }
        return new FittedStep.Divided(ratio.numerator(), ratio.denominator(), ratio.name());
    }

    private static FittedStep fitFill(PrepStep.FillMissing step, CustomerTable table, List<CustomerTableWarning> warnings) {
        List<String> columns = step.columns().isEmpty() ? table.featureNames() : step.columns();
        Map<String, Double> numbers = new LinkedHashMap<>();
        Map<String, String> texts = new LinkedHashMap<>();
        List<String> indicators = new ArrayList<>();
        for (String name : columns) {
            CustomerTable.Column column = table.column(name);
            boolean anyMissing = false;
            for (int i = 0; i < column.size() && !anyMissing; i++) {
                anyMissing = column.isMissing(i);
            }
            if (column.isNumeric()) {
                double[] sorted = ColumnStatistics.sortedPresent(column.numbers());
                double fill;
                switch (step.method()) {
                    case MEDIAN -> fill = ColumnStatistics.median(sorted);
                    case MODE -> fill = ColumnStatistics.mode(sorted);
                    default -> {
                        if (step.value() == null) {
                            throw new IllegalArgumentException("'" + name + "' holds numbers; the constant fill has no number");
                        }
                        fill = step.value();
                    }
                }
                if (Double.isNaN(fill)) {
                    warnings.add(new CustomerTableWarning(Kind.UNUSABLE_VALUES, List.of(name),
                            "'" + name + "' has no values to take a " + step.method().name().toLowerCase(Locale.ROOT)
                                    + " from, so its missing values stay missing"));
                }
                numbers.put(name, fill);
            } else {
                String fill = step.method() == PrepStep.FillMissing.Method.CONSTANT
                        ? (step.text() != null ? step.text() : "missing")
                        : ColumnStatistics.mode(column.texts());
                if (fill == null) {
                    warnings.add(new CustomerTableWarning(Kind.UNUSABLE_VALUES, List.of(name),
                            "'" + name + "' has no values to take the most frequent level from, so it stays missing"));
                    continue;
                }
                texts.put(name, fill);
            }
            if (step.indicator() && anyMissing) {
                indicators.add(name);
            }
        }
        return new FittedStep.FilledMissing(numbers, texts, indicators);
    }

    private static FittedStep fitLog(PrepStep.Log1p step, CustomerTable table, List<CustomerTableWarning> warnings) {
        List<String> columns = step.columns().isEmpty() ? table.numericFeatureNames() : step.columns();
        for (String name : columns) {
            int unusable = 0;
            for (double v : table.numeric(name)) {
                if (v <= -1) {
                    unusable++;
                }
            }
            if (unusable > 0) {
                warnings.add(new CustomerTableWarning(Kind.UNUSABLE_VALUES, List.of(name), "'" + name + "' has "
                        + unusable + " values of -1 or less; their log is undefined, so they become missing"));
            }
        }
        return new FittedStep.Logged(columns);
    }

    /**
     * Scales the named columns, or every numeric column that has a value: a column with none (a mean
     * gap of customers with one visit each) cannot be scaled and stays as it is, with a warning.
     */
    private static FittedStep fitScale(PrepStep.Scale step, CustomerTable table, List<CustomerTableWarning> warnings) {
        List<String> columns = step.columns();
        if (columns.isEmpty()) {
            columns = new ArrayList<>();
            for (String name : table.numericFeatureNames()) {
                if (ColumnStatistics.sortedPresent(table.numeric(name)).length > 0) {
                    columns.add(name);
                } else {
                    warnings.add(new CustomerTableWarning(Kind.UNUSABLE_VALUES, List.of(name), "'" + name
                            + "' has no values to scale, so it stays missing"));
                }
            }
        }
        return new FittedStep.Scaled(Scaler.fit(table.toFeatureMatrix(columns), step.method()));
    }

    private static FittedStep fitOneHot(PrepStep.OneHot step, CustomerTable table, List<CustomerTableWarning> warnings) {
        List<String> columns = step.columns().isEmpty() ? table.categoricalFeatureNames() : step.columns();
        Map<String, List<String>> levels = new LinkedHashMap<>();
        List<String> other = new ArrayList<>();
        for (String name : columns) {
            Map<String, Integer> counts = ColumnStatistics.levelCounts(table.categorical(name));
            List<String> byFrequency = new ArrayList<>(counts.keySet());
            byFrequency.sort(Comparator.comparing((String level) -> -counts.get(level)).thenComparing(Comparator.naturalOrder()));
            levels.put(name, byFrequency.subList(0, Math.min(step.maxLevels(), byFrequency.size())));
            if (byFrequency.size() > step.maxLevels()) {
                other.add(name);
            }
        }
        FittedStep.Encoded encoded = new FittedStep.Encoded(levels, other, step.otherLabel());
        int added = 0;
        List<String> perColumn = new ArrayList<>();
        for (String name : columns) {
            int count = encoded.columnNames(name).size();
            added += count;
            perColumn.add(name + " " + count);
        }
        if (added > PrepStep.OneHot.MANY_COLUMNS) {
            warnings.add(new CustomerTableWarning(Kind.MANY_COLUMNS, columns, "one-hot encoding adds " + added
                    + " columns (" + String.join(", ", perColumn) + "); more than " + PrepStep.OneHot.MANY_COLUMNS
                    + " columns dilute distances: lower the level limit or leave some columns out"));
        }
        return encoded;
    }
}
