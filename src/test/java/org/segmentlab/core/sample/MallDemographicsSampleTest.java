package org.segmentlab.core.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
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
import org.segmentlab.core.project.SourceKind;

class MallDemographicsSampleTest {

    @TempDir
    static Path dir;

    private static SampleResult result;
    private static List<String[]> customers;
    private static Map<String, String> planted;

    /** What the tests of this class share is let go once they are done: other classes need the memory. */
    @AfterAll
    static void release() {
        result = null;
        customers = null;
        planted = null;
    }

    @BeforeAll
    static void generate() throws Exception {
        result = new MallDemographicsSample().write(dir, 42, Progress.none());
        customers = SampleFiles.rows(dir.resolve("customers.csv"));
        planted = new HashMap<>();
        for (String[] row : SampleFiles.rows(dir.resolve("answers.csv")).subList(1, MallDemographicsSample.CUSTOMERS + 1)) {
            planted.put(row[0], row[1]);
        }
    }

    @Test
    void hasTheClassicMallLayout() {
        assertThat(customers.get(0)).containsExactly("CustomerID", "Gender", "Age", "Annual Income (k$)",
                "Spending Score (1-100)");
        assertThat(customers).hasSize(MallDemographicsSample.CUSTOMERS + 1);
        for (String[] c : customers.subList(1, customers.size())) {
            assertThat(c[1]).isIn("Female", "Male");
            assertThat(Integer.parseInt(c[2])).isBetween(18, 70);
            assertThat(Integer.parseInt(c[4])).isBetween(1, 99);
        }
    }

    @Test
    void fiveGroupsSitInTheirCornersOfIncomeAndSpendingScore() {
        Map<String, double[]> sums = new HashMap<>();
        for (String[] c : customers.subList(1, customers.size())) {
            double[] sum = sums.computeIfAbsent(planted.get(c[0]), g -> new double[3]);
            sum[0] += Integer.parseInt(c[3]);
            sum[1] += Integer.parseInt(c[4]);
            sum[2]++;
        }
        assertThat(sums).hasSize(5);
        assertCentre(sums.get("high_income_high_spend"), 75, 200, 70, 100);
        assertCentre(sums.get("high_income_low_spend"), 75, 200, 0, 30);
        assertCentre(sums.get("low_income_high_spend"), 0, 35, 70, 100);
        assertCentre(sums.get("low_income_low_spend"), 0, 35, 0, 30);
        assertCentre(sums.get("average"), 45, 65, 40, 60);
    }

    @Test
    void theProjectTreatsTheFileAsACustomerTable() throws Exception {
        Project project = new ProjectStore().load(result.projectFile());

        assertThat(project.source("customers").orElseThrow().kind()).isEqualTo(SourceKind.CUSTOMERS);
        assertThat(project.source("customers").orElseThrow().options().roles())
                .containsEntry("CustomerID", ColumnRole.CUSTOMER_ID)
                .containsEntry("Annual Income (k$)", ColumnRole.ATTRIBUTE);
    }

    private static void assertCentre(double[] sum, double incomeFrom, double incomeTo, double scoreFrom, double scoreTo) {
        assertThat(sum[0] / sum[2]).isBetween(incomeFrom, incomeTo);
        assertThat(sum[1] / sum[2]).isBetween(scoreFrom, scoreTo);
    }
}
