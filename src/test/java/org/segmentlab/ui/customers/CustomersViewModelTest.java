package org.segmentlab.ui.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmentlab.ui.common.NumberText;
import org.segmentlab.core.data.ColumnRole;
import org.segmentlab.core.features.CustomerTable;
import org.segmentlab.core.features.prep.FeatureDiagnostics;
import org.segmentlab.core.features.prep.PrepStep;
import org.segmentlab.core.features.scale.FeatureScaling;
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
    void aProjectThatKeepsItsTableSettingsGetsItsTableBuiltOnceItsSourcesAreRead() throws IOException {
        store.saved = new FeatureSettings(LocalDate.of(2025, 1, 11), 7, null, List.of("event_count"));
        Path file = dir.resolve("events.csv");
        Files.writeString(file, EVENTS);
        org.segmentlab.ui.testing.HeldTaskRunner held = new org.segmentlab.ui.testing.HeldTaskRunner();
        DataViewModel reading = new DataViewModel(DataReader.tableImporter(), held, dialogs);
        CustomersViewModel model = new CustomersViewModel(reading, held, dialogs, store);
        reading.replaceSources(List.of(DataSourceRef.of("events", SourceKind.EVENTS, file, ImportSettings.withRoles(
                Map.of("user_id", ColumnRole.CUSTOMER_ID, "timestamp", ColumnRole.TIMESTAMP,
                        "event_type", ColumnRole.EVENT_TYPE)))), null);
        int reads = held.started();
        assertThat(model.table()).as("nothing before the sources are read").isNull();

        for (int i = 0; i < reads; i++) {
            held.finish(i);
        }
        // one build, in the background, as Build table would have run it
        assertThat(held.started()).isEqualTo(reads + 1);
        assertThat(model.buildingProperty().get()).isTrue();
        held.finish(reads);

        assertThat(model.table()).isNotNull();
        assertThat(model.table().featureNames()).containsExactly("event_count");
        // with customers without activity in the window (the default): u3 is listed with none
        assertThat(model.table().customerIds()).containsExactlyInAnyOrder("u1", "u2", "u3");
        assertThat(model.messageProperty().get()).startsWith("3 customers");
        assertThat(dialogs.shown()).isEmpty();
        assertThat(store.saved.asOf()).isEqualTo(LocalDate.of(2025, 1, 11));
        // the same sources read again do not build it again
        model.reload();
        assertThat(held.started()).isEqualTo(reads + 1);
    }

    @Test
    void aProjectWithoutTableSettingsWaitsForBuildTable() throws IOException {
        CustomersViewModel model = openEventLog();
        assertThat(model.asOfProperty().get()).isNotNull();
        assertThat(model.table()).isNull();
    }

    @Test
    void savedSettingsThatCannotBuildATableSayItInTheStepWithoutADialog() throws IOException {
        store.saved = new FeatureSettings(LocalDate.of(2025, 1, 11), 7, null, List.of("event_count"), 0, null);

        CustomersViewModel model = openEventLog();

        assertThat(model.table()).isNull();
        assertThat(model.messageProperty().get()).isEqualTo("The customer table could not be built from the saved "
                + "settings: the session gap must be at least 1 minute, not 0. Check them and press Build table.");
        assertThat(dialogs.shown()).isEmpty();
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
    void theSessionGapIsUsedAndSaved() throws IOException {
        CustomersViewModel model = openEventLog();
        model.windowDaysProperty().set(30);
        model.includeInactiveProperty().set(false);

        // u1 pauses 115 minutes before its third event: two sessions with a 30-minute gap, one with 120
        model.sessionGapMinutesProperty().set(120);
        model.build();

        assertThat(model.table().numeric("session_count")).containsExactly(1, 1);
        assertThat(store.saved.sessionGapMinutes()).isEqualTo(120);
    }

    @Test
    void preparationStepsRunInOrderOnTheChosenFeaturesAndAreSaved() throws IOException {
        CustomersViewModel model = openEventLog();
        model.windowDaysProperty().set(30);
        model.includeInactiveProperty().set(false);
        model.build();
        // event_count is 3 for u1 and 1 for u2

        model.addStep(new PrepStep.Scale(List.of(), FeatureScaling.MINMAX));
        assertThat(model.preparationProblemProperty().get()).isNull();
        assertThat(model.table().numeric("event_count")).containsExactly(1, 0);
        assertThat(model.table().numeric("session_count")).containsExactly(1, 0);
        assertThat(model.summary("event_count").orElseThrow().max()).isEqualTo(1);
        assertThat(model.resultProperty().get().raw().numeric("event_count")).containsExactly(3, 1);

        model.addStep(new PrepStep.Log1p(List.of("event_count")));
        // scaled to 1 and 0, then ln(1 + x)
        assertThat(model.table().numeric("event_count")).containsExactly(Math.log(2), 0);

        model.moveStep(1, -1);
        // ln 4 and ln 2 first, then scaled to 1 and 0
        assertThat(model.preparation()).extracting(step -> step.getClass().getSimpleName())
                .containsExactly("Log1p", "Scale");
        assertThat(model.table().numeric("event_count")).containsExactly(1, 0);
        assertThat(store.saved.preparation()).containsExactlyElementsOf(model.preparation());
        assertThat(model.messageProperty().get()).endsWith("; 2 preparation steps");

        model.removeStep(0);
        model.removeStep(0);
        assertThat(model.table().numeric("event_count")).containsExactly(3, 1);
        assertThat(store.saved.preparation()).isNull();
    }

    @Test
    void savedGapAndStepsAreRestoredWhenTheProjectOpens() throws IOException {
        List<PrepStep> steps = List.of(new PrepStep.Log1p(List.of("event_count")),
                new PrepStep.Scale(List.of(), FeatureScaling.ZSCORE));
        store.saved = FeatureSettings.DEFAULTS.withSessionGapMinutes(120).withPreparation(steps);

        CustomersViewModel model = openEventLog();

        assertThat(model.sessionGapMinutesProperty().get()).isEqualTo(120);
        assertThat(model.preparation()).containsExactlyElementsOf(steps);

        store.saved = FeatureSettings.DEFAULTS;
        model.reload();
        assertThat(model.sessionGapMinutesProperty().get()).isEqualTo(30);
        assertThat(model.preparation()).isEmpty();
    }

    @Test
    void aStepThatCannotRunSaysWhyAndTheTableShowsTheFeaturesUnprepared() throws IOException {
        CustomersViewModel model = openEventLog();
        model.windowDaysProperty().set(30);
        model.includeInactiveProperty().set(false);
        model.build();

        model.addStep(new PrepStep.Log1p(List.of("no_such_feature")));

        assertThat(model.preparationProblemProperty().get()).contains("no_such_feature").contains("step 1");
        assertThat(model.table().numeric("event_count")).containsExactly(3, 1);
        assertThat(dialogs.shown()).isEmpty();
        model.removeStep(0);
        assertThat(model.preparationProblemProperty().get()).isNull();
    }

    @Test
    void withManyFeaturesTheHeatmapKeepsThoseMostCorrelatedWithAnother() throws IOException {
        // 40 users with random counts of 25 event types: 20 type counts and the fixed features vary
        Random random = new Random(42);
        StringBuilder csv = new StringBuilder("user_id,timestamp,event_type\n");
        for (int u = 0; u < 40; u++) {
            for (int t = 0; t < 25; t++) {
                int n = random.nextInt(4);
                for (int e = 0; e < n; e++) {
                    csv.append("u").append(u).append(",2025-01-").append(10 + random.nextInt(5)).append(' ')
                            .append(10 + random.nextInt(10)).append(":0").append(random.nextInt(10))
                            .append(":00,type_").append(t).append('\n');
                }
            }
        }
        Path file = dir.resolve("many.csv");
        Files.writeString(file, csv);
        CustomersViewModel model = new CustomersViewModel(data, tasks, dialogs, store);
        data.replaceSources(List.of(DataSourceRef.of("events", SourceKind.EVENTS, file, ImportSettings.withRoles(
                Map.of("user_id", ColumnRole.CUSTOMER_ID, "timestamp", ColumnRole.TIMESTAMP,
                        "event_type", ColumnRole.EVENT_TYPE)))), null);
        model.build();

        List<String> varying = model.varyingFeatures();
        List<String> shown = model.correlatedFeatures();
        assertThat(varying).hasSizeGreaterThan(CustomersViewModel.MAX_HEATMAP_FEATURES);
        assertThat(shown).hasSize(CustomersViewModel.MAX_HEATMAP_FEATURES);
        assertThat(varying).containsSubsequence(shown);
        double[][] r = model.correlations(varying);
        List<Double> strongest = new ArrayList<>();
        for (int a = 0; a < varying.size(); a++) {
            double max = 0;
            for (int b = 0; b < varying.size(); b++) {
                if (a != b && !Double.isNaN(r[a][b])) {
                    max = Math.max(max, Math.abs(r[a][b]));
                }
            }
            strongest.add(max);
        }
        double weakestShown = shown.stream().mapToDouble(name -> strongest.get(varying.indexOf(name))).min().orElseThrow();
        for (String left : varying) {
            if (!shown.contains(left)) {
                assertThat(strongest.get(varying.indexOf(left))).as(left).isLessThanOrEqualTo(weakestShown);
            }
        }
        List<CorrelatedPair> pairs = model.strongestPairs(10);
        assertThat(pairs).hasSize(10);
        for (int k = 1; k < pairs.size(); k++) {
            assertThat(Math.abs(pairs.get(k).r())).isLessThanOrEqualTo(Math.abs(pairs.get(k - 1).r()));
        }
        assertThat(Math.abs(pairs.get(0).r())).isEqualTo(strongest.stream().mapToDouble(Double::doubleValue).max()
                .orElseThrow());
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

    @Test
    void theProjectsHeadlessCustomerTableIsTheOneTheStepBuilds() throws Exception {
        Path saasFile = Path.of("sample-projects/saas-churn/saas-churn.slproj.json");
        org.segmentlab.core.project.Project saas = new org.segmentlab.core.project.ProjectStore().load(saasFile);
        store.saved = saas.settings().features();
        CustomersViewModel model = new CustomersViewModel(data, tasks, dialogs, store);
        data.replaceSources(saas.sources(), null);
        model.reload();

        model.build();
        CustomerTable shown = model.resultProperty().get().raw();
        CustomerTable headless = org.segmentlab.core.project.ProjectCustomers.build(
                new org.segmentlab.core.project.SavedSources(saas, saasFile),
                org.segmentlab.core.Progress.none()).table();

        assertThat(dialogs.shown()).isEmpty();
        assertThat(shown.rowCount()).isEqualTo(5000);
        assertThat(headless.customerIds()).isEqualTo(shown.customerIds());
        assertThat(headless.featureNames()).isEqualTo(shown.featureNames());
        for (CustomerTable.Column column : shown.columns()) {
            CustomerTable.Column same = headless.column(column.name());
            if (column.isNumeric()) {
                assertThat(same.numbers()).as(column.name()).containsExactly(column.numbers());
            } else {
                assertThat(same.texts()).as(column.name()).containsExactly(column.texts());
            }
        }
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
