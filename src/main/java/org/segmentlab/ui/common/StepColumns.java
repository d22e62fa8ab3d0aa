package org.segmentlab.ui.common;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import org.segmentlab.core.features.CustomerTable;
import org.segmentlab.core.project.ProjectCustomers;

/**
 * What the open project's steps produced, per customer, as columns of its customer table: the RFM
 * step's {@value ProjectCustomers#RFM_SEGMENT}, the Clusters step's {@value ProjectCustomers#SEGMENT},
 * the Predict step's {@value ProjectCustomers#CHURN_SCORE}. A step puts its column when it has a
 * result and takes it away when the result goes; the Customers step shows and exports them, Predict
 * may learn from the segments. One per project session, used on the JavaFX thread.
 */
public final class StepColumns {

    /**
     * One column: text values (segments) or numbers (scores) by customer id.
     *
     * @param step which step made it, in words ("the Clusters step")
     */
    public record Column(String name, String description, String step, Map<String, String> texts,
                         Map<String, Double> numbers) {
        public Column {
            Objects.requireNonNull(name, "name");
            if ((texts == null) == (numbers == null)) {
                throw new IllegalArgumentException("a step column holds either texts or numbers");
            }
            texts = texts == null ? null : Map.copyOf(texts);
            numbers = numbers == null ? null : Map.copyOf(numbers);
        }

        public static Column ofTexts(String name, String description, String step, Map<String, String> texts) {
            return new Column(name, description, step, Objects.requireNonNull(texts), null);
        }

        public static Column ofNumbers(String name, String description, String step, Map<String, Double> numbers) {
            return new Column(name, description, step, null, Objects.requireNonNull(numbers));
        }

        public boolean isNumeric() {
            return numbers != null;
        }

        /** Customers with a value. */
        public int size() {
            return isNumeric() ? numbers.size() : texts.size();
        }

        CustomerTable addTo(CustomerTable table) {
            return isNumeric() ? ProjectCustomers.withNumbers(table, name, description, numbers)
                    : ProjectCustomers.withText(table, name, description, texts);
        }
    }

    /** The order columns take in the table, whichever step finished first. */
    private static final List<String> ORDER = List.of(ProjectCustomers.SEGMENT, ProjectCustomers.RFM_SEGMENT,
            ProjectCustomers.CHURN_SCORE, ProjectCustomers.P_ALIVE, ProjectCustomers.EXPECTED_PURCHASES,
            ProjectCustomers.CLV);

    private final Map<String, Column> columns = new LinkedHashMap<>();
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");

    /** Puts a step's column, replacing the one of that name. */
    public void put(Column column) {
        Column before = columns.put(column.name(), column);
        if (!column.equals(before)) {
            revision.set(revision.get() + 1);
        }
    }

    /** Takes a step's column away (its result is gone). */
    public void remove(String name) {
        if (columns.remove(name) != null) {
            revision.set(revision.get() + 1);
        }
    }

    public Optional<Column> get(String name) {
        return Optional.ofNullable(columns.get(name));
    }

    /** The columns, in table order. */
    public List<Column> columns() {
        List<Column> out = new ArrayList<>();
        for (String name : ORDER) {
            if (columns.containsKey(name)) {
                out.add(columns.get(name));
            }
        }
        for (Column column : columns.values()) {
            if (!ORDER.contains(column.name())) {
                out.add(column);
            }
        }
        return out;
    }

    /** Goes up by one at each change: listen to it to follow the columns. */
    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** The table with every column added after its own (a column of the same name is replaced). */
    public CustomerTable addTo(CustomerTable table) {
        return addTo(table, columns().stream().map(Column::name).toList());
    }

    /** The table with the named columns (those present) added. */
    public CustomerTable addTo(CustomerTable table, Collection<String> names) {
        CustomerTable out = table;
        for (Column column : columns()) {
            if (names.contains(column.name())) {
                out = column.addTo(out);
            }
        }
        return out;
    }
}
