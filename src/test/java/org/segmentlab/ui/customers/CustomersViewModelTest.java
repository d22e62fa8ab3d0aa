package org.segmentlab.ui.customers;

import org.segmentlab.core.features.prep.FeatureDiagnostics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmentlab.core.data.ColumnRole;
import org.segmentlab.core.features.CustomerTable;
import org.segmentlab.core.project.DataSourceRef;
import org.segmentlab.core.project.FeatureSettings;
import org.segmentlab.core.project.ImportSettings;
import org.segmentlab.core.project.SourceKind;
import org.segmentlab.ui.data.DataReader;
import org.segmentlab.ui.data.DataViewModel;
import org.segmentlab.ui.testing.DirectTaskRunner;
import org.segmentlab.ui.testing.RecordingDialogs;

class CustomersViewModelTest {

    /** u1: three page views on 10 Jan, the last after a 115-minute pause; u2: one; u3 only in June. */
    private static final String EVENTS = String.join("\n",
            "user_id,timestamp,event_type",
            "u1,2025-01-10 10:00:00,page_view",
            "u1,2025-01-10 10:05:00,page_view",
            "u1,2025-01-10 12:00:00,page_view",
            "u2,2025-01-11 09:00:00,page_view",
            "u3,2024-06-01 09:00:00,page_view",
            "");

    @TempDir
    Path dir;
    private final DirectTaskRunner tasks = new DirectTaskRunner();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final DataViewModel data = new DataViewModel(DataReader.tableImporter(), tasks, dialogs);
    private final MemoryStore store = new MemoryStore();

    private CustomersViewModel openEventLog() throws IOException {
        Path file = dir.resolve("events.csv");
        Files.writeString(file, EVENTS);
        CustomersViewModel model = new CustomersViewModel(data, tasks, dialogs, store);
        data.replaceSources(List.of(DataSourceRef.of("events", SourceKind.EVENTS, file, ImportSettings.withRoles(
                Map.of("user_id", ColumnRole.CUSTOMER_ID, "timestamp", ColumnRole.TIMESTAMP,
                        "event_type", ColumnRole.EVENT_TYPE)))), null);
        return model;
    }

    @Test
    void buildGivesOneRowPerCustomerActiveInTheWindowWithTheirEventsAndSessions() throws IOException {
        CustomersViewModel model = openEventLog();
        assertThat(model.asOfProperty().get()).isEqualTo(LocalDate.of(2025, 1, 12));
        model.windowDaysProperty().set(30);
        model.includeInactiveProperty().set(false);

        model.build();

        CustomerTable table = model.table();
        assertThat(dialogs.shown()).isEmpty();
        assertThat(table.customerIds()).containsExactly("u1", "u2");
        assertThat(table.featureNames()).startsWith("event_count", "session_count").contains("count_page_view");
        assertThat(table.numeric("event_count")).containsExactly(3, 1);
        assertThat(table.numeric("session_count")).containsExactly(2, 1);
        assertThat(model.sourceUses()).singleElement().satisfies(use -> {
            assertThat(use.used()).isTrue();
            assertThat(use.role()).startsWith("Behaviour");
        });
        assertThat(model.summary("event_count").orElseThrow().mean()).isCloseTo(2.0, within(1e-12));
        assertThat(model.selectedFeatureProperty().get()).isEqualTo("event_count");
        assertThat(tasks.titles()).contains("Building the customer table");
    }

    @Test
    void unchosenFeatureLeavesTheTableAndTheChoiceIsSavedInTheProjectSettings() throws IOException {
        CustomersViewModel model = openEventLog();
        model.windowDaysProperty().set(30);
        model.build();

        model.features().stream().filter(f -> f.name().equals("session_count")).findFirst().orElseThrow()
                .chosenProperty().set(false);

        assertThat(model.table().featureNames()).contains("event_count").doesNotContain("session_count");
        assertThat(store.saved.selected()).contains("event_count").doesNotContain("session_count");
        assertThat(store.saved.windowDays()).isEqualTo(30);
        assertThat(store.saved.asOf()).isEqualTo(LocalDate.of(2025, 1, 12));
    }

    @Test
    void savedSettingsAreRestoredWhenTheProjectOpens() throws IOException {
        store.saved = new FeatureSettings(LocalDate.of(2025, 1, 11), 7, null, List.of("event_count"));

        CustomersViewModel model = openEventLog();
        model.includeInactiveProperty().set(false);
        model.build();

        assertThat(model.asOfProperty().get()).isEqualTo(LocalDate.of(2025, 1, 11));
        assertThat(model.windowDaysProperty().get()).isEqualTo(7);
        // 11 January is the last day of the window, u2's visit that day counts.
        assertThat(model.table().customerIds()).containsExactly("u1", "u2");
        assertThat(model.table().featureNames()).containsExactly("event_count");
        assertThat(model.chosenFeatures()).containsExactly("event_count");
    }

    @Test
    void exportWritesTheChosenFeaturesAsCsv() throws IOException {
        CustomersViewModel model = openEventLog();
        store.saved = store.saved.withSelected(List.of("event_count", "session_count"));
        model.reload();
        model.windowDaysProperty().set(30);
        // u3 was last seen in June: with inactive customers included it is listed with nothing in the window
        model.build();
        Path target = dir.resolve("customers.csv");
        dialogs.saveWillChoose(target);

        model.export();

        assertThat(Files.readAllLines(target)).containsExactly("customer_id,event_count,session_count",
                "u1,3,2", "u2,1,1", "u3,0,0");
        assertThat(model.messageProperty().get()).isEqualTo("Exported 3 customers to " + target);
    }

    @Test
    void correlationsArePearsonOverCustomersWithBothValues() {
        double[] x = {1, 2, 3, Double.NaN};
        double[] y = {2, 4, 7, 100};
        // x̄ = 2, ȳ = 13/3; Sxy = 5, Sxx = 2, Syy = 38/3
        assertThat(FeatureDiagnostics.correlation(x, y)).isCloseTo(5 / Math.sqrt(2 * 38.0 / 3), within(1e-12));
        assertThat(FeatureDiagnostics.correlation(new double[] {1, 1, 1}, new double[] {1, 2, 3})).isNaN();
    }

    @Test
    void numbersReadAsCountsOrDecimals() {
        assertThat(NumberText.format(12345)).isEqualTo("12,345");
        assertThat(NumberText.format(1234.56)).isEqualTo("1,234.6");
        assertThat(NumberText.format(12.345)).isEqualTo("12.35");
        assertThat(NumberText.format(0.1234)).isEqualTo("0.123");
        assertThat(NumberText.format(Double.NaN)).isEmpty();
    }

    private static final class MemoryStore implements FeatureSettingsStore {
        FeatureSettings saved = FeatureSettings.DEFAULTS;

        @Override
        public FeatureSettings load() {
            return saved;
        }

        @Override
        public void save(FeatureSettings settings) {
            saved = settings;
        }
    }
}
