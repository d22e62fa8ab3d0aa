package org.segmentlab.core.features;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One row per customer, one column per feature: numbers ({@code double[]}, missing = NaN) or
 * categories ({@code String[]}, missing = null). Columns keep the order they were added in, which is
 * the order of the CSV and of the feature picker. The arrays are not copied: treat them as read-only;
 * every change makes a new table.
 */
public final class CustomerTable {

    private final List<String> customerIds;
    private final Map<String, Column> columns;

    public CustomerTable(List<String> customerIds, Collection<Column> columns) {
        this.customerIds = List.copyOf(customerIds);
        Set<String> seen = new HashSet<>(this.customerIds.size() * 2);
        for (String id : this.customerIds) {
            if (!seen.add(id)) {
                throw new IllegalArgumentException("customer id '" + id + "' appears twice in the customer table");
            }
        }
        Map<String, Column> byName = new LinkedHashMap<>();
        for (Column column : columns) {
            if (column.size() != this.customerIds.size()) {
                throw new IllegalArgumentException("column '" + column.name() + "' has " + column.size()
                        + " values for " + this.customerIds.size() + " customers");
            }
            if (byName.put(column.name(), column) != null) {
                throw new IllegalArgumentException("two columns are named '" + column.name() + "'");
            }
        }
        this.columns = byName;
    }

    /** A table with these customers and no features yet. */
    public static CustomerTable of(List<String> customerIds) {
        return new CustomerTable(customerIds, List.of());
    }

    /**
     * The order rows are listed in: by number when every id is a whole number (so 9 comes before 10),
     * else alphabetically. Duplicates are dropped.
     */
    public static List<String> inCustomerOrder(Collection<String> ids) {
        List<String> distinct = new ArrayList<>(new LinkedHashSet<>(ids));
        boolean numeric = true;
        for (String id : distinct) {
            if (!isWholeNumber(id)) {
                numeric = false;
                break;
            }
        }
        if (numeric) {
            distinct.sort(CustomerTable::compareWholeNumbers);
        } else {
            distinct.sort(Comparator.naturalOrder());
        }
        return distinct;
    }

    private static int compareWholeNumbers(String a, String b) {
        boolean negativeA = a.startsWith("-");
        boolean negativeB = b.startsWith("-");
        if (negativeA != negativeB) {
            return negativeA ? -1 : 1;
        }
        String digitsA = stripLeadingZeros(negativeA ? a.substring(1) : a);
        String digitsB = stripLeadingZeros(negativeB ? b.substring(1) : b);
        int byMagnitude = digitsA.length() != digitsB.length()
                ? Integer.compare(digitsA.length(), digitsB.length()) : digitsA.compareTo(digitsB);
        if (byMagnitude != 0) {
            return negativeA ? -byMagnitude : byMagnitude;
        }
        return a.compareTo(b);
    }

    private static String stripLeadingZeros(String digits) {
        int i = 0;
        while (i < digits.length() - 1 && digits.charAt(i) == '0') {
            i++;
        }
        return digits.substring(i);
    }

    private static boolean isWholeNumber(String id) {
        int start = id.startsWith("-") ? 1 : 0;
        if (id.length() == start || id.length() > 30) {
            return false;
        }
        for (int i = start; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    public int rowCount() {
        return customerIds.size();
    }

    public List<String> customerIds() {
        return customerIds;
    }

    public List<String> featureNames() {
        return List.copyOf(columns.keySet());
    }

    public List<CustomerTableFeature> features() {
        return columns.values().stream().map(Column::feature).toList();
    }

    public List<Column> columns() {
        return List.copyOf(columns.values());
    }

    public List<String> numericFeatureNames() {
        return columns.values().stream().filter(Column::isNumeric).map(Column::name).toList();
    }

    public List<String> categoricalFeatureNames() {
        return columns.values().stream().filter(c -> !c.isNumeric()).map(Column::name).toList();
    }

    public boolean has(String name) {
        return columns.containsKey(name);
    }

    public Column column(String name) {
        Column column = columns.get(name);
        if (column == null) {
            throw new IllegalArgumentException("no feature '" + name + "'; the customer table has " + columns.keySet());
        }
        return column;
    }

    public CustomerTableFeature feature(String name) {
        return column(name).feature();
    }

    /** The values of a numeric feature (not a copy). */
    public double[] numeric(String name) {
        Column column = column(name);
        if (!column.isNumeric()) {
            throw new IllegalArgumentException("feature '" + name + "' holds categories, not numbers; "
                    + "add a one-hot encoding step to use it as numbers");
        }
        return column.numbers();
    }

    /** The values of a categorical feature (not a copy). */
    public String[] categorical(String name) {
        Column column = column(name);
        if (column.isNumeric()) {
            throw new IllegalArgumentException("feature '" + name + "' holds numbers, not categories");
        }
        return column.texts();
    }

    /** This table with {@code added} after the existing columns. */
    public CustomerTable with(Column... added) {
        List<Column> all = new ArrayList<>(columns.values());
        all.addAll(List.of(added));
        return new CustomerTable(customerIds, all);
    }

    /** This table with the columns of {@code other}, which must describe the same customers in the same order. */
    public CustomerTable withColumnsOf(CustomerTable other) {
        if (!other.customerIds.equals(customerIds)) {
            throw new IllegalArgumentException("the tables describe different customers");
        }
        List<Column> all = new ArrayList<>(columns.values());
        all.addAll(other.columns.values());
        return new CustomerTable(customerIds, all);
    }

    /** This table with the column {@code name} replaced, in its place, by {@code replacements} (none removes it). */
    public CustomerTable replace(String name, List<Column> replacements) {
        column(name);
        List<Column> all = new ArrayList<>(columns.size() + replacements.size());
        for (Column column : columns.values()) {
            if (column.name().equals(name)) {
                all.addAll(replacements);
            } else {
                all.add(column);
            }
        }
        return new CustomerTable(customerIds, all);
    }

    /** The named features, in the order given. */
    public CustomerTable select(List<String> names) {
        List<Column> chosen = new ArrayList<>(names.size());
        for (String name : names) {
            chosen.add(column(name));
        }
        return new CustomerTable(customerIds, chosen);
    }

    /**
     * The named numeric features as the input of clustering or a classifier (row i = customer i).
     *
     * @throws IllegalArgumentException naming a feature that is missing or holds categories
     */
    public FeatureMatrix toFeatureMatrix(List<String> names) {
        double[][] source = new double[names.size()][];
        for (int f = 0; f < names.size(); f++) {
            source[f] = numeric(names.get(f));
        }
        double[][] rows = new double[rowCount()][names.size()];
        for (int i = 0; i < rows.length; i++) {
            double[] row = rows[i];
            for (int f = 0; f < source.length; f++) {
                row[f] = source[f][i];
            }
        }
        return new FeatureMatrix(customerIds, names, rows);
    }

    /** Every numeric feature, in table order. */
    public FeatureMatrix toFeatureMatrix() {
        return toFeatureMatrix(numericFeatureNames());
    }

    @Override
    public String toString() {
        return "CustomerTable[" + rowCount() + " customers, features " + columns.keySet() + "]";
    }

    /**
     * One feature's values: exactly one of {@code numbers} and {@code texts} is present.
     */
    public record Column(CustomerTableFeature feature, double[] numbers, String[] texts) {

        public Column {
            Objects.requireNonNull(feature, "feature");
            if ((numbers == null) == (texts == null)) {
                throw new IllegalArgumentException("column '" + feature.name() + "' needs either numbers or texts");
            }
        }

        public static Column numeric(CustomerTableFeature feature, double[] numbers) {
            return new Column(feature, Objects.requireNonNull(numbers, "numbers"), null);
        }

        public static Column categorical(CustomerTableFeature feature, String[] texts) {
            return new Column(feature, null, Objects.requireNonNull(texts, "texts"));
        }

        public String name() {
            return feature.name();
        }

        public boolean isNumeric() {
            return numbers != null;
        }

        public int size() {
            return numbers != null ? numbers.length : texts.length;
        }

        /** True when the value of row {@code i} is missing (NaN or null). */
        public boolean isMissing(int i) {
            return numbers != null ? Double.isNaN(numbers[i]) : texts[i] == null;
        }
    }
}
