package org.segmentlab.core.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.segmentlab.core.Progress;
import org.segmentlab.core.data.ImportOptions;
import org.segmentlab.core.data.ImportedTable;
import org.segmentlab.core.data.TableImporter;
import org.segmentlab.core.features.attributes.AttributeTable;
import org.segmentlab.core.features.events.EventColumns;
import org.segmentlab.core.features.events.EventLog;

/**
 * The committed sample projects, whose READMEs give figures computed from the generated data:
 * the customer table must find them again.
 */
class SampleProjectsCustomerTableTest {

    private static final Path SAMPLES = Path.of("sample-projects");

    private static ImportedTable read(String file) throws Exception {
        return new TableImporter().read(ImportOptions.of(SAMPLES.resolve(file)), Progress.none());
    }

    private static CustomerTableResult build(String events, String attributes, CustomerTableParams params)
            throws Exception {
        ImportedTable activity = read(events);
        EventLog log = EventLog.from(activity, EventColumns.detect(activity));
        return new CustomerTableBuilder().build(
                CustomerTableSources.ofEvents(log).withAttributes(AttributeTable.from(read(attributes))),
                params, Progress.none());
    }

    /** The median of a feature over the customers of each planted group. */
    private static Map<String, Double> medianByGroup(CustomerTable table, String feature) throws Exception {
        Map<String, String> groupOf = new HashMap<>();
        for (String line : Files.readAllLines(SAMPLES.resolve("cdp-events/answers.csv")).subList(1, 2001)) {
            String[] parts = line.split(",");
            groupOf.put(parts[0], parts[1]);
        }
        Map<String, List<Double>> values = new HashMap<>();
        double[] column = table.numeric(feature);
        for (int i = 0; i < table.rowCount(); i++) {
            values.computeIfAbsent(groupOf.get(table.customerIds().get(i)), g -> new ArrayList<>()).add(column[i]);
        }
        Map<String, Double> medians = new HashMap<>();
        values.forEach((group, list) -> {
            double[] sorted = list.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            int n = sorted.length;
            medians.put(group, n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2);
        });
        return medians;
    }

    @Test
    void cdpEventsGroupsShowTheFiguresOfTheReadme() throws Exception {
        // the whole six months, as of the README's day
        CustomerTableResult result = build("cdp-events/events.csv", "cdp-events/users.csv",
                CustomerTableParams.of(LocalDate.of(2025, 1, 1)).withWindowDays(185));

        CustomerTable table = result.table();
        assertThat(table.rowCount()).isEqualTo(2000);
        assertThat(table.numeric("event_count")).satisfies(counts ->
                assertThat(Arrays.stream(counts).sum()).isEqualTo(107_402));
        assertThat(table.numeric("session_count")).satisfies(counts ->
                assertThat(Arrays.stream(counts).sum()).isEqualTo(22_379));
        // README: median sessions 18, 12, 15, 2, 8, 11 and days since the last visit 8, 12, 11, 5, 112, 12
        Map<String, Double> sessions = medianByGroup(table, "session_count");
        assertThat(sessions.get("loyal_buyer")).isEqualTo(18);
        assertThat(sessions.get("browser")).isCloseTo(12, within(0.5));
        assertThat(sessions.get("deal_hunter")).isEqualTo(15);
        assertThat(sessions.get("new_user")).isEqualTo(2);
        assertThat(sessions.get("lapsed")).isEqualTo(8);
        assertThat(sessions.get("support_heavy")).isEqualTo(11);
        Map<String, Double> lastVisit = medianByGroup(table, "days_since_last_visit");
        assertThat(lastVisit.get("loyal_buyer")).isEqualTo(8);
        assertThat(lastVisit.get("new_user")).isEqualTo(5);
        assertThat(lastVisit.get("lapsed")).isCloseTo(112, within(0.5));
        assertThat(medianByGroup(table, "support_contacts").get("support_heavy")).isEqualTo(4);
        assertThat(medianByGroup(table, "support_contacts").get("loyal_buyer")).isZero();
        // deal hunters search far more than the others, browsers never buy
        Map<String, Double> search = medianByGroup(table, "search_use_rate");
        assertThat(search.get("deal_hunter")).isGreaterThan(search.get("loyal_buyer")).isGreaterThan(0.5);
        assertThat(medianByGroup(table, "conversion_rate").get("browser")).isZero();
        assertThat(result.attributes().allMatched()).isTrue();
        assertThat(table.featureNames()).contains("age", "plan", "country", "count_purchased", "category_share_sport");
    }

    @Test
    void cdpEventsReadmeCommandKeepsTheUsersOfTheLastThirtyDays() throws Exception {
        CustomerTableResult result = build("cdp-events/events.csv", "cdp-events/users.csv",
                CustomerTableParams.of(LocalDate.of(2025, 1, 1)).withWindowDays(30));

        // lapsed users have been gone for months: none is active in December
        assertThat(result.table().rowCount()).isLessThan(2000);
        assertThat(result.attributes().attributeIdsWithoutRow()).isEqualTo(2000 - result.table().rowCount());
        assertThat(Arrays.stream(result.table().numeric("days_since_last_visit")).max().orElseThrow()).isLessThan(30);
        assertThat(Arrays.stream(result.table().numeric("days_since_last_visit")).min().orElseThrow()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void saasChurnUsageGivesTheReadmeSupportFiguresAndKeepsEveryAccount() throws Exception {
        // all 26 weeks: 2024-07-01 to 2024-12-29
        CustomerTableResult all = build("saas-churn/weekly_usage.csv", "saas-churn/accounts.csv",
                CustomerTableParams.of(LocalDate.of(2024, 12, 29)).withWindowDays(182));
        // the README's command: the last 42 days, as of the day after the data
        CustomerTableResult recent = build("saas-churn/weekly_usage.csv", "saas-churn/accounts.csv",
                CustomerTableParams.of(LocalDate.of(2024, 12, 30)).withWindowDays(42));

        CustomerTable table = all.table();
        assertThat(table.rowCount()).isEqualTo(5000);
        // accounts silent for the whole recent window are still followed through their quiet weeks
        assertThat(recent.table().rowCount()).isEqualTo(5000);
        double[] churned = table.numeric("churned");
        double[] tickets = table.numeric("support_contacts");
        double stayedTickets = 0;
        double churnedTickets = 0;
        int churners = 0;
        for (int i = 0; i < churned.length; i++) {
            if (churned[i] == 1) {
                churnedTickets += tickets[i];
                churners++;
            } else {
                stayedTickets += tickets[i];
            }
        }
        // README: 1,149 churners; support tickets per account 2.53 (stayed) and 2.97 (churned)
        assertThat(churners).isEqualTo(1149);
        assertThat(stayedTickets / (5000 - churners)).isCloseTo(2.53, within(0.005));
        assertThat(churnedTickets / churners).isCloseTo(2.97, within(0.005));
        assertThat(table.featureNames()).contains("count_logins", "count_feature_uses", "days_since_signup_date",
                "plan", "activity_trend").doesNotContain("session_count", "count_support_tickets");
    }
}
