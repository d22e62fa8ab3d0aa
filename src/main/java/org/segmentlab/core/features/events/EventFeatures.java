package org.segmentlab.core.features.events;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * <p>The events are grouped by customer with a counting pass, each customer's events sorted by a
 * packed (time, position) key, then every feature is taken in one pass: no per-event objects.
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
    public static final CustomerTableFeature LOGIN_COUNT = event("login_count",
            "Logins in the window");
    public static final CustomerTableFeature ACTIVITY_TREND = event("activity_trend",
            "Least-squares slope of weekly event counts over the window's full weeks, oldest to newest"
                    + " (events per week, per week; positive = growing)");

    /** Columns {@code category_share_<category>}: a customer's events in that category, out of their events with a category. */
    public static final String CATEGORY_SHARE_PREFIX = "category_share_";

    private static final int WEEK_SECONDS = 7 * CustomerTableWindow.SECONDS_PER_DAY;
    private static final int CART = 1;
    private static final int PURCHASE = 2;
    private static final int SEARCH = 4;
    private static final int SUPPORT = 8;
    private static final int LOGIN = 16;

    /** The fixed features this family can produce (the category shares are named after the data). */
    public static List<CustomerTableFeature> definitions() {
        return List.of(EVENT_COUNT, SESSION_COUNT, AVG_SESSION_SECONDS, EVENTS_PER_SESSION, UNIQUE_PAGES_PER_SESSION,
                DAYS_ACTIVE, DAYS_SINCE_LAST_VISIT, MEAN_DAYS_BETWEEN_VISITS, STD_DAYS_BETWEEN_VISITS,
                CART_ABANDONMENT_RATE, SEARCH_USE_RATE, CONVERSION_RATE, SUPPORT_CONTACTS, LOGIN_COUNT,
                ACTIVITY_TREND);
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

        progress.update(0, "Grouping events by customer");
        int[] offset = new int[customers + 1];
        int[] categoryTotals = categoryOf == null ? null : new int[log.categories().size()];
        for (int i = 0; i < events; i++) {
            long t = times[i];
            int c = who[i];
            if (t >= start && t < end && rowOf[c] >= 0) {
                offset[c + 1]++;
                if (categoryOf != null && categoryOf[i] >= 0) {
                    categoryTotals[categoryOf[i]]++;
                }
            }
        }
        for (int c = 0; c < customers; c++) {
            offset[c + 1] += offset[c];
        }
        progress.checkCancelled();
        long[] keys = new long[offset[customers]];
        int[] next = Arrays.copyOf(offset, customers);
        for (int i = 0; i < events; i++) {
            long t = times[i];
            int c = who[i];
            if (t >= start && t < end && rowOf[c] >= 0) {
                // time since the window start (< 2^31 s) in the high half, the event's position in the low half
                keys[next[c]++] = ((t - start) << 32) | i;
            }
        }
        next = null;
        progress.checkCancelled();

        int[] flags = flagsOfEventTypes(log, settings.vocabulary());
        int[] topSlot = new int[categoryTotals == null ? 0 : categoryTotals.length];
        List<Share> topNames = topCategories(log, categoryTotals, settings.topCategories(), topSlot);
        Columns out = new Columns(rows.size(), topNames.size());
        int weeks = window.windowDays() / 7;
        Customer acc = new Customer(settings.sessionGapMinutes() * 60L, end, weeks, categoryOf == null ? 0
                : categoryTotals.length, topNames.size());

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
                int i = (int) (key & 0xFFFF_FFFFL);
                acc.add((key >>> 32) + start, flags[log.eventType[i]],
                        categoryOf == null ? EventLog.NO_CATEGORY : categoryOf[i], topSlot);
            }
            acc.finish();
            out.store(rowOf[c], acc, window);
            if ((c & 1023) == 0) {
                progress.checkCancelled();
                progress.update((double) c / customers, "Sessions and visits");
            }
        }
        progress.update(1, "Behavioural features ready");
        return out.toTable(rows, categoryOf != null, topNames, weeks);
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
                case LOGIN -> flags[t] = LOGIN;
                default -> flags[t] = 0;
            }
        }
        return flags;
    }

    /** The busiest categories (ties: alphabetical); fills {@code slot} with each category's column or -1. */
    private static List<Share> topCategories(EventLog log, int[] totals, int wanted, int[] slot) {
        Arrays.fill(slot, -1);
        if (totals == null || wanted == 0) {
            return List.of();
        }
        List<String> names = log.categories();
        List<Integer> busy = new ArrayList<>();
        for (int k = 0; k < totals.length; k++) {
            if (totals[k] > 0) {
                busy.add(k);
            }
        }
        busy.sort(Comparator.comparingInt((Integer k) -> -totals[k]).thenComparing(names::get));
        List<Share> columnNames = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (int s = 0; s < Math.min(wanted, busy.size()); s++) {
            int k = busy.get(s);
            slot[k] = s;
            String base = CATEGORY_SHARE_PREFIX + CustomerTableFeature.snakeCase(names.get(k));
            String name = base;
            for (int n = 2; !used.add(name); n++) {
                name = base + "_" + n;
            }
            columnNames.add(new Share(name, names.get(k)));
        }
        return columnNames;
    }

    /** A {@code category_share_} column and the category it counts. */
    private record Share(String column, String category) {
    }

    private static CustomerTableFeature event(String name, String description) {
        return new CustomerTableFeature(name, FeatureFamily.EVENTS, description);
    }

    /** The running totals of one customer, reused from customer to customer. */
    private static final class Customer {
        final long gapSeconds;
        final long windowEnd;
        final int[] weekCounts;
        final int[] pageStamp;
        final int[] topCounts;
        int stamp;

        int events;
        int sessions;
        long durationSum;
        int cartSessions;
        int abandonedSessions;
        int purchaseSessions;
        int searchSessions;
        long distinctPagesSum;
        int supportContacts;
        int logins;
        int daysActive;
        long gapSum;
        long gapSquares;
        int gaps;
        int eventsWithCategory;
        long lastTime;
        long lastDay;
        long sessionStart;
        int sessionFlags;
        int sessionPages;

        Customer(long gapSeconds, long windowEnd, int weeks, int categories, int topCategories) {
            this.gapSeconds = gapSeconds;
            this.windowEnd = windowEnd;
            this.weekCounts = new int[weeks];
            this.pageStamp = new int[categories];
            this.topCounts = new int[topCategories];
        }

        void reset() {
            events = 0;
            sessions = 0;
            durationSum = 0;
            cartSessions = 0;
            abandonedSessions = 0;
            purchaseSessions = 0;
            searchSessions = 0;
            distinctPagesSum = 0;
            supportContacts = 0;
            logins = 0;
            daysActive = 0;
            gapSum = 0;
            gapSquares = 0;
            gaps = 0;
            eventsWithCategory = 0;
            Arrays.fill(weekCounts, 0);
            Arrays.fill(topCounts, 0);
        }

        void add(long time, int flags, int category, int[] topSlot) {
            if (events == 0 || time - lastTime > gapSeconds) {
                if (events > 0) {
                    closeSession();
                }
                sessionStart = time;
                sessionFlags = 0;
                sessionPages = 0;
                stamp++;
            }
            sessionFlags |= flags;
            if (category >= 0) {
                eventsWithCategory++;
                if (pageStamp[category] != stamp) {
                    pageStamp[category] = stamp;
                    sessionPages++;
                }
                int slot = topSlot[category];
                if (slot >= 0) {
                    topCounts[slot]++;
                }
            }
            long day = Math.floorDiv(time, CustomerTableWindow.SECONDS_PER_DAY);
            if (events == 0 || day != lastDay) {
                if (events > 0) {
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
                weekCounts[(int) weeksBack]++;
            }
            if ((flags & SUPPORT) != 0) {
                supportContacts++;
            }
            if ((flags & LOGIN) != 0) {
                logins++;
            }
            lastTime = time;
            events++;
        }

        void finish() {
            closeSession();
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

        /** Slope of the weekly counts against the week number, oldest full week = 0. */
        double trend() {
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
        final double[] loginCount;
        final double[] activityTrend;
        final double[][] categoryShares;

        Columns(int rows, int topCategories) {
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
            loginCount = new double[rows];
            activityTrend = new double[rows];
            categoryShares = new double[topCategories][];
            for (int k = 0; k < topCategories; k++) {
                categoryShares[k] = nans(rows);
            }
        }

        void store(int row, Customer c, CustomerTableWindow window) {
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
            loginCount[row] = c.logins;
            activityTrend[row] = c.trend();
            if (c.eventsWithCategory > 0) {
                for (int k = 0; k < categoryShares.length; k++) {
                    categoryShares[k][row] = (double) c.topCounts[k] / c.eventsWithCategory;
                }
            }
        }

        CustomerTable toTable(List<String> rows, boolean withPages, List<Share> topNames, int weeks) {
            if (weeks < 2) {
                Arrays.fill(activityTrend, Double.NaN);
            }
            List<CustomerTable.Column> columns = new ArrayList<>();
            columns.add(CustomerTable.Column.numeric(EVENT_COUNT, eventCount));
            columns.add(CustomerTable.Column.numeric(SESSION_COUNT, sessionCount));
            columns.add(CustomerTable.Column.numeric(AVG_SESSION_SECONDS, avgSessionSeconds));
            columns.add(CustomerTable.Column.numeric(EVENTS_PER_SESSION, eventsPerSession));
            if (withPages) {
                columns.add(CustomerTable.Column.numeric(UNIQUE_PAGES_PER_SESSION, uniquePagesPerSession));
            }
            columns.add(CustomerTable.Column.numeric(DAYS_ACTIVE, daysActive));
            columns.add(CustomerTable.Column.numeric(DAYS_SINCE_LAST_VISIT, daysSinceLastVisit));
            columns.add(CustomerTable.Column.numeric(MEAN_DAYS_BETWEEN_VISITS, meanDaysBetweenVisits));
            columns.add(CustomerTable.Column.numeric(STD_DAYS_BETWEEN_VISITS, stdDaysBetweenVisits));
            columns.add(CustomerTable.Column.numeric(CART_ABANDONMENT_RATE, cartAbandonmentRate));
            columns.add(CustomerTable.Column.numeric(SEARCH_USE_RATE, searchUseRate));
            columns.add(CustomerTable.Column.numeric(CONVERSION_RATE, conversionRate));
            columns.add(CustomerTable.Column.numeric(SUPPORT_CONTACTS, supportContacts));
            columns.add(CustomerTable.Column.numeric(LOGIN_COUNT, loginCount));
            columns.add(CustomerTable.Column.numeric(ACTIVITY_TREND, activityTrend));
            for (int k = 0; k < topNames.size(); k++) {
                Share share = topNames.get(k);
                columns.add(CustomerTable.Column.numeric(new CustomerTableFeature(share.column(), FeatureFamily.EVENTS,
                        "Share of the customer's events with a category that are in '" + share.category() + "'"),
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
