package org.segmentlab.core.features.events;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.segmentlab.core.data.ImportedTable;
import org.segmentlab.core.features.CustomerTableWindow;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.InstantColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tech.tablesaw.columns.dates.PackedLocalDate;
import tech.tablesaw.columns.datetimes.PackedLocalDateTime;

/**
 * An event log held as primitive arrays, one entry per event, in file order: who (a customer code
 * into {@link #customerIds()}), when (seconds, see {@link CustomerTableWindow} for the clock), what
 * (an event type code into {@link #eventTypes()}) and, when the file has one, the page or category
 * (a code into {@link #categories()}, -1 where missing). Millions of events fit in a few arrays
 * and are read without boxing.
 *
 * <p>A usage log, read from a usage table (counts per customer and period, see {@link EventColumns}),
 * has one entry per period and count column, standing for {@link #count(int)} events; a quiet
 * period is one entry of count 0.
 */
public final class EventLog {

    /** The category code of an event without page or category. */
    public static final int NO_CATEGORY = -1;

    final int[] customer;
    final long[] epochSecond;
    final int[] eventType;
    final int[] category;
    /** How many events each entry stands for (a usage table's counts); null = one each. */
    final int[] count;
    private final List<String> customerIds;
    private final List<String> eventTypes;
    private final List<String> categories;
    private final long rowsWithoutCustomer;
    private final long rowsWithoutEventType;
    private final long rowsWithoutTime;

    private EventLog(int[] customer, List<String> customerIds, long[] epochSecond, int[] eventType,
                     List<String> eventTypes, int[] category, List<String> categories, int[] count,
                     long rowsWithoutCustomer, long rowsWithoutEventType, long rowsWithoutTime) {
        this.customer = customer;
        this.customerIds = List.copyOf(customerIds);
        this.epochSecond = epochSecond;
        this.eventType = eventType;
        this.eventTypes = List.copyOf(eventTypes);
        this.category = category;
        this.categories = categories == null ? List.of() : List.copyOf(categories);
        this.count = count;
        this.rowsWithoutCustomer = rowsWithoutCustomer;
        this.rowsWithoutEventType = rowsWithoutEventType;
        this.rowsWithoutTime = rowsWithoutTime;
        int n = customer.length;
        if (epochSecond.length != n || eventType.length != n || (category != null && category.length != n)
                || (count != null && count.length != n)) {
            throw new IllegalArgumentException("the event arrays differ in length");
        }
        checkCodes("customer", customer, this.customerIds.size(), false);
        checkCodes("event type", eventType, this.eventTypes.size(), false);
        if (category != null) {
            checkCodes("category", category, this.categories.size(), true);
        }
        if (count != null) {
            for (int c : count) {
                if (c < 0) {
                    throw new IllegalArgumentException("an entry cannot stand for " + c + " events");
                }
            }
        }
    }

    /**
     * A log over arrays the caller built (they are not copied).
     *
     * @param category null when the events have no page or category
     */
    public static EventLog of(int[] customer, List<String> customerIds, long[] epochSecond,
                              int[] eventType, List<String> eventTypes,
                              int[] category, List<String> categories) {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(epochSecond, "epochSecond");
        Objects.requireNonNull(eventType, "eventType");
        return new EventLog(customer, customerIds, epochSecond, eventType, eventTypes, category,
                category == null ? null : Objects.requireNonNull(categories, "categories"), null, 0, 0, 0);
    }

    /**
     * A usage log over arrays the caller built: entry i stands for {@code count[i]} events of its
     * type at its time (a usage table's row and count column); a count of 0 records a period in
     * which the customer was followed and did nothing.
     */
    public static EventLog ofCounts(int[] customer, List<String> customerIds, long[] epochSecond,
                                    int[] eventType, List<String> eventTypes, int[] count) {
        return new EventLog(customer, customerIds, epochSecond, eventType, eventTypes, null, null,
                Objects.requireNonNull(count, "count"), 0, 0, 0);
    }

    /**
     * The events of an imported file. Rows without a customer id, an event type or a time are left
     * out and counted ({@link #rowsWithoutCustomer()}, {@link #rowsWithoutEventType()},
     * {@link #rowsWithoutTime()}).
     *
     * @throws IllegalArgumentException when a named column is missing or the time column is not a date
     */
    public static EventLog from(ImportedTable imported, EventColumns columns) {
        Table table = imported.table();
        String file = imported.report().file() == null ? "events" : String.valueOf(imported.report().file().getFileName());
        if (columns.isUsageTable()) {
            return fromUsage(table, columns, file);
        }
        Column<?> customerColumn = column(table, columns.customer(), file);
        Column<?> timeColumn = column(table, columns.timestamp(), file);
        Column<?> typeColumn = column(table, columns.eventType(), file);
        Column<?> categoryColumn = columns.category() == null ? null : column(table, columns.category(), file);
        long[] times = epochSeconds(timeColumn, file);
        Dictionary customers = new Dictionary();
        Dictionary types = new Dictionary();
        Dictionary categories = new Dictionary();
        int[] customer = TextCodes.encode(customerColumn, customers);
        int[] type = TextCodes.encode(typeColumn, types);
        int[] category = categoryColumn == null ? null : TextCodes.encode(categoryColumn, categories);

        // keep the usable rows, compacting the arrays in place
        int kept = 0;
        long withoutCustomer = 0;
        long withoutType = 0;
        long withoutTime = 0;
        for (int row = 0; row < customer.length; row++) {
            if (customer[row] < 0) {
                withoutCustomer++;
            } else if (type[row] < 0) {
                withoutType++;
            } else if (times[row] == Long.MIN_VALUE) {
                withoutTime++;
            } else {
                customer[kept] = customer[row];
                type[kept] = type[row];
                times[kept] = times[row];
                if (category != null) {
                    category[kept] = category[row];
                }
                kept++;
            }
        }
        List<String> categoryNames = categories.values();
        boolean withCategories = category != null && !categoryNames.isEmpty();
        return new EventLog(Arrays.copyOf(customer, kept), customers.values(), Arrays.copyOf(times, kept),
                Arrays.copyOf(type, kept), types.values(), withCategories ? Arrays.copyOf(category, kept) : null,
                withCategories ? categoryNames : null, null, withoutCustomer, withoutType, withoutTime);
    }

    /**
     * One entry per row and count column with a count above zero (rounded to whole events); a row
     * whose counts are all zero or missing becomes one entry of count 0, so the period still shows
     * the customer was followed in it.
     */
    private static EventLog fromUsage(Table table, EventColumns columns, String file) {
        Column<?> customerColumn = column(table, columns.customer(), file);
        long[] rowTimes = epochSeconds(column(table, columns.timestamp(), file), file);
        Dictionary customers = new Dictionary();
        int[] rowCustomer = TextCodes.encode(customerColumn, customers);
        List<NumericColumn<?>> counts = new ArrayList<>();
        for (String name : columns.counts()) {
            Column<?> countColumn = column(table, name, file);
            if (!(countColumn instanceof NumericColumn)) {
                throw new IllegalArgumentException(file + ": column '" + name + "' does not hold numbers, so it"
                        + " cannot count events");
            }
            counts.add((NumericColumn<?>) countColumn);
        }
        int rows = table.rowCount();
        Builder builder = new Builder(rows * counts.size() / 2 + 16, false);
        long withoutCustomer = 0;
        long withoutTime = 0;
        for (int row = 0; row < rows; row++) {
            if (rowCustomer[row] < 0) {
                withoutCustomer++;
                continue;
            }
            if (rowTimes[row] == Long.MIN_VALUE) {
                withoutTime++;
                continue;
            }
            boolean any = false;
            for (int k = 0; k < counts.size(); k++) {
                double value = counts.get(k).getDouble(row);
                if (value >= 0.5) {
                    builder.append(rowCustomer[row], rowTimes[row], k, NO_CATEGORY,
                            (int) Math.min(Integer.MAX_VALUE, Math.round(value)));
                    any = true;
                }
            }
            if (!any) {
                builder.append(rowCustomer[row], rowTimes[row], 0, NO_CATEGORY, 0);
            }
        }
        return builder.build(customers.values(), columns.counts(), withoutCustomer, withoutTime);
    }

    public static Builder builder() {
        return new Builder(1024, true);
    }

    public int size() {
        return customer.length;
    }

    public int customerCount() {
        return customerIds.size();
    }

    /** The customer ids; an event's customer code indexes this list. */
    public List<String> customerIds() {
        return customerIds;
    }

    public List<String> eventTypes() {
        return eventTypes;
    }

    /** The pages or categories; empty when the events have none. */
    public List<String> categories() {
        return categories;
    }

    public boolean hasCategories() {
        return category != null;
    }

    public int customerCode(int event) {
        return customer[event];
    }

    public long epochSecond(int event) {
        return epochSecond[event];
    }

    public int eventTypeCode(int event) {
        return eventType[event];
    }

    public int categoryCode(int event) {
        return category == null ? NO_CATEGORY : category[event];
    }

    /**
     * True for a usage log (from a usage table, or built with counts): its entries are counts per
     * period, not single events, so it has no sessions.
     */
    public boolean hasCounts() {
        return count != null;
    }

    /** How many events entry {@code event} stands for (1 in an event log). */
    public int count(int event) {
        return count == null ? 1 : count[event];
    }

    /** Rows of the file left out because their customer id was empty. */
    public long rowsWithoutCustomer() {
        return rowsWithoutCustomer;
    }

    /** Rows of the file left out because their event type was empty. */
    public long rowsWithoutEventType() {
        return rowsWithoutEventType;
    }

    /**
     * The customers with at least one event inside the window (in a usage log: at least one period,
     * even a quiet one), in order of first appearance.
     */
    public List<String> customersActiveIn(CustomerTableWindow window) {
        boolean[] active = new boolean[customerIds.size()];
        long start = window.startEpochSecond();
        long end = window.endEpochSecond();
        for (int i = 0; i < customer.length; i++) {
            long t = epochSecond[i];
            if (t >= start && t < end) {
                active[customer[i]] = true;
            }
        }
        List<String> out = new ArrayList<>();
        for (int c = 0; c < active.length; c++) {
            if (active[c]) {
                out.add(customerIds.get(c));
            }
        }
        return out;
    }

    /** The customers with an event on or before the as-of day, however long ago. */
    public List<String> customersKnownBy(CustomerTableWindow window) {
        boolean[] known = new boolean[customerIds.size()];
        long end = window.endEpochSecond();
        for (int i = 0; i < customer.length; i++) {
            if (epochSecond[i] < end) {
                known[customer[i]] = true;
            }
        }
        List<String> out = new ArrayList<>();
        for (int c = 0; c < known.length; c++) {
            if (known[c]) {
                out.add(customerIds.get(c));
            }
        }
        return out;
    }

    /** Rows of the file left out because their time was empty. */
    public long rowsWithoutTime() {
        return rowsWithoutTime;
    }

    @Override
    public String toString() {
        return "EventLog[" + size() + " events, " + customerCount() + " customers, types " + eventTypes + "]";
    }

    private static void checkCodes(String what, int[] codes, int dictionarySize, boolean allowMissing) {
        for (int code : codes) {
            if (code >= dictionarySize || code < (allowMissing ? NO_CATEGORY : 0)) {
                throw new IllegalArgumentException(what + " code " + code + " is outside its list of "
                        + dictionarySize + " values");
            }
        }
    }

    private static Column<?> column(Table table, String name, String file) {
        if (!table.containsColumn(name)) {
            throw new IllegalArgumentException(file + ": no column '" + name + "'; columns are " + table.columnNames());
        }
        return table.column(name);
    }

    /** Seconds per row; Long.MIN_VALUE where the time is missing. */
    private static long[] epochSeconds(Column<?> column, String file) {
        int rows = column.size();
        long[] out = new long[rows];
        if (column instanceof DateTimeColumn) {
            DateTimeColumn times = (DateTimeColumn) column;
            for (int i = 0; i < rows; i++) {
                long packed = times.getLongInternal(i);
                out[i] = DateTimeColumn.valueIsMissing(packed) ? Long.MIN_VALUE
                        : PackedLocalDate.toEpochDay(PackedLocalDateTime.date(packed)) * CustomerTableWindow.SECONDS_PER_DAY
                        + PackedLocalDateTime.getSecondOfDay(packed);
            }
        } else if (column instanceof DateColumn) {
            DateColumn dates = (DateColumn) column;
            for (int i = 0; i < rows; i++) {
                int packed = dates.getIntInternal(i);
                out[i] = DateColumn.valueIsMissing(packed) ? Long.MIN_VALUE
                        : PackedLocalDate.toEpochDay(packed) * CustomerTableWindow.SECONDS_PER_DAY;
            }
        } else if (column instanceof InstantColumn) {
            InstantColumn instants = (InstantColumn) column;
            for (int i = 0; i < rows; i++) {
                out[i] = instants.isMissing(i) ? Long.MIN_VALUE : instants.get(i).getEpochSecond();
            }
        } else if (column instanceof NumericColumn) {
            // epoch seconds, as the importer reads a column of Unix times
            NumericColumn<?> numbers = (NumericColumn<?>) column;
            for (int i = 0; i < rows; i++) {
                out[i] = numbers.isMissing(i) ? Long.MIN_VALUE : (long) Math.floor(numbers.getDouble(i));
            }
        } else {
            throw new IllegalArgumentException(file + ": column '" + column.name()
                    + "' does not hold dates or times, so it cannot be the event time");
        }
        return out;
    }

    /** Collects events one by one, giving customers, event types and categories their codes. */
    public static final class Builder {
        private final Dictionary customers = new Dictionary();
        private final Dictionary types = new Dictionary();
        private final Dictionary categoryNames = new Dictionary();
        private int[] customer;
        private long[] time;
        private int[] type;
        private int[] category;
        private int[] count;
        private boolean counted;
        private int size;

        private Builder(int capacity, boolean withCategories) {
            int initial = Math.max(16, capacity);
            customer = new int[initial];
            time = new long[initial];
            type = new int[initial];
            category = withCategories ? new int[initial] : null;
            count = new int[initial];
        }

        public Builder add(String customerId, LocalDateTime when, String eventType, String categoryName) {
            return add(customerId, CustomerTableWindow.epochSecondOf(when), eventType, categoryName);
        }

        /** @param categoryName null when the event has no page or category */
        public Builder add(String customerId, long epochSecond, String eventType, String categoryName) {
            Objects.requireNonNull(customerId, "customerId");
            Objects.requireNonNull(eventType, "eventType");
            return append(customers.codeOf(customerId), epochSecond, types.codeOf(eventType),
                    categoryName == null || category == null ? NO_CATEGORY : categoryNames.codeOf(categoryName), 1);
        }

        /** {@code events} events of one type at one time, as a usage table counts them (0: a quiet period). */
        public Builder addCount(String customerId, LocalDateTime when, String eventType, int events) {
            if (events < 0) {
                throw new IllegalArgumentException("a count of events cannot be negative: " + events);
            }
            counted = true;
            return append(customers.codeOf(Objects.requireNonNull(customerId, "customerId")),
                    CustomerTableWindow.epochSecondOf(when), types.codeOf(Objects.requireNonNull(eventType, "eventType")),
                    NO_CATEGORY, events);
        }

        Builder append(int customerCode, long epochSecond, int typeCode, int categoryCode, int events) {
            if (size == customer.length) {
                int grown = customer.length + (customer.length >> 1);
                customer = Arrays.copyOf(customer, grown);
                time = Arrays.copyOf(time, grown);
                type = Arrays.copyOf(type, grown);
                count = Arrays.copyOf(count, grown);
                if (category != null) {
                    category = Arrays.copyOf(category, grown);
                }
            }
            customer[size] = customerCode;
            time[size] = epochSecond;
            type[size] = typeCode;
            count[size] = events;
            counted |= events != 1;
            if (category != null) {
                category[size] = categoryCode;
            }
            size++;
            return this;
        }

        public EventLog build() {
            List<String> categoryList = categoryNames.values();
            // a log where no event names a page or category has no categories at all
            boolean keepCategories = category != null && !categoryList.isEmpty();
            return new EventLog(Arrays.copyOf(customer, size), customers.values(), Arrays.copyOf(time, size),
                    Arrays.copyOf(type, size), types.values(),
                    keepCategories ? Arrays.copyOf(category, size) : null, keepCategories ? categoryList : null,
                    counted ? Arrays.copyOf(count, size) : null, 0, 0, 0);
        }

        /** A usage log whose customer and type codes were given by the caller's own lists. */
        EventLog build(List<String> customerIds, List<String> eventTypes, long withoutCustomer, long withoutTime) {
            return new EventLog(Arrays.copyOf(customer, size), customerIds, Arrays.copyOf(time, size),
                    Arrays.copyOf(type, size), eventTypes, null, null, Arrays.copyOf(count, size),
                    withoutCustomer, 0, withoutTime);
        }
    }
}
