package org.segmentlab.core.features.events;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.segmentlab.core.data.ColumnInfo;
import org.segmentlab.core.data.ColumnRole;
import org.segmentlab.core.data.ImportedTable;

/**
 * Which columns of an imported event file hold the customer, the time, the event type and,
 * optionally, the page or category.
 *
 * @param category null when the file has no page/category column
 */
public record EventColumns(String customer, String timestamp, String eventType, String category) {

    /** Column names taken as the page or category of an event, in order of preference. */
    static final List<String> CATEGORY_NAMES = List.of("category", "page_category", "product_category",
            "page", "page_type", "section", "screen", "url", "page_url");

    public EventColumns {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(eventType, "eventType");
    }

    /**
     * The columns found from the import roles (customer id, timestamp, event type) and, for the
     * category, the first column named like one in {@link #CATEGORY_NAMES}.
     *
     * @throws IllegalArgumentException naming the file and the role no column has
     */
    public static EventColumns detect(ImportedTable table) {
        String file = table.report().file() == null ? "events" : String.valueOf(table.report().file().getFileName());
        String customer = required(table, ColumnRole.CUSTOMER_ID, file);
        String timestamp = required(table, ColumnRole.TIMESTAMP, file);
        String eventType = required(table, ColumnRole.EVENT_TYPE, file);
        String category = null;
        for (String wanted : CATEGORY_NAMES) {
            Optional<ColumnInfo> match = table.report().columns().stream()
                    .filter(c -> c.role() != ColumnRole.IGNORE)
                    .filter(c -> normalise(c.name()).equals(wanted))
                    .findFirst();
            if (match.isPresent()) {
                category = match.get().name();
                break;
            }
        }
        return new EventColumns(customer, timestamp, eventType, category);
    }

    public EventColumns withCategory(String newCategory) {
        return new EventColumns(customer, timestamp, eventType, newCategory);
    }

    private static String required(ImportedTable table, ColumnRole role, String file) {
        return table.column(role).map(ColumnInfo::name).orElseThrow(() -> new IllegalArgumentException(
                file + ": no column was recognised as '" + role.label() + "'; an event file needs a customer id,"
                        + " a timestamp and an event type column"));
    }

    private static String normalise(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s.\\-]+", "_");
    }
}
