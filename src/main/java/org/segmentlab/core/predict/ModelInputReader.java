package org.segmentlab.core.predict;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.segmentlab.core.data.ColumnInfo;
import org.segmentlab.core.data.ColumnNames;
import org.segmentlab.core.data.ColumnRole;
import org.segmentlab.core.data.ImportedTable;
import org.segmentlab.core.features.FeatureMatrix;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Builds a {@link ModelInput} from an imported table. Numbers and booleans (as 1/0) become numeric
 * features; text becomes categorical features (trimmed; empty means missing). When no features
 * are named, the {@link ModelFeatures#defaults default features} are used and each column left out
 * is noted with its reason.
 */
public final class ModelInputReader {


    private ModelInputReader() {
    }

    /**
     * What was read: the input, the columns a model trained on it will ask for, and notes for the
     * user (columns left out, rows dropped).
     */
    public record Read(ModelInput input, InputSchema schema, List<String> notes, List<ModelWarning> warnings) {
        public Read {
            notes = List.copyOf(notes);
            warnings = List.copyOf(warnings);
        }

        public Read(ModelInput input, InputSchema schema, List<String> notes) {
            this(input, schema, notes, List.of());
        }
    }

    /** Reads a labelled table for training; roles from the import report decide which columns are left out. */
    public static Read forTraining(ImportedTable imported, ModelInputSpec spec) {
        Map<String, ColumnRole> roles = new HashMap<>();
        for (ColumnInfo c : imported.report().columns()) {
            roles.put(c.name(), c.role());
        }
        return forTraining(imported.table(), spec, roles);
    }

    /** Reads a labelled table for training, without roles. */
    public static Read forTraining(Table table, ModelInputSpec spec) {
        return forTraining(table, spec, Map.of());
    }

    private static Read forTraining(Table table, ModelInputSpec spec, Map<String, ColumnRole> roles) {
        List<String> notes = new ArrayList<>();
        Column<?> id = find(table, spec.idColumn(), "id");
        Column<?> label = find(table, spec.labelColumn(), "label");
        Column<?> date = spec.dateColumn() == null ? null : find(table, spec.dateColumn(), "date");
        if (id.name().equals(label.name())) {
            throw new IllegalArgumentException("the id and the label are the same column '" + id.name() + "'");
        }
        boolean named = !spec.features().isEmpty();
        List<Column<?>> features = named
                ? namedColumns(table, spec.features(), id, label)
                : usableColumns(table, Set.of(id.name(), label.name(), date == null ? "" : date.name()), roles, notes);
        List<ModelWarning> warnings = new ArrayList<>();
        features = FeatureScreen.screen(features, named, warnings);
        if (features.isEmpty()) {
            throw new IllegalArgumentException("no feature columns to learn from");
        }

        List<String> labelValues = new ArrayList<>(table.rowCount());
        for (int i = 0; i < table.rowCount(); i++) {
            labelValues.add(text(label, i));
        }
        String hint = spec.positiveValue();
        if (hint != null && label instanceof BooleanColumn) {
            hint = asBooleanText(hint);
        }
        LabelCoding coding = LabelCoding.decide(label.name(), labelValues, hint);

        int missingLabel = 0;
        int missingId = 0;
        List<Integer> kept = new ArrayList<>(table.rowCount());
        for (int i = 0; i < table.rowCount(); i++) {
            if (text(id, i) == null) {
                missingId++;
            } else if (coding.code(labelValues.get(i)) < 0) {
                missingLabel++;
            } else {
                kept.add(i);
            }
        }
        if (missingId > 0) {
            notes.add(missingId + " rows without a customer id were left out");
        }
        if (missingLabel > 0) {
            notes.add(missingLabel + " rows without a value in '" + label.name() + "' were left out");
        }
        int[] rows = kept.stream().mapToInt(Integer::intValue).toArray();
        int[] y = new int[rows.length];
        for (int k = 0; k < rows.length; k++) {
            y[k] = coding.code(labelValues.get(rows[k]));
        }

        List<Column<?>> numeric = new ArrayList<>();
        List<Column<?>> categorical = new ArrayList<>();
        for (Column<?> c : features) {
            if (c instanceof NumericColumn || c instanceof BooleanColumn) {
                numeric.add(c);
            } else if (c instanceof StringColumn) {
                categorical.add(c);
            } else {
                throw new IllegalArgumentException("feature '" + c.name() + "' is a " + c.type().name().toLowerCase(
                        Locale.ROOT) + " column; a model reads numbers and text (derive a number such as days since)");
            }
        }
        InputSchema schema = new InputSchema(id.name(), coding, names(numeric), names(categorical));
        ModelInput input = build(rows, id, numeric, names(numeric), categorical, names(categorical), y, date);
        return new Read(input, schema, notes, warnings);
    }

    /**
     * Reads a table to be scored by a model with this schema. Every feature must be there; the
     * label is not read. Rows without a customer id are left out and noted.
     *
     * @throws IllegalArgumentException naming the columns the model needs and the file lacks
     */
    public static Read forScoring(Table table, InputSchema schema) {
        List<String> missing = new ArrayList<>();
        if (lookup(table, schema.idColumn()) == null) {
            missing.add(schema.idColumn() + " (the customer id)");
        }
        for (String f : schema.features()) {
            if (lookup(table, f) == null) {
                missing.add(f);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException((missing.size() == 1 ? "column " : "columns ")
                    + String.join(", ", missing.stream().map(m -> "'" + m + "'").toList())
                    + (missing.size() == 1 ? " is" : " are") + " needed by the model but missing from the file");
        }
        Column<?> id = lookup(table, schema.idColumn());
        List<Column<?>> numeric = new ArrayList<>();
        for (String f : schema.numericFeatures()) {
            numeric.add(lookup(table, f));
        }
        List<Column<?>> categorical = new ArrayList<>();
        for (String f : schema.categoricalFeatures()) {
            categorical.add(lookup(table, f));
        }
        List<String> notes = new ArrayList<>();
        String[] idText = texts(id);
        int[] rows = new int[idText.length];
        int kept = 0;
        for (int i = 0; i < idText.length; i++) {
            if (idText[i] != null) {
                rows[kept++] = i;
            }
        }
        if (kept < idText.length) {
            notes.add((idText.length - kept) + " rows without a customer id were left out");
            rows = Arrays.copyOf(rows, kept);
        }
        // Names as the model knows them, whatever their case in this file.
        ModelInput input = build(rows, id, numeric, schema.numericFeatures(), categorical,
                schema.categoricalFeatures(), null, null);
        return new Read(input, schema, notes);
    }

    /** Reads an imported table to be scored. */
    public static Read forScoring(ImportedTable imported, InputSchema schema) {
        return forScoring(imported.table(), schema);
    }

    /** Column by column, each read once in its own type, then gathered into rows. */
    private static ModelInput build(int[] rows, Column<?> id, List<Column<?>> numeric, List<String> numericNames,
                                    List<Column<?>> categorical, List<String> categoricalNames, int[] labels,
                                    Column<?> date) {
        int n = rows.length;
        String[] idText = texts(id);
        List<String> ids = new ArrayList<>(n);
        for (int row : rows) {
            ids.add(idText[row]);
        }
        double[][] num = new double[n][numeric.size()];
        for (int j = 0; j < numeric.size(); j++) {
            double[] values = numbers(numeric.get(j));
            for (int k = 0; k < n; k++) {
                num[k][j] = values[rows[k]];
            }
        }
        String[][] cat = new String[n][categorical.size()];
        for (int j = 0; j < categorical.size(); j++) {
            String[] values = texts(categorical.get(j));
            for (int k = 0; k < n; k++) {
                cat[k][j] = values[rows[k]];
            }
        }
        LocalDate[] dates = null;
        if (date != null) {
            dates = new LocalDate[n];
            for (int k = 0; k < n; k++) {
                dates[k] = date(date, rows[k]);
            }
        }
        return new ModelInput(new FeatureMatrix(ids, numericNames, num), categoricalNames, cat, labels, dates);
    }

    /** Distinct texts whose parse is kept at most: categories repeat, free text would fill memory. */
    static final int DISTINCT_TEXTS_KEPT = 10_000;

    /** Every cell of a column as {@link #text}. */
    static String[] texts(Column<?> c) {
        String[] out = new String[c.size()];
        if (c instanceof StringColumn) {
            StringColumn s = (StringColumn) c;
            for (int i = 0; i < out.length; i++) {
                out[i] = LabelCoding.normalise(s.get(i));
            }
            return out;
        }
        for (int i = 0; i < out.length; i++) {
            out[i] = text(c, i);
        }
        return out;
    }

    /** Every cell of a column as a number, NaN where missing; text is parsed once per distinct value. */
    static double[] numbers(Column<?> c) {
        int size = c.size();
        if (c instanceof DoubleColumn) {
            return ((DoubleColumn) c).asDoubleArray();
        }
        double[] out = new double[size];
        if (c instanceof IntColumn) {
            IntColumn ints = (IntColumn) c;
            for (int i = 0; i < size; i++) {
                int v = ints.getInt(i);
                out[i] = ints.isMissingValue(v) ? Double.NaN : v;
            }
        } else if (c instanceof LongColumn) {
            LongColumn longs = (LongColumn) c;
            for (int i = 0; i < size; i++) {
                long v = longs.getLong(i);
                out[i] = longs.isMissingValue(v) ? Double.NaN : v;
            }
        } else if (c instanceof StringColumn) {
            StringColumn s = (StringColumn) c;
            Map<String, Double> parsed = new HashMap<>();
            for (int i = 0; i < size; i++) {
                String raw = s.get(i);
                Double known = raw == null ? null : parsed.get(raw);
                if (known != null) {
                    out[i] = known;
                } else {
                    out[i] = number(c, i);
                    if (raw != null && parsed.size() < DISTINCT_TEXTS_KEPT) {
                        parsed.put(raw, out[i]);
                    }
                }
            }
        } else {
            for (int i = 0; i < size; i++) {
                out[i] = number(c, i);
            }
        }
        return out;
    }

    private static List<Column<?>> usableColumns(Table table, Set<String> reserved, Map<String, ColumnRole> roles,
                                                 List<String> notes) {
        ModelFeatures.Choice choice = ModelFeatures.defaults(table, reserved, roles);
        notes.addAll(choice.notes());
        List<Column<?>> out = new ArrayList<>();
        choice.chosen().forEach(name -> out.add(table.column(name)));
        return out;
    }

    private static List<Column<?>> namedColumns(Table table, List<String> names, Column<?> id, Column<?> label) {
        Set<String> seen = new LinkedHashSet<>();
        List<Column<?>> out = new ArrayList<>();
        for (String name : names) {
            Column<?> c = find(table, name.trim(), "feature");
            if (c.name().equals(id.name()) || c.name().equals(label.name())) {
                throw new IllegalArgumentException("'" + c.name() + "' is the "
                        + (c.name().equals(id.name()) ? "id" : "label") + "; it cannot be a feature too");
            }
            if (seen.add(c.name())) {
                out.add(c);
            }
        }
        return out;
    }

    private static Column<?> find(Table table, String name, String what) {
        Column<?> c = lookup(table, name);
        if (c == null) {
            throw new IllegalArgumentException("no " + what + " column '" + name + "'; "
                    + ColumnNames.forMessage(table.columnNames()));
        }
        return c;
    }

    /** The column with this name, or the only one whose name differs in case; null when none. */
    private static Column<?> lookup(Table table, String name) {
        if (name == null) {
            return null;
        }
        for (Column<?> c : table.columns()) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        Column<?> match = null;
        for (Column<?> c : table.columns()) {
            if (c.name().equalsIgnoreCase(name.trim())) {
                if (match != null) {
                    return null;
                }
                match = c;
            }
        }
        return match;
    }

    private static List<String> names(List<Column<?>> columns) {
        return columns.stream().map(Column::name).toList();
    }

    /** A cell as text: whole numbers without ".0", so a 1/0 column reads "1" and "0". Null when missing. */
    static String text(Column<?> c, int row) {
        if (c.isMissing(row)) {
            return null;
        }
        if (c instanceof NumericColumn) {
            double v = ((NumericColumn<?>) c).getDouble(row);
            if (v == Math.rint(v) && Math.abs(v) < 1e15) {
                return Long.toString((long) v);
            }
            return Double.toString(v);
        }
        if (c instanceof BooleanColumn) {
            return Boolean.toString(((BooleanColumn) c).get(row));
        }
        return LabelCoding.normalise(c.getUnformattedString(row));
    }

    private static double number(Column<?> c, int row) {
        if (c.isMissing(row)) {
            return Double.NaN;
        }
        if (c instanceof NumericColumn) {
            return ((NumericColumn<?>) c).getDouble(row);
        }
        if (c instanceof BooleanColumn) {
            return ((BooleanColumn) c).get(row) ? 1 : 0;
        }
        String v = LabelCoding.normalise(c.getUnformattedString(row));
        if (v == null) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            String b = asBooleanText(v);
            if (b.equals("true")) {
                return 1;
            }
            if (b.equals("false")) {
                return 0;
            }
            throw new IllegalArgumentException("column '" + c.name() + "', data row " + (row + 1) + ": '" + v
                    + "' is not a number", e);
        }
    }

    private static LocalDate date(Column<?> c, int row) {
        if (c.isMissing(row)) {
            return null;
        }
        if (c instanceof DateColumn) {
            return ((DateColumn) c).get(row);
        }
        if (c instanceof DateTimeColumn) {
            return ((DateTimeColumn) c).get(row).toLocalDate();
        }
        String v = LabelCoding.normalise(c.getUnformattedString(row));
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v.length() > 10 ? v.substring(0, 10) : v);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("column '" + c.name() + "', data row " + (row + 1) + ": '" + v
                    + "' is not a yyyy-MM-dd date", e);
        }
    }

    /** "true"/"false" for the usual spellings of yes and no; the value itself otherwise. */
    private static String asBooleanText(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        switch (v) {
            case "yes": case "y": case "true": case "t": case "1":
                return "true";
            case "no": case "n": case "false": case "f": case "0":
                return "false";
            default:
                return value.trim();
        }
    }
}
