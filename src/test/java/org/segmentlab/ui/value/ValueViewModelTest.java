package org.segmentlab.ui.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.segmentlab.core.Progress;
import org.segmentlab.core.clv.ClvResult;
import org.segmentlab.core.clv.TimeUnit;
import org.segmentlab.core.project.Project;
import org.segmentlab.core.project.ProjectCustomers;
import org.segmentlab.core.project.ProjectStore;
import org.segmentlab.core.project.SavedClv;
import org.segmentlab.core.project.SavedSources;
import org.segmentlab.ui.common.StepColumns;
import org.segmentlab.ui.data.DataReader;
import org.segmentlab.ui.data.DataViewModel;
import org.segmentlab.ui.segment.cluster.ProjectSettingsAccess;
import org.segmentlab.ui.testing.DirectTaskRunner;
import org.segmentlab.ui.testing.RecordingDialogs;

/**
 * The Value step fits the shop-clv sample's purchases as the command line and the report do: the
 * same settings kept in the project give the same parameters and the same value for every customer,
 * and the values join the customer table.
 */
class ValueViewModelTest {

    private static final Path SHOP = Path.of("sample-projects/shop-clv/shop-clv.slproj.json");

    private final DirectTaskRunner tasks = new DirectTaskRunner();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final DataViewModel data = new DataViewModel(DataReader.tableImporter(), tasks, dialogs);

    @Test
    void theStepFitsAsTheSavedProjectReplaysAndItsValuesJoinTheCustomerTable() throws Exception {
        Project sample = new ProjectStore().load(SHOP);
        ProjectSettingsAccess project = ProjectSettingsAccess.inMemory();
        data.replaceSources(sample.sources(), null);
        ValueViewModel model = new ValueViewModel(data, project, tasks, dialogs);
        StepColumns columns = new StepColumns();
        org.segmentlab.ui.StepColumnsFeedAccess.followValue(columns, model);
        assertThat(model.sourceProperty().get().id()).isEqualTo(sample.sources().get(0).id());
        assertThat(model.asOfProperty().get()).as("the day after the last purchase by default").isNull();

        // the guide's holdout check: calibration to mid-2024, holdout to the end of the year
        model.asOfProperty().set(LocalDate.of(2024, 6, 30));
        model.holdoutEndProperty().set(LocalDate.of(2024, 12, 31));
        model.timeUnitProperty().set(TimeUnit.WEEK);
        model.fit();

        assertThat(dialogs.shown()).isEmpty();
        ClvResult fitted = model.result();
        assertThat(fitted).isNotNull();
        assertThat(project.settings().clv().timeUnit()).isEqualTo(TimeUnit.WEEK);
        assertThat(project.settings().clv().holdoutEnd()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(fitted.holdout()).isNotNull();
        assertThat(fitted.holdout().byFrequency()).isNotEmpty();
        assertThat(project.settings().clv().sourceId()).isEqualTo(sample.sources().get(0).id());

        // the project as the step left it, replayed headlessly
        Project saved = sample.withSettings(project.settings());
        ClvResult replayed = new SavedClv().replay(new SavedSources(saved, SHOP), Progress.none()).result();
        assertThat(fitted.purchaseModel().parameters()).containsExactly(replayed.purchaseModel().parameters());
        assertThat(fitted.values().size()).isEqualTo(replayed.values().size()).isGreaterThan(100);
        for (int i = 0; i < fitted.values().size(); i++) {
            assertThat(fitted.values().clv(i)).isEqualTo(replayed.values().clv(i));
        }

        StepColumns.Column clv = columns.get(ProjectCustomers.CLV).orElseThrow();
        assertThat(clv.numbers()).hasSize(fitted.values().size());
        String first = fitted.values().customerId(0);
        assertThat(clv.numbers().get(first)).isEqualTo(fitted.values().clv(0));
        assertThat(columns.get(ProjectCustomers.P_ALIVE).orElseThrow().numbers().get(first))
                .isCloseTo(fitted.values().pAlive(0), within(0.0)).isBetween(0.0, 1.0);
        assertThat(ValueView.describe(fitted)).contains("r ").contains("alpha").contains("log-likelihood");
        // every customer valued: the status gives the total of all of them, as the table sums it
        assertThat(model.statusProperty().get()).startsWith(String.format(java.util.Locale.US,
                "%,d customers as of 2024-06-30: expected 365-day value %,.0f in all.", fitted.values().size(),
                fitted.values().totalClv()));
        assertThat(ValueView.number(1.49e11)).isEqualTo("1.49e+11");
        assertThat(ValueView.number(0.5077)).isEqualTo("0.508");
    }

    @Test
    void aHoldoutThatEndsBeforeTheAsOfDayIsRefusedWithAMessage() throws Exception {
        Project sample = new ProjectStore().load(SHOP);
        data.replaceSources(sample.sources(), null);
        ValueViewModel model = new ValueViewModel(data, ProjectSettingsAccess.inMemory(), tasks, dialogs);
        model.asOfProperty().set(LocalDate.of(2024, 6, 30));
        model.holdoutEndProperty().set(LocalDate.of(2024, 6, 1));

        model.fit();

        assertThat(dialogs.errors()).singleElement().satisfies(e -> assertThat(e.message())
                .isEqualTo("The holdout must end after the as-of day (2024-06-30)."));
        assertThat(model.result()).isNull();
    }

    @Test
    void afterAFitTheStepHasBothMatricesAndTheClvOfEachSegmentOfTheProject() throws Exception {
        Project sample = new ProjectStore().load(SHOP);
        data.replaceSources(sample.sources(), null);
        StepColumns columns = new StepColumns();
        ValueViewModel model = new ValueViewModel(data, ProjectSettingsAccess.inMemory(), tasks, dialogs, columns);
        model.asOfProperty().set(LocalDate.of(2024, 6, 30));
        model.fit();
        ClvResult fitted = model.result();
        assertThat(model.segmentValuesProperty().get()).as("no segments yet").isNull();

        // every third customer "A", the others "B"; one customer the model does not know
        java.util.Map<String, String> segments = new java.util.HashMap<>();
        for (int i = 0; i < fitted.values().size(); i++) {
            segments.put(fitted.values().customerId(i), i % 3 == 0 ? "A" : "B");
        }
        segments.put("nobody", "B");
        columns.put(StepColumns.Column.ofTexts(ProjectCustomers.RFM_SEGMENT, "RFM", "RFM step", segments));
        assertThat(model.segmentColumns()).containsExactly(ProjectCustomers.RFM_SEGMENT);
        org.segmentlab.core.clv.SegmentValues byValue = model.segmentValuesProperty().get();
        assertThat(byValue).isNotNull();
        double totalA = 0;
        double aliveA = 0;
        int countA = 0;
        double all = 0;
        for (int i = 0; i < fitted.values().size(); i++) {
            all += fitted.values().clv(i);
            if (i % 3 == 0) {
                totalA += fitted.values().clv(i);
                aliveA += fitted.values().pAlive(i);
                countA++;
            }
        }
        org.segmentlab.core.clv.SegmentValues.Segment a = byValue.of("A").orElseThrow();
        assertThat(a.customers()).isEqualTo(countA);
        assertThat(a.totalClv()).isCloseTo(totalA, within(1e-6 * Math.abs(totalA)));
        assertThat(a.meanClv()).isCloseTo(totalA / countA, within(1e-9 * Math.abs(totalA)));
        assertThat(a.clvShare()).isCloseTo(totalA / all, within(1e-9));
        assertThat(a.meanPAlive()).isCloseTo(aliveA / countA, within(1e-12));
        assertThat(byValue.unvalued()).isEqualTo(1);
        assertThat(byValue.of("B").orElseThrow().unvalued()).isEqualTo(1);

        // the Clusters step's segments come first when there are both; gone segments take the values away
        columns.put(StepColumns.Column.ofTexts(ProjectCustomers.SEGMENT, "Clusters", "Clusters step", segments));
        assertThat(model.segmentColumns()).containsExactly(ProjectCustomers.SEGMENT, ProjectCustomers.RFM_SEGMENT);
        assertThat(model.segmentColumnProperty().get()).isEqualTo(ProjectCustomers.RFM_SEGMENT);
        columns.remove(ProjectCustomers.RFM_SEGMENT);
        columns.remove(ProjectCustomers.SEGMENT);
        assertThat(model.segmentValuesProperty().get()).isNull();

        // the matrices are the fitted model's predictions at T = the longest history
        org.segmentlab.core.clv.ValueMatrix alive = model.aliveMatrixProperty().get();
        org.segmentlab.core.clv.ValueMatrix purchases = model.purchasesMatrixProperty().get();
        double horizon = fitted.options().horizonDays() / 7;
        int r = alive.rows() / 2;
        int c = alive.columns() / 3;
        assertThat(alive.value(r, c)).isEqualTo(fitted.purchaseModel().pAlive(alive.frequency(c), alive.recency(r),
                alive.age()));
        assertThat(purchases.value(r, c)).isEqualTo(fitted.purchaseModel().expectedPurchases(horizon,
                alive.frequency(c), alive.recency(r), alive.age()));
    }

    @Test
    void aProjectSavedWithAValueModelHasItAgainWhenItsTransactionsAreRead() throws Exception {
        Project sample = new ProjectStore().load(SHOP);
        org.segmentlab.core.project.ClvSettings saved = org.segmentlab.core.project.ClvSettings.DEFAULTS
                .withSourceId(sample.sources().get(0).id()).withAsOf(LocalDate.of(2024, 6, 30))
                .withTimeUnit(TimeUnit.WEEK);
        org.segmentlab.core.project.ProjectSettings[] settings = {
            org.segmentlab.core.project.ProjectSettings.EMPTY.withClv(saved)};
        int[] updates = {0};
        ProjectSettingsAccess project = ProjectSettingsAccess.of(() -> settings[0], change -> {
            updates[0]++;
            settings[0] = change.apply(settings[0]);
        });
        StepColumns columns = new StepColumns();
        // the step is made before the project's files are read, as when a project opens
        ValueViewModel model = new ValueViewModel(data, project, tasks, dialogs, columns);
        org.segmentlab.ui.StepColumnsFeedAccess.followValue(columns, model);
        assertThat(model.result()).isNull();

        data.replaceSources(sample.sources(), null);

        assertThat(dialogs.shown()).isEmpty();
        ClvResult fitted = model.result();
        assertThat(fitted).as("replayed as soon as the transactions are read").isNotNull();
        assertThat(fitted.summary().asOf()).isEqualTo(LocalDate.of(2024, 6, 30));
        ClvResult replayed = new SavedClv().replay(new SavedSources(sample.withSettings(settings[0]), SHOP),
                Progress.none()).result();
        assertThat(fitted.purchaseModel().parameters()).containsExactly(replayed.purchaseModel().parameters());
        assertThat(fitted.values().totalClv()).isEqualTo(replayed.values().totalClv());
        assertThat(columns.get(ProjectCustomers.CLV)).isPresent();
        assertThat(updates[0]).as("replaying the saved fit changes nothing in the project").isZero();
        assertThat(model.asOfProperty().get()).isEqualTo(LocalDate.of(2024, 6, 30));
    }

    @Test
    void aProjectWithoutAValueModelIsNotFittedUntilAsked() throws Exception {
        Project sample = new ProjectStore().load(SHOP);
        ValueViewModel model = new ValueViewModel(data, ProjectSettingsAccess.inMemory(), tasks, dialogs);
        // before the project's sources arrive: it says what the step needs
        assertThat(model.statusProperty().get()).isEqualTo(ValueViewModel.NO_TRANSACTIONS);
        data.replaceSources(sample.sources(), null);
        assertThat(model.result()).isNull();
        assertThat(model.sourceProperty().get()).isNotNull();
        assertThat(model.statusProperty().get()).isEqualTo(ValueViewModel.CHOOSE);
    }

    @Test
    void aProjectWithoutTransactionsIsToldWhatTheStepNeeds() throws Exception {
        Path file = Path.of("sample-projects/saas-churn/saas-churn.slproj.json");
        Project churn = new ProjectStore().load(file);
        data.replaceSources(churn.sources(), null);
        ValueViewModel model = new ValueViewModel(data, ProjectSettingsAccess.inMemory(), tasks, dialogs);

        assertThat(model.sources()).isEmpty();
        assertThat(model.statusProperty().get()).isEqualTo("This project has no transactions. The value models learn "
                + "from purchases (customer, date, amount): import them in the Data step, as Transactions, then Fit.");
    }

    @Test
    void theComparisonIsTheCoresWithTheSeedKeptInTheProject() throws Exception {
        Project sample = new ProjectStore().load(SHOP);
        ProjectSettingsAccess project = ProjectSettingsAccess.inMemory();
        data.replaceSources(sample.sources(), null);
        ValueViewModel model = new ValueViewModel(data, project, tasks, dialogs);
        model.asOfProperty().set(LocalDate.of(2024, 6, 30));
        model.fit();
        model.compare();
        assertThat(dialogs.shown()).as("without a holdout there is nothing to compare on").hasSize(1);
        assertThat(model.comparisonProperty().get()).isNull();

        model.holdoutEndProperty().set(LocalDate.of(2024, 12, 31));
        model.fit();
        model.compare();
        org.segmentlab.core.clv.SupervisedComparison.Result shown = model.comparisonProperty().get();
        assertThat(shown).isNotNull();
        assertThat(project.settings().clv().seed()).isEqualTo(org.segmentlab.core.project.ClvSettings.DEFAULT_SEED);
        // the same comparison, made by the core on the same log and fit
        org.segmentlab.core.features.rfm.TransactionLog log = org.segmentlab.core.features.rfm.TransactionLog.from(
                model.sourceProperty().get().table(), project.settings().clv().transactionColumns(), Progress.none());
        org.segmentlab.core.clv.SupervisedComparison.Result core = new org.segmentlab.core.clv.SupervisedComparison()
                .compare(log, model.result(), project.settings().clv().comparisonSeed(), Progress.none());
        assertThat(shown.methods()).isEqualTo(core.methods());
        assertThat(model.comparisonStatusProperty().get()).contains("8,000 customers").contains("seed 42");

        // a new fit takes the comparison away
        model.fit();
        assertThat(model.comparisonProperty().get()).isNull();
    }
}
