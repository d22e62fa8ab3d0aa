package org.segmentlab.core.features.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.segmentlab.core.Progress;
import org.segmentlab.core.features.CustomerTable;
import org.segmentlab.core.features.CustomerTableWindow;

/**
 * A tiny event log whose features were worked out by hand. Window: 28 days as of 2024-03-31, i.e.
 * 2024-03-04 00:00 ≤ t < 2024-04-01 00:00; full weeks counted back from the as-of day:
 * [03-25, 04-01), [03-18, 03-25), [03-11, 03-18), [03-04, 03-11).
 */
class EventFeaturesTest {

    private static final CustomerTableWindow WINDOW = new CustomerTableWindow(LocalDate.of(2024, 3, 31), 28);

    /** The file lists u1 and u2 interleaved and out of time order. */
    private static EventLog log() {
        return EventLog.builder()
                .add("u1", at("2024-03-30T10:30:00"), "item_added", "Shoes")
                .add("u2", at("2024-03-30T10:20:00"), "add_to_cart", "Bags")
                .add("u1", at("2024-03-30T10:00:00"), "page_viewed", "Shoes")
                .add("u1", at("2024-04-01T00:00:00"), "purchased", "Shoes")      // after the as-of day
                .add("u2", at("2024-03-30T10:10:00"), "view", "Bags")
                .add("u1", at("2024-03-30T10:45:00"), "search", null)
                .add("u1", at("2024-03-30T11:20:00"), "purchased", "Bags")
                .add("u2", at("2024-03-30T10:25:00"), "support_contacted", null)
                .add("u1", at("2024-03-30T11:15:01"), "page_viewed", "Bags")
                .add("u1", at("2024-03-20T09:00:00"), "page_viewed", "Shoes")
                .add("u1", at("2024-03-03T23:59:59"), "page_viewed", "Shoes")   // one second before the window
                .add("u1", at("2024-03-04T00:00:00"), "login", null)            // first second of the window
                .add("u2", at("2024-03-31T23:59:59"), "purchase", "Bags")       // last second of the as-of day
                .add("u3", at("2024-04-02T08:00:00"), "page_viewed", "Shoes")   // only after the as-of day
                .add("u4", at("2024-02-01T08:00:00"), "page_viewed", "Shoes")   // only before the window
                .add("u5", at("2024-03-15T12:00:00"), "search", null)
                .build();
    }

    private static LocalDateTime at(String text) {
        return LocalDateTime.parse(text);
    }

    private static CustomerTable build(EventFeatureSettings settings) {
        return new EventFeatures().build(log(), settings, Progress.none());
    }

    private static double value(CustomerTable table, String feature, String customer) {
        return table.numeric(feature)[table.customerIds().indexOf(customer)];
    }

    @Test
    void rowsAreTheCustomersWithEventsInsideTheWindow() {
        CustomerTable table = build(EventFeatureSettings.of(WINDOW));

        assertThat(table.customerIds()).containsExactly("u1", "u2", "u5");
    }

    @Test
    void gapOfExactlyThirtyMinutesStaysInTheSessionAndOneSecondMoreStartsANewOne() {
        CustomerTable table = build(EventFeatureSettings.of(WINDOW));

        // u1: {03-04 00:00}, {03-20 09:00}, {10:00, 10:30, 10:45}, {11:15:01, 11:20}
        assertThat(value(table, "session_count", "u1")).isEqualTo(4);
        assertThat(value(table, "event_count", "u1")).isEqualTo(7);
        assertThat(value(table, "avg_session_seconds", "u1")).isEqualTo((0 + 0 + 2700 + 299) / 4.0);
        assertThat(value(table, "events_per_session", "u1")).isEqualTo(1.75);
    }

    @Test
    void sessionGapIsConfigurable() {
        CustomerTable table = build(new EventFeatureSettings(WINDOW, 29, 5, null));

        // the 30-minute pause between 10:00 and 10:30 now splits the morning session
        assertThat(value(table, "session_count", "u1")).isEqualTo(5);
    }

    @Test
    void eventsAfterTheAsOfDayAndBeforeTheWindowAreIgnored() {
        CustomerTable table = build(EventFeatureSettings.of(WINDOW));

        assertThat(value(table, "days_active", "u1")).isEqualTo(3);            // 03-04, 03-20, 03-30
        assertThat(value(table, "days_since_last_visit", "u1")).isEqualTo(1);  // not the 04-01 purchase
        assertThat(value(table, "days_since_last_visit", "u2")).isEqualTo(0);  // 23:59:59 on the as-of day
    }

    @Test
    void visitDayGapsGiveMeanAndSampleStandardDeviation() {
        CustomerTable table = build(EventFeatureSettings.of(WINDOW));

        // u1 visit days 03-04, 03-20, 03-30: gaps 16 and 10
        assertThat(value(table, "mean_days_between_visits", "u1")).isEqualTo(13);
        assertThat(value(table, "std_days_between_visits", "u1")).isCloseTo(Math.sqrt(18), within(1e-12));
        // u2 visit days 03-30, 03-31: one gap, so no spread
        assertThat(value(table, "mean_days_between_visits", "u2")).isEqualTo(1);
        assertThat(value(table, "std_days_between_visits", "u2")).isNaN();
        // u5 has one visit day
        assertThat(value(table, "mean_days_between_visits", "u5")).isNaN();
    }

    @Test
    void sessionRatesCountSessionsNotEvents() {
        CustomerTable table = build(EventFeatureSettings.of(WINDOW));

        // u1: the cart session (10:00-10:45) has no purchase; the purchase session has no cart
        assertThat(value(table, "cart_abandonment_rate", "u1")).isEqualTo(1.0);
        assertThat(value(table, "search_use_rate", "u1")).isEqualTo(0.25);
        assertThat(value(table, "conversion_rate", "u1")).isEqualTo(0.25);
        // u2: sessions {10:10 view, 10:20 cart, 10:25 support} and {23:59:59 purchase}
        assertThat(value(table, "session_count", "u2")).isEqualTo(2);
        assertThat(value(table, "cart_abandonment_rate", "u2")).isEqualTo(1.0);
        assertThat(value(table, "conversion_rate", "u2")).isEqualTo(0.5);
        assertThat(value(table, "support_contacts", "u2")).isEqualTo(1);
        assertThat(value(table, "count_login", "u1")).isEqualTo(1);
        // u5 never added to a cart: the abandonment rate is undefined, not zero
        assertThat(value(table, "cart_abandonment_rate", "u5")).isNaN();
        assertThat(value(table, "search_use_rate", "u5")).isEqualTo(1.0);
        assertThat(value(table, "conversion_rate", "u5")).isEqualTo(0.0);
    }

    @Test
    void abandonmentRateIsAbandonedCartSessionsOverCartSessions() {
        EventLog log = EventLog.builder()
                .add("a", at("2024-03-10T10:00:00"), "add_to_cart", null)
                .add("a", at("2024-03-10T10:05:00"), "order", null)
                .add("a", at("2024-03-11T10:00:00"), "cart_add", null)
                .add("a", at("2024-03-12T10:00:00"), "cart_add", null)
                .add("a", at("2024-03-13T10:00:00"), "view", null)
                .build();

        CustomerTable table = new EventFeatures().build(log, EventFeatureSettings.of(WINDOW), Progress.none());

        assertThat(table.numeric("cart_abandonment_rate")[0]).isCloseTo(2.0 / 3, within(1e-15));
        assertThat(table.numeric("conversion_rate")[0]).isEqualTo(0.25);
    }

    @Test
    void uniquePagesPerSessionCountsDistinctCategoriesInEachSession() {
        CustomerTable table = build(EventFeatureSettings.of(WINDOW));

        // u1 sessions: login (none), Shoes, Shoes+Shoes+none, Bags+Bags -> 0, 1, 1, 1
        assertThat(value(table, "unique_pages_per_session", "u1")).isEqualTo(0.75);
        assertThat(value(table, "unique_pages_per_session", "u2")).isEqualTo(1.0);
    }

    @Test
    void trendIsTheLeastSquaresSlopeOfWeeklyCounts() {
        CustomerTable table = build(EventFeatureSettings.of(WINDOW));

        // u1 weekly counts oldest to newest: 1, 0, 1, 5 -> slope 6.5 / 5
        assertThat(value(table, "activity_trend", "u1")).isCloseTo(1.3, within(1e-12));
        // u2: 0, 0, 0, 4 -> 6 / 5
        assertThat(value(table, "activity_trend", "u2")).isCloseTo(1.2, within(1e-12));
        // u5: 0, 1, 0, 0 -> -0.5 / 5
        assertThat(value(table, "activity_trend", "u5")).isCloseTo(-0.1, within(1e-12));
    }

    @Test
    void trendNeedsTwoFullWeeks() {
        CustomerTable table = build(EventFeatureSettings.of(new CustomerTableWindow(LocalDate.of(2024, 3, 31), 13)));

        assertThat(table.numeric("activity_trend")).containsOnly(Double.NaN);
    }

    @Test
    void categorySharesCoverTheBusiestCategories() {
        CustomerTable table = build(EventFeatureSettings.of(WINDOW));

        // over the whole log Shoes has 7 events and Bags 5, so Shoes comes first
        assertThat(table.featureNames()).containsSubsequence("category_share_shoes", "category_share_bags");
        assertThat(value(table, "category_share_shoes", "u1")).isEqualTo(0.6);
        assertThat(value(table, "category_share_bags", "u1")).isEqualTo(0.4);
        assertThat(value(table, "category_share_bags", "u2")).isEqualTo(1.0);
        assertThat(value(table, "category_share_bags", "u5")).isNaN();
    }

    @Test
    void topCategoriesLimitTheShareColumns() {
        CustomerTable table = build(new EventFeatureSettings(WINDOW, 30, 1, null));

        assertThat(table.featureNames()).contains("category_share_shoes").doesNotContain("category_share_bags");
    }

    @Test
    void customersWithoutEventsInTheWindowGetZeroCountsAndEmptyRates() {
        CustomerTable table = new EventFeatures().build(log(), EventFeatureSettings.of(WINDOW),
                List.of("u9", "u1", "u3"), Progress.none());

        assertThat(table.customerIds()).containsExactly("u9", "u1", "u3");
        assertThat(table.numeric("event_count")).containsExactly(0, 7, 0);
        assertThat(table.numeric("session_count")).containsExactly(0, 4, 0);
        assertThat(table.numeric("activity_trend")[0]).isZero();
        assertThat(table.numeric("conversion_rate")[2]).isNaN();
        assertThat(table.numeric("days_since_last_visit")[0]).isNaN();
    }

    @Test
    void vocabularyMapsTheDataOwnNames() {
        EventLog log = EventLog.builder()
                .add("a", at("2024-03-30T10:00:00"), "Basket Add", null)
                .add("a", at("2024-03-30T10:01:00"), "ORDER-COMPLETED", null)
                .build();
        EventVocabulary vocabulary = EventVocabulary.defaults()
                .with("basket_add", EventMeaning.ADD_TO_CART)
                .with("order completed", EventMeaning.PURCHASE);

        CustomerTable table = new EventFeatures().build(log, new EventFeatureSettings(WINDOW, 30, 5, vocabulary),
                Progress.none());

        assertThat(table.numeric("conversion_rate")[0]).isEqualTo(1.0);
        assertThat(table.numeric("cart_abandonment_rate")[0]).isEqualTo(0.0);
    }

    @Test
    void eachEventTypeGetsACountExceptSupportWhichHasItsOwn() {
        CustomerTable table = build(EventFeatureSettings.of(WINDOW));

        // page_viewed has 6 events in the whole log, purchased 2, the others 1 or 2
        assertThat(table.featureNames()).filteredOn(name -> name.startsWith("count_")).startsWith("count_page_viewed")
                .contains("count_item_added", "count_add_to_cart", "count_search", "count_login")
                .doesNotContain("count_support_contacted");
        assertThat(value(table, "count_page_viewed", "u1")).isEqualTo(3);
        assertThat(value(table, "count_purchased", "u1")).isEqualTo(1);
        assertThat(value(table, "count_purchase", "u2")).isEqualTo(1);
    }

    @Test
    void featuresNeedingAnAbsentKindOfEventAreLeftOut() {
        EventLog log = EventLog.builder()
                .add("a", at("2024-03-30T10:00:00"), "page_viewed", null)
                .add("a", at("2024-03-30T10:05:00"), "search", null)
                .build();

        CustomerTable table = new EventFeatures().build(log, EventFeatureSettings.of(WINDOW), Progress.none());

        assertThat(table.featureNames()).contains("search_use_rate")
                .doesNotContain("cart_abandonment_rate", "conversion_rate", "support_contacts");
    }

    @Test
    void usageCountsWeighTheEventsAndGiveNoSessions() {
        // weekly rows: 03-11 (8 logins, 1 ticket), 03-18 (4 logins), 03-25 (2 logins)
        EventLog log = EventLog.builder()
                .addCount("a", at("2024-03-11T00:00:00"), "logins", 8)
                .addCount("a", at("2024-03-11T00:00:00"), "support_tickets", 1)
                .addCount("a", at("2024-03-18T00:00:00"), "logins", 4)
                .addCount("a", at("2024-03-25T00:00:00"), "logins", 2)
                .build();

        CustomerTable table = new EventFeatures().build(log, EventFeatureSettings.of(WINDOW), Progress.none());

        assertThat(table.featureNames()).containsExactly("event_count", "days_active", "days_since_last_visit",
                "mean_days_between_visits", "std_days_between_visits", "support_contacts", "activity_trend",
                "count_logins");
        assertThat(table.numeric("event_count")).containsExactly(15);
        assertThat(table.numeric("count_logins")).containsExactly(14);
        assertThat(table.numeric("support_contacts")).containsExactly(1);
        assertThat(table.numeric("days_active")).containsExactly(3);
        assertThat(table.numeric("days_since_last_visit")).containsExactly(6);
        // periods 1, 2, 3 weeks after the window start with totals 9, 4, 2: slope (3*23 - 6*15) / (3*14 - 36)
        assertThat(table.numeric("activity_trend")[0]).isCloseTo(-3.5, within(1e-12));
    }

    @Test
    void usageTrendDoesNotDependOnHowWeeksFallAgainstTheAsOfDay() {
        // the same 5 logins every Monday; as of a Monday the last week has not started in the data
        EventLog.Builder builder = EventLog.builder();
        for (int week = 0; week < 6; week++) {
            builder.addCount("a", LocalDate.of(2024, 11, 18).plusWeeks(week).atStartOfDay(), "logins", 5);
        }
        builder.addCount("quiet", LocalDate.of(2024, 12, 16).atStartOfDay(), "logins", 0);
        builder.addCount("quiet", LocalDate.of(2024, 12, 23).atStartOfDay(), "logins", 0);

        CustomerTable table = new EventFeatures().build(builder.build(),
                EventFeatureSettings.of(new CustomerTableWindow(LocalDate.of(2024, 12, 30), 42)), Progress.none());

        assertThat(table.customerIds()).containsExactly("a", "quiet");
        assertThat(table.numeric("activity_trend")).containsExactly(0, 0);
        assertThat(table.numeric("event_count")).containsExactly(25, 0);
        assertThat(table.numeric("days_since_last_visit")[1]).isNaN();
    }

    @Test
    void logWithoutCategoriesHasNoPageFeatures() {
        EventLog log = EventLog.builder().add("a", at("2024-03-30T10:00:00"), "view", null).build();

        CustomerTable table = new EventFeatures().build(log, EventFeatureSettings.of(WINDOW), Progress.none());

        assertThat(table.featureNames()).doesNotContain("unique_pages_per_session")
                .noneMatch(name -> name.startsWith("category_share_"));
    }
}
