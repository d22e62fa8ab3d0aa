package org.segmentlab.core.campaign;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.segmentlab.core.features.FeatureMatrix;
import org.segmentlab.core.predict.ModelInput;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Reads a campaign's results table: keeps the rows of the two arms named, reads the outcome as
 * 0/1, revenue as a number, and, for an uplift model, the feature columns. Every row left out is
 * counted in the notes.
 */
public final class CampaignTable {

    private static final Set<String> YES = Set.of("1", "1.0", "yes", "y", "true", "t");
    private static final Set<String> NO = Set.of("0", "0.0", "no", "n", "false", "f");

    private CampaignTable() {
    }

    /**
     * What was read.
     *
     * @param rows     the table row of each customer kept (0-based)
     * @param features the feature columns of the kept rows; null when no features were asked for
     * @param notes    rows left out and values read as something else, for the user
     */
    public record Read(CampaignOutcomes outcomes, ModelInput features, int[] rows, List<String> notes) {
        public Read {
            notes = List.copyOf(notes);
        }
    }

    /**
     * Reads the table.
     *
     * @throws IllegalArgumentException naming the column when a column is missing, a group value does
     *                                  not occur, or an outcome is not 0/1
     */
    public static Read read(Table table, CampaignColumns columns) {
        List<String> notes = new ArrayList<>();
        Column<?> group = find(table, columns.group(), "group");
        Column<?> outcome = find(table, columns.outcome(), "outcome");
        Column<?> revenue = columns.revenue() == null ? null : find(table, columns.revenue(), "revenue");
        Column<?> segment = columns.segment() == null ? null : find(table, columns.segment(), "segment");
        Column<?> id = columns.id() == null ? null : find(table, columns.id(), "id");
        if (revenue != null && !(revenue instanceof NumericColumn)) {
            throw new IllegalArgumentException("revenue column '" + revenue.name() + "' does not hold numbers");
        }
        List<Column<?>> features = new ArrayList<>();
        for (String f : columns.features()) {
            Column<?> c = find(table, f, "feature");
            if (c == group || c == outcome || c == revenue || c == id) {
                throw new IllegalArgumentException("feature '" + c.name() + "' is also the group, outcome, revenue "
                        + "or id column; a model must not learn from the campaign's own result");
            }
            if (!(c instanceof NumericColumn || c instanceof BooleanColumn || c instanceof StringColumn)) {
                throw new IllegalArgumentException("feature '" + c.name() + "' is a " + c.type().name().toLowerCase(
                        Locale.ROOT) + " column; a model reads numbers and text");
            }
            features.add(c);
        }

        int n = table.rowCount();
        String treatment = matchValue(group, columns.treatmentValue());
        String control = matchValue(group, columns.controlValue());
        int otherGroup = 0;
        int missingOutcome = 0;
        int missingId = 0;
        int missingRevenue = 0;
        List<Integer> kept = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String g = text(group, i);
            if (!treatment.equals(g) && !control.equals(g)) {
                otherGroup++;
            } else if (text(outcome, i) == null) {
                missingOutcome++;
            } else if (id != null && text(id, i) == null) {
                missingId++;
            } else {
                kept.add(i);
            }
        }
        if (otherGroup > 0) {
            notes.add(rows(otherGroup) + " whose '" + group.name() + "' is neither '" + treatment + "' nor '" + control
                    + "' " + (otherGroup == 1 ? "was" : "were") + " left out");
        }
        if (missingOutcome > 0) {
            notes.add(rows(missingOutcome) + " without a value in '" + outcome.name() + "' " + (missingOutcome == 1
                    ? "was" : "were") + " left out");
        }
        if (missingId > 0) {
            notes.add(rows(missingId) + " without a customer id " + (missingId == 1 ? "was" : "were") + " left out");
        }
        int m = kept.size();
        int[] rows = new int[m];
        List<String> ids = new ArrayList<>(m);
        boolean[] treated = new boolean[m];
        int[] converted = new int[m];
        double[] spend = revenue == null ? null : new double[m];
        String[] segments = segment == null ? null : new String[m];
        for (int k = 0; k < m; k++) {
            int i = kept.get(k);
            rows[k] = i;
            ids.add(id == null ? Integer.toString(i + 1) : text(id, i));
            treated[k] = treatment.equals(text(group, i));
            converted[k] = outcomeOf(outcome, i);
            if (spend != null) {
                double v = ((NumericColumn<?>) revenue).getDouble(i);
                if (revenue.isMissing(i) || !Double.isFinite(v)) {
                    missingRevenue++;
                    v = 0;
                }
                spend[k] = v;
            }
            if (segments != null) {
                segments[k] = text(segment, i);
            }
        }
        if (missingRevenue > 0) {
            notes.add(String.format(Locale.US, "%,d customer%s without a value in '%s' count%s as spending 0",
                    missingRevenue, missingRevenue == 1 ? "" : "s", revenue.name(), missingRevenue == 1 ? "s" : ""));
        }
        CampaignOutcomes outcomes = new CampaignOutcomes(ids, treated, converted, spend, segments);
        ModelInput input = features.isEmpty() ? null : features(ids, rows, features);
        return new Read(outcomes, input, rows, notes);
    }

    private static String rows(int n) {
        return String.format(Locale.US, "%,d row%s", n, n == 1 ? "" : "s");
    }

    private static ModelInput features(List<String> ids, int[] rows, List<Column<?>> features) {
        List<Column<?>> numeric = new ArrayList<>();
        List<Column<?>> categorical = new ArrayList<>();
        for (Column<?> c : features) {
            (c instanceof StringColumn ? categorical : numeric).add(c);
        }
        double[][] x = new double[rows.length][numeric.size()];
        String[][] cat = new String[rows.length][categorical.size()];
        for (int k = 0; k < rows.length; k++) {
            int i = rows[k];
            for (int j = 0; j < numeric.size(); j++) {
                x[k][j] = number(numeric.get(j), i);
            }
            for (int j = 0; j < categorical.size(); j++) {
                cat[k][j] = text(categorical.get(j), i);
            }
        }
        FeatureMatrix matrix = new FeatureMatrix(ids, numeric.stream().map(Column::name).toList(), x);
        return new ModelInput(matrix, categorical.stream().map(Column::name).toList(), cat, null, null);
    }

    /**
     * The distinct values of a column as the readout reads them (trimmed, whole numbers without ".0"),
     * sorted, at most {@code limit} of them: what a group column offers as treatment and control.
     */
    public static List<String> values(Table table, String column, int limit) {
        Column<?> c = find(table, column, "group");
        Set<String> values = new TreeSet<>();
        for (int i = 0; i < c.size() && values.size() < limit; i++) {
            String v = text(c, i);
            if (v != null) {
                values.add(v);
            }
        }
        return new ArrayList<>(values);
    }

    /** The value as the column spells it (trimmed; case may differ from what the user typed). */
    private static String matchValue(Column<?> group, String wanted) {
        String w = wanted.trim();
        Set<String> values = new TreeSet<>();
        for (int i = 0; i < group.size(); i++) {
            String v = text(group, i);
            if (v != null) {
                values.add(v);
            }
        }
        if (values.contains(w)) {
            return w;
        }
        for (String v : values) {
            if (v.equalsIgnoreCase(w)) {
                return v;
            }
        }
        List<String> shown = new ArrayList<>(values);
        String list = shown.size() <= 10 ? String.join(", ", shown)
                : String.join(", ", shown.subList(0, 10)) + " and " + (shown.size() - 10) + " more";
        throw new IllegalArgumentException("group column '" + group.name() + "' has no value '" + w + "' (its values: "
                + list + ")");
    }

    private static int outcomeOf(Column<?> c, int row) {
        String v = text(c, row).toLowerCase(Locale.ROOT);
        if (YES.contains(v)) {
            return 1;
        }
        if (NO.contains(v)) {
            return 0;
        }
        throw new IllegalArgumentException("outcome column '" + c.name() + "', data row " + (row + 1) + ": '"
                + text(c, row) + "' is not 0/1 (yes/no, true/false)");
    }

    /**
     * The column of that name as a readout finds it (the exact name, else the same name in another case);
     * a column the readout has read is always there.
     *
     * @throws IllegalArgumentException naming the columns there are when it is not
     */
    public static Column<?> column(Table table, String name) {
        return find(table, name, "campaign");
    }

    static Column<?> find(Table table, String name, String what) {
        for (Column<?> c : table.columns()) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        Column<?> match = null;
        for (Column<?> c : table.columns()) {
            if (c.name().equalsIgnoreCase(name.trim())) {
                match = c;
            }
        }
        if (match == null) {
            List<String> all = table.columnNames();
            String shown = all.size() <= 30 ? String.join(", ", all) : String.join(", ", all.subList(0, 30)) + ", ...";
            throw new IllegalArgumentException("no " + what + " column '" + name + "'; the columns are " + shown);
        }
        return match;
    }

    /** The cell as text (whole numbers without ".0"), trimmed; null when missing or empty. */
    public static String text(Column<?> c, int row) {
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
        String s = c.getUnformattedString(row);
        if (s == null) {
            return null;
        }
        s = s.trim();
        return s.isEmpty() ? null : s;
    }

    private static double number(Column<?> c, int row) {
        if (c.isMissing(row)) {
            return Double.NaN;
        }
        if (c instanceof BooleanColumn) {
            return ((BooleanColumn) c).get(row) ? 1 : 0;
        }
        return ((NumericColumn<?>) c).getDouble(row);
    }
}
