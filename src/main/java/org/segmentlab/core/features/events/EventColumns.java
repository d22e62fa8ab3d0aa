package org.segmentlab.core.features.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.segmentlab.core.data.ColumnInfo;
import org.segmentlab.core.data.ColumnRole;
import org.segmentlab.core.data.ColumnType;
import org.segmentlab.core.data.ImportedTable;

/**
 * Which columns of an imported activity file hold what. Two shapes are read:
 * <ul>
 * <li>an event log, one row per event: customer, time, event type and optionally a page or category;</li>
 * <li>a usage table, one row per customer and period (a day, a week): customer, period start and
 * count columns ({@code logins}, {@code support_tickets}...). Each count column is an event type,
 * named after the column; a row with {@code logins = 8} stands for 8 login events at the period start.</li>
 * </ul>
 *
 * @param eventType null for a usage table
 * @param category  null when the file has no page/category column
 * @param counts    the count columns of a usage table; empty for an event log
 */
public record EventColumns(String customer, String timestamp, String eventType, String category, List<String> counts) {

    /** Column names taken as the page or category of an event, in order of preference. */
    static final List<String> CATEGORY_NAMES = List.of("category", "page_category", "product_category",
            "page", "page_type", "section", "screen", "url", "page_url");

    public EventColumns {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(timestamp, "timestamp");
        counts = counts == null ? List.of() : List.copyOf(counts);
        if ((eventType == null) == counts.isEmpty()) {
            throw new IllegalArgumentException("activity needs either an event type column or count columns");
        }
    }

    /** An event log's columns. */
    public static EventColumns events(String customer, String timestamp, String eventType, String category) {
        return new EventColumns(customer, timestamp, eventType, category, List.of());
    }

    /** A usage table's columns. */
    public static EventColumns usage(String customer, String timestamp, List<String> counts) {
        return new EventColumns(customer, timestamp, null, null, counts);
    }

    public boolean isUsageTable() {
        return eventType == null;
    }

    /**
     * The columns found from the import roles: customer id and timestamp, then the event type (and,
     * for the category, the first column named like one in {@link #CATEGORY_NAMES}); without an
     * event type column, the numeric columns other than id, time and label become count columns.
     *
     * @throws IllegalArgumentException naming the file and what is missing
     */
    public static EventColumns detect(ImportedTable table) {
        String file = table.report().file() == null ? "events" : String.valueOf(table.report().file().getFileName());
        String customer = required(table, ColumnRole.CUSTOMER_ID, file);
        String timestamp = required(table, ColumnRole.TIMESTAMP, file);
        Optional<ColumnInfo> eventType = table.column(ColumnRole.EVENT_TYPE);
        if (eventType.isPresent()) {
            return events(customer, timestamp, eventType.get().name(), category(table));
        }
        List<String> counts = new ArrayList<>();
        for (ColumnInfo column : table.report().columns()) {
            boolean numeric = column.type() == ColumnType.INTEGER || column.type() == ColumnType.DECIMAL;
            boolean usable = column.role() != ColumnRole.IGNORE && column.role() != ColumnRole.LABEL
                    && column.role() != ColumnRole.CUSTOMER_ID && column.role() != ColumnRole.TIMESTAMP;
            if (numeric && usable) {
                counts.add(column.name());
            }
        }
        if (counts.isEmpty()) {
            throw new IllegalArgumentException(file + ": no column was recognised as '" + ColumnRole.EVENT_TYPE.label()
                    + "' and no column holds counts; an activity file needs a customer id, a timestamp and either"
                    + " an event type column or count columns (logins, orders...)");
        }
        return usage(customer, timestamp, counts);
    }

    private static String category(ImportedTable table) {
        for (String wanted : CATEGORY_NAMES) {
            Optional<ColumnInfo> match = table.report().columns().stream()
                    .filter(c -> c.role() != ColumnRole.IGNORE)
                    .filter(c -> normalise(c.name()).equals(wanted))
                    .findFirst();
            if (match.isPresent()) {
                return match.get().name();
            }
        }
        return null;
    }

    private static String required(ImportedTable table, ColumnRole role, String file) {
        return table.column(role).map(ColumnInfo::name).orElseThrow(() -> new IllegalArgumentException(
                file + ": no column was recognised as '" + role.label() + "'; an activity file needs a customer id"
                        + " and a timestamp column"));
    }

    private static String normalise(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s.\\-]+", "_");
    }
}
