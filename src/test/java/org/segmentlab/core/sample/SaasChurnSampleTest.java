package org.segmentlab.core.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmentlab.core.Progress;
import org.segmentlab.core.data.ColumnRole;
import org.segmentlab.core.project.Project;
import org.segmentlab.core.project.ProjectStore;

class SaasChurnSampleTest {

    @TempDir
    static Path dir;

    private static SampleResult result;
    private static List<String[]> accounts;
    private static List<String[]> usage;

    /** What the tests of this class share is let go once they are done: other classes need the memory. */
    @AfterAll
    static void release() {
        result = null;
        accounts = null;
        usage = null;
    }

    @BeforeAll
    static void generate() throws Exception {
        result = new SaasChurnSample().write(dir, 42, Progress.none());
        accounts = SampleFiles.rows(dir.resolve("accounts.csv"));
        usage = SampleFiles.rows(dir.resolve("weekly_usage.csv"));
    }

    @Test
    void fiveThousandAccountsWithTwentySixMondayWeeksEach() {
        assertThat(accounts.get(0)).containsExactly("account_id", "plan", "seats", "company_size", "region",
                "signup_date", "churned");
        assertThat(usage.get(0)).containsExactly("account_id", "week_start", "logins", "feature_uses",
                "support_tickets");
        assertThat(accounts).hasSize(SaasChurnSample.ACCOUNTS + 1);
        assertThat(usage).hasSize(SaasChurnSample.ACCOUNTS * SaasChurnSample.WEEKS + 1);
        assertThat(usage.subList(1, usage.size()))
                .allMatch(row -> LocalDate.parse(row[1]).getDayOfWeek() == DayOfWeek.MONDAY);
        for (String[] row : accounts.subList(1, accounts.size())) {
            assertThat(row[6]).isIn("Yes", "No");
            assertThat(LocalDate.parse(row[5])).isBefore(SaasChurnSample.FIRST_WEEK);
        }
    }

    @Test
    void betweenTwentyAndTwentyFivePercentChurn() {
        long churned = accounts.subList(1, accounts.size()).stream().filter(r -> r[6].equals("Yes")).count();
        assertThat((double) churned / SaasChurnSample.ACCOUNTS).isBetween(0.20, 0.25);
    }

    @Test
    void churnersUseTheProductClearlyLessInTheirLastWeeks() {
        Map<String, Boolean> churned = new HashMap<>();
        for (String[] row : accounts.subList(1, accounts.size())) {
            churned.put(row[0], row[6].equals("Yes"));
        }
        int weeks = SaasChurnSample.WEEKS;
        int trend = SaasChurnSample.TREND_WEEKS;
        double[] early = new double[2];
        double[] late = new double[2];
        for (int i = 1; i < usage.size(); i++) {
            String[] row = usage.get(i);
            int week = (i - 1) % weeks;
            int group = churned.get(row[0]) ? 1 : 0;
            if (week < trend) {
                early[group] += Integer.parseInt(row[2]);
            } else if (week >= weeks - trend) {
                late[group] += Integer.parseInt(row[2]);
            }
        }
        double retainedRatio = late[0] / early[0];
        double churnerRatio = late[1] / early[1];

        assertThat(retainedRatio).isGreaterThan(0.8);
        assertThat(churnerRatio).isLessThan(0.5);
        assertThat(churnerRatio).isLessThan(retainedRatio / 2);
    }

    @Test
    void lateToEarlyComparesTheLastWeeksWithTheFirst() {
        int[] logins = new int[SaasChurnSample.WEEKS];
        for (int w = 0; w < SaasChurnSample.TREND_WEEKS; w++) {
            logins[w] = 10;
            logins[SaasChurnSample.WEEKS - 1 - w] = 4;
        }
        assertThat(SaasChurnSample.lateToEarly(logins)).isEqualTo(0.4);
    }

    @Test
    void theProjectMarksTheLabelAndBothSources() throws Exception {
        Project project = new ProjectStore().load(result.projectFile());

        assertThat(project.source("accounts").orElseThrow().options().roles())
                .containsEntry("churned", ColumnRole.LABEL).containsEntry("account_id", ColumnRole.CUSTOMER_ID);
        assertThat(project.source("weekly_usage").orElseThrow().options().roles())
                .containsEntry("week_start", ColumnRole.TIMESTAMP);
        assertThat(project.settings().predict().label()).isEqualTo("churned");
        assertThat(project.settings().predict().positiveLabel()).isEqualTo("Yes");
    }
}
