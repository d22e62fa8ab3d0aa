package org.segmentlab.core.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmentlab.core.Progress;
import org.segmentlab.core.data.ColumnRole;
import org.segmentlab.core.project.Project;
import org.segmentlab.core.project.ProjectStore;

class CdpEventsSampleTest {

    @TempDir
    static Path dir;

    private static SampleResult result;
    private static List<String[]> events;

    /** What the tests of this class share is let go once they are done: other classes need the memory. */
    @AfterAll
    static void release() {
        result = null;
        events = null;
    }

    @BeforeAll
    static void generate() throws Exception {
        result = new CdpEventsSample().write(dir, 42, Progress.none());
        events = SampleFiles.rows(dir.resolve("events.csv"));
    }

    @Test
    void eventsAreInTimeOrderWithKnownTypes() {
        assertThat(events.get(0)).containsExactly("user_id", "timestamp", "event_type", "category");
        assertThat(events.size() - 1).isBetween(100_000, 130_000);
        Pattern dateTime = Pattern.compile("2024-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
        Set<String> types = Set.of(CdpEventsSample.EVENT_TYPES);
        List<String> bad = new ArrayList<>();
        String previous = "";
        for (String[] e : events.subList(1, events.size())) {
            if (!dateTime.matcher(e[1]).matches() || e[1].compareTo(previous) < 0 || !types.contains(e[2])) {
                bad.add(String.join(",", e));
            }
            previous = e[1];
        }
        assertThat(bad).isEmpty();
    }

    @Test
    void theFunnelNarrowsAtEveryStep() {
        Map<String, Integer> counts = new HashMap<>();
        for (String[] e : events.subList(1, events.size())) {
            counts.merge(e[2], 1, Integer::sum);
        }
        assertThat(counts.get("page_viewed")).isGreaterThan(counts.get("item_added"));
        assertThat(counts.get("item_added")).isGreaterThan(counts.get("checkout_started"));
        assertThat(counts.get("checkout_started")).isGreaterThan(counts.get("purchased"));
    }

    @Test
    void everyPurchaseFollowsACheckoutOfTheSameUserMinutesBefore() {
        Map<String, String[]> previousOfUser = new HashMap<>();
        for (String[] e : events.subList(1, events.size())) {
            if (e[2].equals("purchased")) {
                String[] before = previousOfUser.get(e[0]);
                assertThat(before[2]).isEqualTo("checkout_started");
                assertThat(Duration.between(time(before), time(e))).isLessThan(Duration.ofMinutes(30));
            }
            previousOfUser.put(e[0], e);
        }
    }

    @Test
    void eventsComeInSessionsMinutesApartWithHoursOrDaysBetweenSessions() {
        Map<String, List<LocalDateTime>> timesOfUser = new HashMap<>();
        for (String[] e : events.subList(1, events.size())) {
            timesOfUser.computeIfAbsent(e[0], u -> new ArrayList<>()).add(time(e));
        }
        List<Long> gaps = new ArrayList<>();
        int sessions = 0;
        for (List<LocalDateTime> times : timesOfUser.values()) {
            sessions++;
            for (int i = 1; i < times.size(); i++) {
                long seconds = Duration.between(times.get(i - 1), times.get(i)).getSeconds();
                gaps.add(seconds);
                if (seconds > 30 * 60) {
                    sessions++;
                }
            }
        }
        long[] sorted = gaps.stream().mapToLong(Long::longValue).sorted().toArray();
        long withinSessions = Arrays.stream(sorted).filter(s -> s <= 30 * 60).count();
        long[] inside = Arrays.copyOf(sorted, (int) withinSessions);
        long[] between = Arrays.copyOfRange(sorted, (int) withinSessions, sorted.length);

        assertThat(inside[inside.length / 2]).as("median gap inside a session, s").isBetween(20L, 180L);
        assertThat(between[between.length / 2]).as("median gap between sessions, s").isGreaterThan(6 * 3600L);
        assertThat((double) (events.size() - 1) / sessions).as("events per session").isBetween(3.0, 8.0);
        assertThat(timesOfUser).hasSize(CdpEventsSample.USERS);
    }

    @Test
    void usersHaveAttributesAndAPlantedGroup() {
        List<String[]> users = SampleFiles.rows(dir.resolve("users.csv"));
        List<String[]> answers = SampleFiles.rows(dir.resolve("answers.csv"));

        assertThat(users.get(0)).containsExactly("user_id", "age", "plan", "country");
        assertThat(users).hasSize(CdpEventsSample.USERS + 1);
        assertThat(answers).hasSize(CdpEventsSample.USERS + 1);
        for (String[] u : users.subList(1, users.size())) {
            assertThat(Integer.parseInt(u[1])).isBetween(18, 80);
            assertThat(u[2]).isIn("free", "plus", "premium");
        }
    }

    @Test
    void dealHuntersSearchMostAndSupportHeavyUsersContactSupportMost() {
        Map<String, String> planted = new HashMap<>();
        Map<String, Integer> members = new HashMap<>();
        for (String[] a : SampleFiles.rows(dir.resolve("answers.csv")).subList(1, CdpEventsSample.USERS + 1)) {
            planted.put(a[0], a[1]);
            members.merge(a[1], 1, Integer::sum);
        }
        Map<String, Map<String, Integer>> perGroup = new HashMap<>();
        for (String[] e : events.subList(1, events.size())) {
            perGroup.computeIfAbsent(planted.get(e[0]), g -> new HashMap<>()).merge(e[2], 1, Integer::sum);
        }
        for (String group : members.keySet()) {
            double searches = perUser(perGroup, members, group, "search");
            double support = perUser(perGroup, members, group, "support_contacted");
            if (!group.equals("deal_hunter")) {
                assertThat(perUser(perGroup, members, "deal_hunter", "search")).isGreaterThan(2 * searches);
            }
            if (!group.equals("support_heavy")) {
                assertThat(perUser(perGroup, members, "support_heavy", "support_contacted")).isGreaterThan(4 * support);
            }
        }
    }

    @Test
    void theProjectHasTheEventLogAndTheAttributes() throws Exception {
        Project project = new ProjectStore().load(result.projectFile());

        assertThat(project.source("events").orElseThrow().options().roles())
                .containsEntry("event_type", ColumnRole.EVENT_TYPE).containsEntry("timestamp", ColumnRole.TIMESTAMP)
                .containsEntry("user_id", ColumnRole.CUSTOMER_ID);
        assertThat(project.source("users").orElseThrow().options().roles())
                .containsEntry("user_id", ColumnRole.CUSTOMER_ID);
    }

    private static double perUser(Map<String, Map<String, Integer>> perGroup, Map<String, Integer> members,
                                  String group, String type) {
        return perGroup.get(group).getOrDefault(type, 0) / (double) members.get(group);
    }

    private static LocalDateTime time(String[] event) {
        return LocalDateTime.parse(event[1].replace(' ', 'T'));
    }
}
