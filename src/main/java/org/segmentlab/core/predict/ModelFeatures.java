package org.segmentlab.core.predict;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.segmentlab.core.data.ColumnInfo;
import org.segmentlab.core.data.ColumnRole;
import org.segmentlab.core.data.ImportedTable;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The features a model learns from when the analyst has not chosen: every column but the id, the
 * outcome and the split date, leaving out identifiers (a key role such as invoice, or text unique to
 * most rows), dates, empty columns, and text with more than {@value #MAX_CATEGORIES} distinct values
 * (free text such as a product description, or more categories than a model can learn from). Each
 * column left out is named with its reason, for the step and the command line to say.
 */
public final class ModelFeatures {

    /** Text with more distinct values than this is left out of the default features. */
    public static final int MAX_CATEGORIES = 50;
    /** Roles that describe a customer attribute rather than a key, a time or an outcome. */
    static final Set<ColumnRole> FEATURE_ROLES = EnumSet.of(ColumnRole.ATTRIBUTE, ColumnRole.AMOUNT,
            ColumnRole.QUANTITY, ColumnRole.UNIT_PRICE, ColumnRole.EVENT_TYPE);
    private static final int IDENTIFIER_MIN_DISTINCT = 20;

    private ModelFeatures() {
    }

    /** A column left out of the default features, and why in words ("text with 3,877 distinct values…"). */
    public record LeftOut(String column, String reason) {
        @Override
        public String toString() {
            return column + " (" + reason + ")";
        }
    }

    /**
     * The default features and the columns left out.
     *
     * @param chosen  the features, in table order
     * @param leftOut the columns left out, in table order (the id, the outcome and the date are not listed)
     */
    public record Choice(List<String> chosen, List<LeftOut> leftOut) {
        public Choice {
            chosen = List.copyOf(chosen);
            leftOut = List.copyOf(leftOut);
        }

        /** One line naming what was left out and why, or none when nothing was. */
        public List<String> notes() {
            if (leftOut.isEmpty()) {
                return List.of();
            }
            List<String> parts = new ArrayList<>();
            leftOut.forEach(l -> parts.add(l.toString()));
            return List.of("columns not used as features: " + String.join(", ", parts));
        }
    }

    /** The default features of an imported table, its roles deciding which columns are keys. */
    public static Choice defaults(ImportedTable imported, String idColumn, String labelColumn) {
        Map<String, ColumnRole> roles = new HashMap<>();
        for (ColumnInfo c : imported.report().columns()) {
            roles.put(c.name(), c.role());
        }
        Set<String> reserved = new HashSet<>();
        reserved.add(idColumn == null ? "" : idColumn);
        reserved.add(labelColumn == null ? "" : labelColumn);
        return defaults(imported.table(), reserved, roles);
    }

    /**
     * The default features of a table.
     *
     * @param reserved columns that are not features and need no mention (id, outcome, split date)
     * @param roles    the role of each column where known
     */
    public static Choice defaults(Table table, Set<String> reserved, Map<String, ColumnRole> roles) {
        List<String> chosen = new ArrayList<>();
        List<LeftOut> leftOut = new ArrayList<>();
        for (Column<?> c : table.columns()) {
            if (reserved.contains(c.name())) {
                continue;
            }
            String reason = reasonToLeaveOut(c, roles.get(c.name()));
            if (reason == null) {
                chosen.add(c.name());
            } else {
                leftOut.add(new LeftOut(c.name(), reason));
            }
        }
        return new Choice(chosen, leftOut);
    }

    private static String reasonToLeaveOut(Column<?> c, ColumnRole role) {
        if (role != null && !FEATURE_ROLES.contains(role)) {
            return "role " + role.label().toLowerCase(Locale.ROOT);
        }
        if (!(c instanceof NumericColumn || c instanceof BooleanColumn || c instanceof StringColumn)) {
            return c.type().name().toLowerCase(Locale.ROOT);
        }
        if (c.countMissing() == c.size()) {
            return "empty";
        }
        if (c instanceof StringColumn) {
            Set<String> distinct = new HashSet<>();
            int present = 0;
            StringColumn text = (StringColumn) c;
            for (int i = 0; i < text.size(); i++) {
                String v = LabelCoding.normalise(text.get(i));
                if (v != null) {
                    present++;
                    distinct.add(v);
                }
            }
            if (distinct.size() > IDENTIFIER_MIN_DISTINCT && distinct.size() * 2 > present) {
                return "text unique to most rows, like an identifier";
            }
            if (distinct.size() > MAX_CATEGORIES) {
                return String.format(Locale.US, "text with %,d distinct values: free text or more categories "
                        + "than a model learns from", distinct.size());
            }
        }
        return null;
    }
}
