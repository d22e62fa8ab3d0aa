package org.segmentlab.core.features.events;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import org.segmentlab.core.Progress;
import org.segmentlab.core.features.CustomerTable;
import org.segmentlab.core.features.CustomerTableFeature;
import org.segmentlab.core.features.CustomerTableWindow;
import org.segmentlab.core.features.FeatureFamily;

/**
 * Behavioural features per customer from an event log, computed as of a day over a look-back
 * window ({@link CustomerTableWindow}); events outside the window, later ones included, are ignored.
 *
 * <p>Sessions: a customer's events in time order; a new session starts when the gap to the
 * previous event is more than the session gap (default 30 minutes; a gap of exactly 30 minutes
 * stays in the session). A session lasts from its first to its last event, so a one-event session
 * lasts 0 seconds. Visit days are the calendar days with at least one event.
 *
 * <p>A usage log (counts per period, see {@link EventColumns}) has no sessions, so it gives no
 * session features; its trend is the least-squares slope of each period's total against the
 * period start in weeks, quiet periods included, which does not depend on how the periods fall
 * against the as-of day.
 *
 * <p>Features that need a kind of event the log never has (a cart rate without add-to-cart
 * events) are left out rather than filled with empty values. The per-type counts and category
 * shares are chosen from the whole log, so rebuilding another period gives the same columns.
 *
 * <p>The events are grouped by customer with a counting pass, each customer's events sorted by a
 * packed key (time, then type and category, or position), then every feature is taken in one
 * pass: no per-event objects.
 */
public final class EventFeatures {

    public static final CustomerTableFeature EVENT_COUNT = event("event_count",
            "Events in the window");
    public static final CustomerTableFeature SESSION_COUNT = event("session_count",
            "Sessions in the window; a pause longer than the session gap starts a new one");
    public static final CustomerTableFeature AVG_SESSION_SECONDS = event("avg_session_seconds",
            "Mean session length in seconds, first to last event (a one-event session lasts 0)");
    public static final CustomerTableFeature EVENTS_PER_SESSION = event("events_per_session",
            "Events divided by sessions");
    public static final CustomerTableFeature UNIQUE_PAGES_PER_SESSION = event("unique_pages_per_session",
            "Mean number of distinct pages or categories seen in a session");
    public static final CustomerTableFeature DAYS_ACTIVE = event("days_active",
            "Calendar days with at least one event");
    public static final CustomerTableFeature DAYS_SINCE_LAST_VISIT = event("days_since_last_visit",
            "Whole days from the last event's day to the as-of day (0 = active on the as-of day)");
    public static final CustomerTableFeature MEAN_DAYS_BETWEEN_VISITS = event("mean_days_between_visits",
            "Mean number of days between consecutive visit days (empty with one visit day)");
    public static final CustomerTableFeature STD_DAYS_BETWEEN_VISITS = event("std_days_between_visits",
            "Standard deviation (n - 1) of the days between visit days (empty with fewer than three visit days)");
    public static final CustomerTableFeature CART_ABANDONMENT_RATE = event("cart_abandonment_rate",
            "Sessions with an add-to-cart and no purchase, out of sessions with an add-to-cart (empty when none)");
    public static final CustomerTableFeature SEARCH_USE_RATE = event("search_use_rate",
            "Share of sessions with a search");
    public static final CustomerTableFeature CONVERSION_RATE = event("conversion_rate",
            "Share of sessions with a purchase");
    public static final CustomerTableFeature SUPPORT_CONTACTS = event("support_contacts",
            "Support contacts in the window");
    public static final CustomerTableFeature ACTIVITY_TREND = event("activity_trend",
            "Least-squares slope of weekly event counts over the window's full weeks counted back from the as-of"
                    + " day (per period for usage tables): events per week, per week; positive = growing");

    /** Columns {@code count_<type>}: the customer's events of one type in the window. */
    public static final String TYPE_COUNT_PREFIX = "count_";
    /** Columns {@code category_share_<category>}: a customer's events in that category, out of their events with a category. */
    public static final String CATEGORY_SHARE_PREFIX = "category_share_";
    /** At most this many {@code count_<type>} columns, the most frequent types first. */
    public static final int MAX_TYPE_COUNTS = 20;

    private static final int WEEK_SECONDS = 7 * CustomerTableWindow.SECONDS_PER_DAY;
    private static final int CART = 1;
    private static final int PURCHASE = 2;
    private static final int SEARCH = 4;
    private static final int SUPPORT = 8;

    /** The fixed features this family can produce (per-type counts and category shares are named after the data). */
    public static List<CustomerTableFeature> definitions() {
        return List.of(EVENT_COUNT, SESSION_COUNT, AVG_SESSION_SECONDS, EVENTS_PER_SESSION, UNIQUE_PAGES_PER_SESSION,
                DAYS_ACTIVE, DAYS_SINCE_LAST_VISIT, MEAN_DAYS_BETWEEN_VISITS, STD_DAYS_BETWEEN_VISITS,
                CART_ABANDONMENT_RATE, SEARCH_USE_RATE, CONVERSION_RATE, SUPPORT_CONTACTS, ACTIVITY_TREND);
    }

    /** The features of every customer with at least one event in the window, in customer order. */
    public CustomerTable build(EventLog log, EventFeatureSettings settings, Progress progress) {
        return build(log, settings, CustomerTable.inCustomerOrder(log.customersActiveIn(settings.window())), progress);
    }

    /**
     * The features of the customers {@code rows}, in that order. A customer without events in the
     * window gets zero counts, a flat trend, and empty (NaN) averages, rates and recency.
     */
    public CustomerTable build(EventLog log, EventFeatureSettings settings, List<String> rows, Progress progress) {
        CustomerTableWindow window = settings.window();
        int customers = log.customerCount();
        int[] rowOf = rowsOfCustomers(log, rows);
        long start = window.startEpochSecond();
        long end = window.endEpochSecond();
        int events = log.size();
        long[] times = log.epochSecond;
        int[] who = log.customer;
        int[] categoryOf = log.category;
        int[] countOf = log.count;

        progress.update(0, "Grouping events by customer");
        int[] offset = new int[customers + 1];
        long[] typeTotals = new long[log.eventTypes().size()];
        long[] categoryTotals = categoryOf == null ? null : new long[log.categories().size()];
        for (int i = 0; i < events; i++) {
            int weight = countOf == null ? 1 : countOf[i];
            typeTotals[log.eventType[i]] += weight;
            if (categoryOf != null && categoryOf[i] >= 0) {
                categoryTotals[categoryOf[i]] += weight;
            }
            long t = times[i];
            int c = who[i];
            if (t >= start && t < end && rowOf[c] >= 0) {
                offset[c + 1]++;
            }
        }
        for (int c = 0; c < customers; c++) {
            offset[c + 1] += offset[c];
        }
        progress.checkCancelled();
        long[] keys = new long[offset[customers]];
        int[] next = Arrays.copyOf(offset, customers);
        // Events of one time may be taken in any order (every feature is the same), so an event log's
        // keys carry the type and category themselves rather than the position where they are found.
        boolean packed = countOf == null && log.eventTypes().size() <= Short.MAX_VALUE
                && (categoryOf == null || log.categories().size() < 0xFFFF);
        int[] typeOf = log.eventType;
        for (int i = 0; i < events; i++) {
            long t = times[i];
            int c = who[i];
            if (t >= start && t < end && rowOf[c] >= 0) {
                // time since the window start (< 2^31 s) in the high half; type and category, or the
                // event's position, in the low half
                long low = packed ? (long) typeOf[i] << 16 | (categoryOf == null ? 0 : categoryOf[i] + 1) : i;
                keys[next[c]++] = ((t - start) << 32) | low;
            }
        }
        next = null;
        progress.checkCancelled();

        int[] flags = flagsOfEventTypes(log, settings.vocabulary());
        int present = 0;
        for (int t = 0; t < flags.length; t++) {
            present |= typeTotals[t] > 0 ? flags[t] : 0;
        }
        int[] typeSlot = new int[typeTotals.length];
        List<Share> typeColumns = busiest(log.eventTypes(), typeTotals, MAX_TYPE_COUNTS, typeSlot, TYPE_COUNT_PREFIX,
                t -> (flags[t] & SUPPORT) == 0);
        int[] categorySlot = new int[categoryTotals == null ? 0 : categoryTotals.length];
        List<Share> categoryColumns = categoryTotals == null ? List.of()
                : busiest(log.categories(), categoryTotals, settings.topCategories(), categorySlot,
                        CATEGORY_SHARE_PREFIX, k -> true);
        Columns out = new Columns(rows.size(), typeColumns.size(), categoryColumns.size());
        int weeks = window.windowDays() / 7;
        Customer acc = new Customer(settings.sessionGapMinutes() * 60L, start, end, weeks, log.hasCounts(),
                categorySlot.length, typeColumns.size(), categoryColumns.size());

        for (int c = 0; c < customers; c++) {
            int from = offset[c];
            int to = offset[c + 1];
            if (from == to) {
                continue;
            }
            if (to - from > 1) {
                Arrays.sort(keys, from, to);
            }
            acc.reset();
            for (int p = from; p < to; p++) {
                long key = keys[p];
                int low = (int) (key & 0xFFFF_FFFFL);
                int type;
                int category;
                int weight;
                if (packed) {
                    type = low >>> 16;
                    category = (low & 0xFFFF) - 1;
                    weight = 1;
                } else {
                    type = typeOf[low];
                    category = categoryOf == null ? EventLog.NO_CATEGORY : categoryOf[low];
                    weight = countOf == null ? 1 : countOf[low];
                }
                acc.add((key >>> 32) + start, flags[type], typeSlot[type], category, categorySlot, weight);
            }
            acc.finish();
            out.store(rowOf[c], acc, window);
            if ((c & 1023) == 0) {
                progress.checkCancelled();
                progress.update((double) c / customers, "Sessions and visits");
            }
        }
        progress.update(1, "Behavioural features ready");
        return out.toTable(rows, log, present, typeColumns, categoryColumns, weeks);
    }

    private static int[] rowsOfCustomers(EventLog log, List<String> rows) {
        Map<String, Integer> codeOf = new HashMap<>(log.customerCount() * 2);
        List<String> ids = log.customerIds();
        for (int c = 0; c < ids.size(); c++) {
            codeOf.put(ids.get(c), c);
        }
        int[] rowOf = new int[ids.size()];
        Arrays.fill(rowOf, -1);
        for (int r = 0; r < rows.size(); r++) {
            Integer code = codeOf.get(rows.get(r));
            if (code != null) {
                rowOf[code] = r;
            }
        }
        return rowOf;
    }

    private static int[] flagsOfEventTypes(EventLog log, EventVocabulary vocabulary) {
        List<String> types = log.eventTypes();
        int[] flags = new int[types.size()];
        for (int t = 0; t < flags.length; t++) {
            switch (vocabulary.meaningOf(types.get(t))) {
                case ADD_TO_CART -> flags[t] = CART;
                case PURCHASE -> flags[t] = PURCHASE;
                case SEARCH -> flags[t] = SEARCH;
                case SUPPORT_CONTACT -> flags[t] = SUPPORT;
                default -> flags[t] = 0;
            }
        }
        return flags;
    }

    /**
     * The busiest names (ties: alphabetical) among those {@code wanted} accepts, as columns
     * {@code prefix + snake_case(name)}; fills {@code slot} with each code's column or -1.
     */
    private static List<Share> busiest(List<String> names, long[] totals, int limit, int[] slot, String prefix,
                                       IntPredicate wanted) {
        Arrays.fill(slot, -1);
        List<Integer> busy = new ArrayList<>();
        for (int k = 0; k < totals.length; k++) {
            if (totals[k] > 0 && wanted.test(k)) {
                busy.add(k);
            }
        }
        busy.sort(Comparator.comparingLong((Integer k) -> -totals[k]).thenComparing(names::get));
        List<Share> columns = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (int s = 0; s < Math.min(limit, busy.size()); s++) {
            int k = busy.get(s);
            slot[k] = s;
            String base = prefix + CustomerTableFeature.snakeCase(names.get(k));
            String name = base;
            for (int n = 2; !used.add(name); n++) {
                name = base + "_" + n;
            }
            columns.add(new Share(name, names.get(k)));
        }
        return columns;
    }

    /** A column named after the data and the event type or category it counts. */
    private record Share(String column, String label) {
    }

    private static CustomerTableFeature event(String name, String description) {
        return new CustomerTableFeature(name, FeatureFamily.EVENTS, description);
    }

    /** The running totals of one customer, reused from customer to customer. */
    private static final class Customer {
        final long gapSeconds;
        final long windowStart;
        final long windowEnd;
        final boolean usage;
        final long[] weekCounts;
        final int[] pageStamp;
        final long[] typeCounts;
        final long[] categoryCounts;
        int stamp;

        long events;
        int entries;
        int sessions;
        long durationSum;
        int cartSessions;
        int abandonedSessions;
        int purchaseSessions;
        int searchSessions;
        long distinctPagesSum;
        long supportContacts;
        int daysActive;
        long gapSum;
        long gapSquares;
        int gaps;
        long eventsWithCategory;
        long lastTime;
        long lastDay;
        long sessionStart;
        int sessionFlags;
        int sessionPages;
        int periods;
        int closedPeriods;
        long periodTime;
        long periodTotal;
        double meanX;
        double meanY;
        double coMoment;
        double squaresX;

        Customer(long gapSeconds, long windowStart, long windowEnd, int weeks, boolean usage, int categories,
                 int typeColumns, int categoryColumns) {
            this.gapSeconds = gapSeconds;
            this.windowStart = windowStart;
            this.windowEnd = windowEnd;
            this.usage = usage;
            this.weekCounts = new long[weeks];
            this.pageStamp = new int[categories];
            this.typeCounts = new long[typeColumns];
            this.categoryCounts = new long[categoryColumns];
        }

        void reset() {
            events = 0;
            entries = 0;
            sessions = 0;
            durationSum = 0;
            cartSessions = 0;
            abandonedSessions = 0;
            purchaseSessions = 0;
            searchSessions = 0;
            distinctPagesSum = 0;
            supportContacts = 0;
            daysActive = 0;
            gapSum = 0;
            gapSquares = 0;
            gaps = 0;
            eventsWithCategory = 0;
            periods = 0;
            closedPeriods = 0;
            meanX = 0;
            meanY = 0;
            coMoment = 0;
            squaresX = 0;
            Arrays.fill(weekCounts, 0);
            Arrays.fill(typeCounts, 0);
            Arrays.fill(categoryCounts, 0);
        }

        void add(long time, int flags, int typeSlot, int category, int[] categorySlot, int weight) {
            if (usage) {
                if (periods == 0 || time != periodTime) {
                    closePeriod();
                    periodTime = time;
                    periodTotal = 0;
                    periods++;
                }
                periodTotal += weight;
            }
            if (weight == 0) {
                return;
            }
            if (entries == 0 || time - lastTime > gapSeconds) {
                if (entries > 0) {
                    closeSession();
                }
                sessionStart = time;
                sessionFlags = 0;
                sessionPages = 0;
                stamp++;
            }
            sessionFlags |= flags;
            if (category >= 0) {
                eventsWithCategory += weight;
                if (pageStamp[category] != stamp) {
                    pageStamp[category] = stamp;
                    sessionPages++;
                }
                int slot = categorySlot[category];
                if (slot >= 0) {
                    categoryCounts[slot] += weight;
                }
            }
            if (typeSlot >= 0) {
                typeCounts[typeSlot] += weight;
            }
            long day = Math.floorDiv(time, CustomerTableWindow.SECONDS_PER_DAY);
            if (entries == 0 || day != lastDay) {
                if (entries > 0) {
                    long gap = day - lastDay;
                    gapSum += gap;
                    gapSquares += gap * gap;
                    gaps++;
                }
                daysActive++;
                lastDay = day;
            }
            long weeksBack = (windowEnd - 1 - time) / WEEK_SECONDS;
            if (weeksBack < weekCounts.length) {
                weekCounts[(int) weeksBack] += weight;
            }
            if ((flags & SUPPORT) != 0) {
                supportContacts += weight;
            }
            lastTime = time;
            events += weight;
            entries++;
        }

        void finish() {
            if (entries > 0) {
                closeSession();
            }
            if (usage) {
                closePeriod();
            }
        }

        private void closePeriod() {
            if (periods == 0) {
                return;
            }
            // running means and co-moments: a flat series gives a slope of exactly 0
            double x = (double) (periodTime - windowStart) / WEEK_SECONDS;
            closedPeriods++;
            double dx = x - meanX;
            meanX += dx / closedPeriods;
            meanY += (periodTotal - meanY) / closedPeriods;
            coMoment += dx * (periodTotal - meanY);
            squaresX += dx * (x - meanX);
        }

        private void closeSession() {
            sessions++;
            durationSum += lastTime - sessionStart;
            distinctPagesSum += sessionPages;
            boolean cart = (sessionFlags & CART) != 0;
            boolean purchase = (sessionFlags & PURCHASE) != 0;
            if (cart) {
                cartSessions++;
                if (!purchase) {
                    abandonedSessions++;
                }
            }
            if (purchase) {
                purchaseSessions++;
            }
            if ((sessionFlags & SEARCH) != 0) {
                searchSessions++;
            }
        }

        /** Slope of the weekly counts against the week number, oldest full week = 0; per period for usage. */
        double trend() {
            if (usage) {
                return closedPeriods < 2 || squaresX <= 0 ? Double.NaN : coMoment / squaresX;
            }
            int n = weekCounts.length;
            if (n < 2) {
                return Double.NaN;
            }
            double meanX = (n - 1) / 2.0;
            double sxy = 0;
            double sxx = 0;
            for (int weeksBack = 0; weeksBack < n; weeksBack++) {
                double dx = (n - 1 - weeksBack) - meanX;
                sxy += dx * weekCounts[weeksBack];
                sxx += dx * dx;
            }
            return sxy / sxx;
        }
    }

    /** The output arrays, one value per row of the table. */
    private static final class Columns {
        final double[] eventCount;
        final double[] sessionCount;
        final double[] avgSessionSeconds;
        final double[] eventsPerSession;
        final double[] uniquePagesPerSession;
        final double[] daysActive;
        final double[] daysSinceLastVisit;
        final double[] meanDaysBetweenVisits;
        final double[] stdDaysBetweenVisits;
        final double[] cartAbandonmentRate;
        final double[] searchUseRate;
        final double[] conversionRate;
        final double[] supportContacts;
        final double[] activityTrend;
        final double[][] typeCounts;
        final double[][] categoryShares;

        Columns(int rows, int typeColumns, int categoryColumns) {
            eventCount = new double[rows];
            sessionCount = new double[rows];
            avgSessionSeconds = nans(rows);
            eventsPerSession = nans(rows);
            uniquePagesPerSession = nans(rows);
            daysActive = new double[rows];
            daysSinceLastVisit = nans(rows);
            meanDaysBetweenVisits = nans(rows);
            stdDaysBetweenVisits = nans(rows);
            cartAbandonmentRate = nans(rows);
            searchUseRate = nans(rows);
            conversionRate = nans(rows);
            supportContacts = new double[rows];
            activityTrend = new double[rows];
            typeCounts = new double[typeColumns][rows];
            categoryShares = new double[categoryColumns][];
            for (int k = 0; k < categoryColumns; k++) {
                categoryShares[k] = nans(rows);
            }
        }

        void store(int row, Customer c, CustomerTableWindow window) {
            activityTrend[row] = c.trend();
            if (c.entries == 0) {
                // a usage customer followed only through quiet periods
                return;
            }
            eventCount[row] = c.events;
            sessionCount[row] = c.sessions;
            avgSessionSeconds[row] = (double) c.durationSum / c.sessions;
            eventsPerSession[row] = (double) c.events / c.sessions;
            uniquePagesPerSession[row] = (double) c.distinctPagesSum / c.sessions;
            daysActive[row] = c.daysActive;
            daysSinceLastVisit[row] = window.daysBeforeAsOf(c.lastTime);
            if (c.gaps >= 1) {
                meanDaysBetweenVisits[row] = (double) c.gapSum / c.gaps;
            }
            if (c.gaps >= 2) {
                double mean = (double) c.gapSum / c.gaps;
                double variance = (c.gapSquares - c.gaps * mean * mean) / (c.gaps - 1);
                stdDaysBetweenVisits[row] = Math.sqrt(Math.max(0, variance));
            }
            if (c.cartSessions > 0) {
                cartAbandonmentRate[row] = (double) c.abandonedSessions / c.cartSessions;
            }
            searchUseRate[row] = (double) c.searchSessions / c.sessions;
            conversionRate[row] = (double) c.purchaseSessions / c.sessions;
            supportContacts[row] = c.supportContacts;
            for (int k = 0; k < typeCounts.length; k++) {
                typeCounts[k][row] = c.typeCounts[k];
            }
            if (c.eventsWithCategory > 0) {
                for (int k = 0; k < categoryShares.length; k++) {
                    categoryShares[k][row] = (double) c.categoryCounts[k] / c.eventsWithCategory;
                }
            }
        }

        /**
         * @param present the meanings (CART, PURCHASE...) some event type of the log carries
         */
        CustomerTable toTable(List<String> rows, EventLog log, int present, List<Share> typeColumns,
                              List<Share> categoryColumns, int weeks) {
            boolean sessionsKnown = !log.hasCounts();
            if (weeks < 2 && sessionsKnown) {
                Arrays.fill(activityTrend, Double.NaN);
            }
            List<CustomerTable.Column> columns = new ArrayList<>();
            columns.add(CustomerTable.Column.numeric(EVENT_COUNT, eventCount));
            if (sessionsKnown) {
                columns.add(CustomerTable.Column.numeric(SESSION_COUNT, sessionCount));
                columns.add(CustomerTable.Column.numeric(AVG_SESSION_SECONDS, avgSessionSeconds));
                columns.add(CustomerTable.Column.numeric(EVENTS_PER_SESSION, eventsPerSession));
                if (log.hasCategories()) {
                    columns.add(CustomerTable.Column.numeric(UNIQUE_PAGES_PER_SESSION, uniquePagesPerSession));
                }
            }
            columns.add(CustomerTable.Column.numeric(DAYS_ACTIVE, daysActive));
            columns.add(CustomerTable.Column.numeric(DAYS_SINCE_LAST_VISIT, daysSinceLastVisit));
            columns.add(CustomerTable.Column.numeric(MEAN_DAYS_BETWEEN_VISITS, meanDaysBetweenVisits));
            columns.add(CustomerTable.Column.numeric(STD_DAYS_BETWEEN_VISITS, stdDaysBetweenVisits));
            if (sessionsKnown && (present & CART) != 0) {
                columns.add(CustomerTable.Column.numeric(CART_ABANDONMENT_RATE, cartAbandonmentRate));
            }
            if (sessionsKnown && (present & SEARCH) != 0) {
                columns.add(CustomerTable.Column.numeric(SEARCH_USE_RATE, searchUseRate));
            }
            if (sessionsKnown && (present & PURCHASE) != 0) {
                columns.add(CustomerTable.Column.numeric(CONVERSION_RATE, conversionRate));
            }
            if ((present & SUPPORT) != 0) {
                columns.add(CustomerTable.Column.numeric(SUPPORT_CONTACTS, supportContacts));
            }
            columns.add(CustomerTable.Column.numeric(ACTIVITY_TREND, activityTrend));
            for (int k = 0; k < typeColumns.size(); k++) {
                Share type = typeColumns.get(k);
                columns.add(CustomerTable.Column.numeric(new CustomerTableFeature(type.column(), FeatureFamily.EVENTS,
                        "Events of type '" + type.label() + "' in the window"), typeCounts[k]));
            }
            for (int k = 0; k < categoryColumns.size(); k++) {
                Share share = categoryColumns.get(k);
                columns.add(CustomerTable.Column.numeric(new CustomerTableFeature(share.column(), FeatureFamily.EVENTS,
                        "Share of the customer's events with a category that are in '" + share.label() + "'"),
                        categoryShares[k]));
            }
            return new CustomerTable(rows, columns);
        }

        private static double[] nans(int rows) {
            double[] out = new double[rows];
            Arrays.fill(out, Double.NaN);
            return out;
        }
    }
}
