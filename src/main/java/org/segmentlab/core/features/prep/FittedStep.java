package org.segmentlab.core.features.prep;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.segmentlab.core.features.CustomerTable;
import org.segmentlab.core.features.CustomerTableFeature;
import org.segmentlab.core.features.FeatureFamily;
import org.segmentlab.core.features.scale.Scaler;

/**
 * A preparation step with the parameters it learned from the data it was fitted on (fill values,
 * centres and spreads, kept levels), so new data can be prepared exactly the same way. Saved with
 * a {@code "type"} field like {@link PrepStep}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = FittedStep.FilledMissing.class, name = "fill_missing"),
    @JsonSubTypes.Type(value = FittedStep.Logged.class, name = "log1p"),
    @JsonSubTypes.Type(value = FittedStep.Scaled.class, name = "scale"),
    @JsonSubTypes.Type(value = FittedStep.Encoded.class, name = "one_hot"),
    @JsonSubTypes.Type(value = FittedStep.Divided.class, name = "ratio")
})
public sealed interface FittedStep {

    /** Prepares a table (the one it was fitted on, or new data with the same columns). */
    CustomerTable apply(CustomerTable table);

    /**
     * @param numbers    fill value per numeric column
     * @param texts      fill level per categorical column
     * @param indicators columns that get a {@code _was_missing} column
     */
    record FilledMissing(Map<String, Double> numbers, Map<String, String> texts, List<String> indicators)
            implements FittedStep {

        public FilledMissing {
            numbers = Collections.unmodifiableMap(new LinkedHashMap<>(numbers));
            texts = Collections.unmodifiableMap(new LinkedHashMap<>(texts));
            indicators = List.copyOf(indicators);
        }

        @Override
        public CustomerTable apply(CustomerTable table) {
            requireAll(table, numbers.keySet());
            requireAll(table, texts.keySet());
            Set<String> marked = new HashSet<>(indicators);
            CustomerTable out = table;
            for (CustomerTable.Column column : table.columns()) {
                String name = column.name();
                if (!numbers.containsKey(name) && !texts.containsKey(name)) {
                    continue;
                }
                List<CustomerTable.Column> replacement = new ArrayList<>(2);
                double[] missing = marked.contains(name) ? new double[table.rowCount()] : null;
                if (column.isNumeric()) {
                    requireNumeric(column);
                    double fill = numbers.get(name);
                    double[] values = column.numbers().clone();
                    for (int i = 0; i < values.length; i++) {
                        if (Double.isNaN(values[i])) {
                            values[i] = fill;
                            if (missing != null) {
                                missing[i] = 1;
                            }
                        }
                    }
                    replacement.add(CustomerTable.Column.numeric(column.feature(), values));
                } else {
                    String fill = texts.get(name);
                    if (fill == null) {
                        throw new IllegalArgumentException("'" + name + "' was numeric when the preparation was fitted");
                    }
                    String[] values = column.texts().clone();
                    for (int i = 0; i < values.length; i++) {
                        if (values[i] == null) {
                            values[i] = fill;
                            if (missing != null) {
                                missing[i] = 1;
                            }
                        }
                    }
                    replacement.add(CustomerTable.Column.categorical(column.feature(), values));
                }
                if (missing != null) {
                    replacement.add(CustomerTable.Column.numeric(new CustomerTableFeature(name + "_was_missing",
                            FeatureFamily.PREPARED, "1 where '" + name + "' was missing and filled, else 0"), missing));
                }
                out = out.replace(name, replacement);
            }
            return out;
        }

        private void requireNumeric(CustomerTable.Column column) {
            if (!numbers.containsKey(column.name())) {
                throw new IllegalArgumentException("'" + column.name() + "' held categories when the preparation was fitted");
            }
        }
    }

    /** ln(1 + x) on these columns. */
    record Logged(List<String> columns) implements FittedStep {

        public Logged {
            columns = List.copyOf(columns);
        }

        @Override
        public CustomerTable apply(CustomerTable table) {
            CustomerTable out = table;
            for (String name : columns) {
                double[] values = table.numeric(name);
                double[] logged = new double[values.length];
                for (int i = 0; i < values.length; i++) {
                    logged[i] = values[i] > -1 ? Math.log1p(values[i]) : Double.NaN;
                }
                out = out.replace(name, List.of(CustomerTable.Column.numeric(
                        annotate(table.feature(name), "log1p"), logged)));
            }
            return out;
        }
    }

    /** The columns put on the scale the {@link Scaler} learned (its feature names are the columns). */
    record Scaled(Scaler scaler) implements FittedStep {

        public Scaled {
            Objects.requireNonNull(scaler, "scaler");
        }

        @Override
        public CustomerTable apply(CustomerTable table) {
            List<String> columns = scaler.featureNames();
            double[][] rows = scaler.transform(table.toFeatureMatrix(columns));
            CustomerTable out = table;
            String step = scaler.method().cliName();
            for (int f = 0; f < columns.size(); f++) {
                double[] scaled = new double[rows.length];
                for (int i = 0; i < rows.length; i++) {
                    scaled[i] = rows[i][f];
                }
                String name = columns.get(f);
                out = out.replace(name, List.of(CustomerTable.Column.numeric(annotate(table.feature(name), step), scaled)));
            }
            return out;
        }
    }

    /**
     * @param levels per column, the levels that get their own 0/1 column, most frequent first
     * @param other  the columns whose rare levels share an {@code _other} column
     */
    record Encoded(Map<String, List<String>> levels, List<String> other, String otherLabel) implements FittedStep {

        public Encoded {
            Map<String, List<String>> copy = new LinkedHashMap<>();
            levels.forEach((k, v) -> copy.put(k, List.copyOf(v)));
            levels = Collections.unmodifiableMap(copy);
            other = List.copyOf(other);
            Objects.requireNonNull(otherLabel, "otherLabel");
        }

        /** The names of the 0/1 columns a categorical column becomes, kept levels first, then the other column. */
        public List<String> columnNames(String column) {
            List<String> names = new ArrayList<>();
            Set<String> used = new HashSet<>();
            for (String level : levels.get(column)) {
                names.add(unique(column + "_" + CustomerTableFeature.snakeCase(level), used));
            }
            if (other.contains(column)) {
                names.add(unique(column + "_" + CustomerTableFeature.snakeCase(otherLabel), used));
            }
            return names;
        }

        @Override
        public CustomerTable apply(CustomerTable table) {
            CustomerTable out = table;
            for (Map.Entry<String, List<String>> entry : levels.entrySet()) {
                String name = entry.getKey();
                String[] values = table.categorical(name);
                List<String> kept = entry.getValue();
                List<String> names = columnNames(name);
                boolean withOther = other.contains(name);
                double[][] dummies = new double[names.size()][values.length];
                for (int i = 0; i < values.length; i++) {
                    if (values[i] == null) {
                        continue;
                    }
                    int level = kept.indexOf(values[i]);
                    if (level >= 0) {
                        dummies[level][i] = 1;
                    } else if (withOther) {
                        dummies[names.size() - 1][i] = 1;
                    }
                }
                CustomerTableFeature source = table.feature(name);
                List<CustomerTable.Column> replacement = new ArrayList<>();
                for (int k = 0; k < names.size(); k++) {
                    String level = k < kept.size() ? "'" + kept.get(k) + "'" : "a rarer level (" + otherLabel + ")";
                    replacement.add(CustomerTable.Column.numeric(new CustomerTableFeature(names.get(k),
                            source.family(), "1 where " + name + " is " + level + ", else 0"), dummies[k]));
                }
                out = out.replace(name, replacement);
            }
            return out;
        }

        private static String unique(String base, Set<String> used) {
            String name = base;
            for (int n = 2; !used.add(name); n++) {
                name = base + "_" + n;
            }
            return name;
        }
    }

    /** {@code name} = numerator / denominator; a zero denominator gives NaN. */
    record Divided(String numerator, String denominator, String name) implements FittedStep {

        @Override
        public CustomerTable apply(CustomerTable table) {
            double[] top = table.numeric(numerator);
            double[] bottom = table.numeric(denominator);
            double[] ratio = new double[top.length];
            for (int i = 0; i < ratio.length; i++) {
                ratio[i] = bottom[i] == 0 ? Double.NaN : top[i] / bottom[i];
            }
            return table.with(CustomerTable.Column.numeric(new CustomerTableFeature(name, FeatureFamily.PREPARED,
                    numerator + " divided by " + denominator + " (empty where " + denominator + " is 0)"), ratio));
        }
    }

    private static CustomerTableFeature annotate(CustomerTableFeature feature, String step) {
        return new CustomerTableFeature(feature.name(), feature.family(), feature.description() + " [" + step + "]");
    }

    private static void requireAll(CustomerTable table, Set<String> names) {
        for (String name : names) {
            table.column(name);
        }
    }
}
