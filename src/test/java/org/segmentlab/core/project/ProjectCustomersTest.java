package org.segmentlab.core.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmentlab.core.Progress;
import org.segmentlab.core.data.ColumnRole;
import org.segmentlab.core.data.ImportOptions;
import org.segmentlab.core.data.ImportedTable;
import org.segmentlab.core.data.TableImporter;
import org.segmentlab.core.features.CustomerTable;
import org.segmentlab.core.features.CustomerTableFeature;
import org.segmentlab.core.features.FeatureFamily;

class ProjectCustomersTest {

    @TempDir
    Path dir;

    private static CustomerTable table() {
        return new CustomerTable(List.of("1", "2", "3"), List.of(
                CustomerTable.Column.numeric(new CustomerTableFeature("visits", FeatureFamily.EVENTS, "v"),
                        new double[] {4, 0, 9}),
                CustomerTable.Column.numeric(new CustomerTableFeature("churned", FeatureFamily.ATTRIBUTES, "c"),
                        new double[] {1, 0, Double.NaN})));
    }

    @Test
    void theModelReadsTheOutcomeAsItsFileSpellsItJoinedByCustomerId() throws Exception {
        Path file = dir.resolve("accounts.csv");
        Files.writeString(file, "id,churned\n2,No\n1,Yes\n9,No\n");
        ImportedTable accounts = new TableImporter().read(ImportOptions.of(file).withRoles(
                Map.of("id", ColumnRole.CUSTOMER_ID, "churned", ColumnRole.LABEL)), Progress.none());

        ImportedTable input = ProjectCustomers.modelInput(table(), accounts, "churned");

        // the table's own copy of the outcome is no feature; customer 3 has no outcome
        assertThat(input.table().columnNames()).containsExactly("customer_id", "visits", "churned");
        assertThat(input.column(ColumnRole.LABEL).orElseThrow().name()).isEqualTo("churned");
        assertThat(input.table().column("churned").getString(0)).isEqualTo(accounts.table().column("churned")
                .getString(1));
        assertThat(input.table().column("churned").isMissing(2)).isTrue();
        assertThat(input.report().notes()).containsExactly("1 customers of the customer table have no 'churned' "
                + "in accounts.csv");
    }

    @Test
    void whatAStepProducedJoinsTheTableOrReplacesTheColumnOfThatName() {
        CustomerTable once = ProjectCustomers.withText(table(), ProjectCustomers.SEGMENT, "s",
                Map.of("1", "Loyal", "3", "Lapsed"));
        CustomerTable twice = ProjectCustomers.withText(once, ProjectCustomers.SEGMENT, "s", Map.of("2", "New"));
        CustomerTable scored = ProjectCustomers.withNumbers(twice, ProjectCustomers.CHURN_SCORE, "p",
                Map.of("3", 0.25));

        assertThat(once.categorical("segment")).containsExactly("Loyal", null, "Lapsed");
        assertThat(twice.categorical("segment")).containsExactly(null, "New", null);
        assertThat(scored.featureNames()).containsExactly("visits", "churned", "segment", "churn_score");
        assertThat(scored.numeric("churn_score")).containsExactly(Double.NaN, Double.NaN, 0.25);
        assertThat(scored.feature("churn_score").family()).isEqualTo(FeatureFamily.RESULTS);
    }

    @Test
    void theTableIsAsOfTheSavedDayElseTheDayAfterTheLastRecord() throws Exception {
        Path file = dir.resolve("events.csv");
        Files.writeString(file, "user,time,event\nu1,2025-01-10 10:00:00,view\nu2,2025-01-11 09:00:00,view\n");
        ImportedTable events = new TableImporter().read(ImportOptions.of(file).withRoles(Map.of("user",
                ColumnRole.CUSTOMER_ID, "time", ColumnRole.TIMESTAMP, "event", ColumnRole.EVENT_TYPE)), Progress.none());
        ProjectCustomers.Inputs inputs = new ProjectCustomers.Inputs(null, events, null);

        assertThat(ProjectCustomers.defaultAsOf(inputs)).contains(LocalDate.of(2025, 1, 12));
        assertThat(ProjectCustomers.params(FeatureSettings.DEFAULTS.withWindowDays(30), LocalDate.of(2025, 1, 12))
                .windowDays()).isEqualTo(30);
        Project project = Project.named("p").withSource(DataSourceRef.of("events", SourceKind.EVENTS, file,
                ImportSettings.DETECT)).withSource(DataSourceRef.of("crm", SourceKind.CUSTOMERS, file,
                ImportSettings.DETECT));
        assertThat(ProjectCustomers.usedSources(project)).containsOnlyKeys(SourceKind.EVENTS, SourceKind.ATTRIBUTES);
    }
}
