package org.segmentlab.ui.predict;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmentlab.core.predict.ConfusionMatrix;
import org.segmentlab.core.predict.CostMatrix;
import org.segmentlab.core.predict.ModelKind;
import org.segmentlab.core.project.PredictSettings;
import org.segmentlab.ui.data.DataReader;
import org.segmentlab.ui.data.DataViewModel;
import org.segmentlab.ui.segment.cluster.ProjectSettingsAccess;
import org.segmentlab.ui.testing.DirectTaskRunner;
import org.segmentlab.ui.testing.HeldTaskRunner;
import org.segmentlab.ui.testing.RecordingDialogs;

class PredictViewModelTest {

    @TempDir
    Path dir;

    private final DirectTaskRunner tasks = new DirectTaskRunner();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final DataViewModel data = new DataViewModel(DataReader.tableImporter(), tasks, dialogs);
    private final ProjectSettingsAccess project = ProjectSettingsAccess.inMemory();
    private final PredictViewModel model = new PredictViewModel(data, project, tasks, dialogs);

    /**
     * 400 customers: churners use the product little ({@code usage} near 2), the others a lot (near 6),
     * with overlap so that the threshold matters; {@code noise} carries nothing.
     */
    private void loadPlantedChurn() throws Exception {
        loadPlantedChurn(model);
    }

    private void loadPlantedChurn(PredictViewModel model) throws Exception {
        Random random = new Random(11);
        StringBuilder csv = new StringBuilder("customer,usage,noise,churned\n");
        for (int i = 1; i <= 400; i++) {
            boolean churner = i % 4 == 0;
            double usage = (churner ? 2 : 6) + random.nextGaussian() * 1.8;
            csv.append(String.format(Locale.ROOT, "C%03d,%.4f,%.4f,%s%n", i, usage, random.nextGaussian(),
                    churner ? "Yes" : "No"));
        }
        Path file = dir.resolve("churn.csv");
        Files.writeString(file, csv.toString());
        data.importFile(file);
        model.sourceProperty().set(data.selected());
        model.customerTableProperty().set(false);
        model.idColumnProperty().set("customer");
        model.labelColumnProperty().set("churned");
    }

    private static ConfusionMatrix countByHand(ModelRun run, double threshold) {
        long tn = 0;
        long fp = 0;
        long fn = 0;
        long tp = 0;
        for (int i = 0; i < run.testLabels().length; i++) {
            boolean flagged = run.testScores()[i] >= threshold;
            if (run.testLabels()[i] == 1) {
                tp += flagged ? 1 : 0;
                fn += flagged ? 0 : 1;
            } else {
                fp += flagged ? 1 : 0;
                tn += flagged ? 0 : 1;
            }
        }
        return new ConfusionMatrix(tn, fp, fn, tp);
    }

    @Test
    void aYesNoLabelIsReadAsBooleanAndTrueIsGuessedPositive() throws Exception {
        loadPlantedChurn();
        assertThat(model.labelValues()).containsExactly("false", "true");
        assertThat(model.positiveValueProperty().get()).isEqualTo("true");
        assertThat(model.featureCandidates()).containsExactly("usage", "noise");
    }

    @Test
    void movingTheThresholdRecountsTheHoldOutMatrixFromStoredScores() throws Exception {
        loadPlantedChurn();
        model.features().setAll("usage", "noise");
        model.train();

        assertThat(dialogs.errors()).isEmpty();
        ModelRun run = model.selectedRunProperty().get();
        assertThat(run).isNotNull();
        // stratified 20% of 400 customers, 100 of them churners
        assertThat(run.testLabels()).hasSize(80);
        assertThat(java.util.Arrays.stream(run.testLabels()).sum()).isEqualTo(20);
        // the stored hold-out scores are the very ones the evaluation counted
        double trained = run.result().evaluation().threshold();
        assertThat(model.thresholdProperty().get()).isEqualTo(trained);
        assertThat(model.confusionProperty().get()).isEqualTo(run.result().evaluation().confusion());

        model.thresholdProperty().set(0.2);
        ConfusionMatrix low = model.confusionProperty().get();
        assertThat(low).isEqualTo(countByHand(run, 0.2));
        model.thresholdProperty().set(0.8);
        ConfusionMatrix high = model.confusionProperty().get();
        assertThat(high).isEqualTo(countByHand(run, 0.8));
        assertThat(high.tp() + high.fp()).isLessThan(low.tp() + low.fp());
        assertThat(high.total()).isEqualTo(80);
        // usage separates churners well: the model ranks them far better than chance
        assertThat(run.result().evaluation().rocAuc()).isGreaterThan(0.85);
    }

    @Test
    void bestThresholdByCostHasTheLowestCostOfEveryScoreOnTheHoldOutPart() throws Exception {
        loadPlantedChurn();
        model.features().setAll("usage");
        model.missedChurnerCostProperty().set(500);
        model.offerCostProperty().set(20);
        model.valueSavedProperty().set(300);
        model.train();
        ModelRun run = model.selectedRunProperty().get();

        model.chooseBestThresholdByCost();
        double best = model.expectedCost();
        CostMatrix costs = new CostMatrix(500, 20, 300);
        assertThat(best).isEqualTo(costs.cost(countByHand(run, model.thresholdProperty().get())));
        for (double s : run.testScores()) {
            assertThat(best).isLessThanOrEqualTo(costs.cost(countByHand(run, s)));
        }
    }

    @Test
    void severalModelsAreKeptAndTheScoredTableIsHighestFirst() throws Exception {
        loadPlantedChurn();
        model.features().setAll("usage", "noise");
        model.train();
        model.modelKindProperty().set(ModelKind.FOREST);
        model.train();

        assertThat(model.runs()).extracting(ModelRun::name).containsExactly("Logistic regression #1", "Random forest #2");
        ModelRun forest = model.selectedRunProperty().get();
        assertThat(forest.shap()).isNotNull();
        assertThat(forest.shap().features()).containsExactly("usage", "noise");
        assertThat(model.runs().get(0).shap()).isNull();
        assertThat(model.scored()).hasSize(400);
        for (int i = 1; i < model.scored().size(); i++) {
            assertThat(model.scored().get(i - 1).score()).isGreaterThanOrEqualTo(model.scored().get(i).score());
        }

        String top = model.scored().get(0).customerId();
        model.explain(top);
        assertThat(model.explanationProperty().get().customerId()).isEqualTo(top);
        assertThat(model.explanationProperty().get().probability()).isEqualTo(model.scored().get(0).score(),
                org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void anExplanationIsWorkedOutInTheBackgroundAndOnlyTheLatestRequestIsShown() throws Exception {
        HeldTaskRunner held = new HeldTaskRunner();
        PredictViewModel slow = new PredictViewModel(data, project, held, dialogs);
        loadPlantedChurn(slow);
        slow.features().setAll("usage", "noise");
        slow.modelKindProperty().set(ModelKind.FOREST);
        slow.train();
        held.finishLast();
        ModelRun forest = slow.selectedRunProperty().get();
        String first = slow.scored().get(0).customerId();
        String second = slow.scored().get(1).customerId();

        int asked = held.started();
        slow.explain(first);
        assertThat(held.started()).isEqualTo(asked + 1);
        assertThat(slow.explanationProperty().get()).as("nothing until the work is done").isNull();
        slow.explain(second);
        assertThat(held.cancelled(asked)).isTrue();
        held.finishAsIfNotCancelled(asked);
        assertThat(slow.explanationProperty().get()).as("the overtaken request, ending late").isNull();
        held.finish(asked + 1);
        assertThat(slow.explanationProperty().get().customerId()).isEqualTo(second);
        assertThat(slow.explanationProperty().get().probability()).isEqualTo(slow.scored().get(1).score(),
                org.assertj.core.data.Offset.offset(1e-9));

        // a request under way when another model is looked at shows nothing
        slow.explain(first);
        assertThat(slow.explanationProperty().get()).isNull();
        slow.selectedRunProperty().set(null);
        slow.selectedRunProperty().set(forest);
        held.finishAsIfNotCancelled(asked + 2);
        assertThat(held.cancelled(asked + 2)).isTrue();
        assertThat(slow.explanationProperty().get()).isNull();
    }

    @Test
    void scoresAreExportedAsCustomerIdAndScore() throws Exception {
        loadPlantedChurn();
        model.features().setAll("usage");
        model.train();
        Path out = dir.resolve("scores.csv");
        dialogs.saveWillChoose(out);

        model.exportScores();

        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(401);
        assertThat(lines.get(0)).isEqualTo("customer_id,score");
        assertThat(lines.get(1)).startsWith("C001,");
    }

    @Test
    void aChronologicalSplitTestsOnTheCustomersFromTheCutOffOn() throws Exception {
        Random random = new Random(5);
        StringBuilder csv = new StringBuilder("customer,usage,signed,churned\n");
        java.time.LocalDate first = java.time.LocalDate.of(2024, 1, 1);
        for (int i = 0; i < 400; i++) {
            boolean churner = i % 4 == 0;
            csv.append(String.format(Locale.ROOT, "C%03d,%.4f,%s,%s%n", i, (churner ? 2 : 6) + random.nextGaussian(),
                    first.plusDays(i), churner ? "Yes" : "No"));
        }
        Path file = dir.resolve("dated.csv");
        Files.writeString(file, csv.toString());
        data.importFile(file);
        model.sourceProperty().set(data.selected());
        // the file itself, not the customer table of its events
        model.customerTableProperty().set(false);
        model.idColumnProperty().set("customer");
        model.labelColumnProperty().set("churned");
        model.features().setAll("usage");
        model.splitKindProperty().set(org.segmentlab.core.predict.SplitSpec.Kind.CHRONOLOGICAL);
        model.dateColumnProperty().set("signed");
        model.cutoffProperty().set(java.time.LocalDate.of(2024, 11, 1));

        model.train();

        assertThat(dialogs.errors()).isEmpty();
        ModelRun run = model.selectedRunProperty().get();
        // 2024-11-01 is day 305 of a leap year counted from 0: days 305..399 are tested
        assertThat(run.testLabels()).hasSize(95);
        assertThat(run.result().trainRows()).isEqualTo(305);
        assertThat(project.settings().predict().split()).isEqualTo("time:signed:2024-11-01");
    }

    @Test
    void modelsAreForgottenWhenTheirTableLeavesTheProject() throws Exception {
        loadPlantedChurn();
        model.features().setAll("usage");
        model.train();
        assertThat(model.runs()).hasSize(1);

        data.removeSelected();

        assertThat(model.sourceProperty().get()).isNull();
        assertThat(model.runs()).isEmpty();
        assertThat(model.confusionProperty().get()).isNull();
        assertThat(model.scored()).isEmpty();
    }

    @Test
    void aSavedYesOrNoFindsTheTrueOrFalseOfAColumnReadAsBoolean() throws Exception {
        project.update(s -> s.withPredict(new PredictSettings("churned", "No", null, "forest", null, null)));
        loadPlantedChurn();
        // a retention model may well predict who stays
        assertThat(model.positiveValueProperty().get()).isEqualTo("false");
        assertThat(model.modelKindProperty().get()).isEqualTo(ModelKind.FOREST);
    }

    @Test
    void settingsAreSavedInTheProjectAndRestoredByTheNextPanel() throws Exception {
        loadPlantedChurn();
        model.features().setAll("usage");
        model.modelKindProperty().set(ModelKind.BOOSTING);
        model.seedProperty().set(7);
        model.testFractionProperty().set(0.25);

        PredictSettings saved = project.settings().predict();
        assertThat(saved).isEqualTo(new PredictSettings(data.selected().id(), "churned", "true", List.of("usage"),
                "boosting", "stratified:0.25", 7L));

        PredictViewModel reopened = new PredictViewModel(data, project, tasks, dialogs);
        reopened.sourceProperty().set(data.selected());
        assertThat(reopened.features()).containsExactly("usage");
        assertThat(reopened.modelKindProperty().get()).isEqualTo(ModelKind.BOOSTING);
        assertThat(reopened.seedProperty().get()).isEqualTo(7);
        assertThat(reopened.testFractionProperty().get()).isEqualTo(0.25);
        assertThat(reopened.labelColumnProperty().get()).isEqualTo("churned");
    }

    @Test
    void identifiersAndFreeTextOfTheRetailSampleAreNotTickedAndTheStepSaysWhy() throws Exception {
        org.segmentlab.core.project.Project retail = new org.segmentlab.core.project.ProjectStore()
                .load(Path.of("sample-projects/retail-rfm/retail-rfm.slproj.json"));
        data.replaceSources(retail.sources(), null);
        model.chooseLabelledSource();

        // no outcome in the project, so no customer table to join it to: the file is the table
        assertThat(model.customersInputProperty().get()).isNull();
        assertThat(model.featureCandidates()).contains("InvoiceNo", "StockCode", "Description", "Quantity");
        assertThat(model.features()).doesNotContain("InvoiceNo", "StockCode", "Description", "CustomerID",
                "InvoiceDate").contains("Quantity", "UnitPrice");
        assertThat(model.featureNoteProperty().get()).contains("InvoiceNo (role invoice)")
                .contains("StockCode (text").contains("Description (text").contains("distinct values");
    }

    @Test
    void theCustomerTableIsTheDefaultInputWhenTheProjectCanBuildOne() throws Exception {
        org.segmentlab.core.project.Project saas = new org.segmentlab.core.project.ProjectStore()
                .load(Path.of("sample-projects/saas-churn/saas-churn.slproj.json"));
        project.update(s -> s.withFeatures(saas.settings().features()));
        data.replaceSources(saas.sources(), null);
        model.chooseLabelledSource();

        assertThat(model.customerTableProperty().get()).isTrue();
        assertThat(model.idColumnProperty().get()).isEqualTo("customer_id");
        assertThat(model.labelColumnProperty().get()).isEqualTo("churned");
        // usage features of the events, attributes of the accounts, not the outcome itself
        assertThat(model.featureCandidates()).contains("count_logins", "activity_trend", "plan", "seats")
                .doesNotContain("churned", "customer_id");
        assertThat(model.features()).contains("count_logins", "plan");
        model.train();
        assertThat(model.selectedRunProperty().get().input().customerIds()).hasSize(5000);
        assertThat(project.settings().predict().input()).isEqualTo(PredictSettings.CUSTOMERS_INPUT);
    }

    @Test
    void theSavedModelOfTheSaasSampleIsTrainedAgainWhenItsTableIsReadyAsTheGuideGivesIt() throws Exception {
        org.segmentlab.core.project.Project saas = new org.segmentlab.core.project.ProjectStore()
                .load(Path.of("sample-projects/saas-churn/saas-churn.slproj.json"));
        ProjectSettingsAccess opened = ProjectSettingsAccess.inMemory();
        opened.update(s -> saas.settings());
        PredictViewModel step = new PredictViewModel(data, opened, tasks, dialogs);

        data.replaceSources(saas.sources(), null);

        // the model the sample's guide and report speak of: logistic regression, ROC AUC 0.946 on the 20% held out
        assertThat(step.runs()).singleElement().satisfies(run -> {
            assertThat(run.result().model().kind()).isEqualTo(ModelKind.LOGISTIC);
            assertThat(run.result().evaluation().rocAuc()).isCloseTo(0.9456, org.assertj.core.api.Assertions.within(5e-4));
            assertThat(run.input().customerIds()).hasSize(5000);
        });
        assertThat(step.selectedRunProperty().get()).isSameAs(step.runs().get(0));
        assertThat(step.statusProperty().get()).startsWith("Trained again as the project keeps it: ");
        assertThat(opened.settings()).as("nothing saved by training it again").isEqualTo(saas.settings());
        assertThat(dialogs.shown()).isEmpty();

        // the table made again (as when a step's column arrives) does not train it a second time
        step.chooseLabelledSource();
        step.refreshInput();
        assertThat(step.runs()).hasSize(1);
    }

    @Test
    void aSavedModelWaitsForEveryFeatureItLearntFrom() throws Exception {
        project.update(s -> s.withPredict(new PredictSettings("churned", "Yes", List.of("usage", "segment"),
                "logistic", "stratified:0.2", 42L)));
        loadPlantedChurn();
        // 'segment' is no column of the file: nothing is trained by itself
        assertThat(model.runs()).isEmpty();
        assertThat(dialogs.shown()).isEmpty();
    }

    @Test
    void aThresholdThatFlagsNobodyStartsAtTheBestF1AndSaysSo() {
        int[] labels = {1, 0, 1, 0, 0, 1};
        double[] scores = {0.25, 0.05, 0.20, 0.10, 0.22, 0.08};
        // By hand, F1 = 2TP / (2TP + FP + FN) flagging the scores at or above t: t = 0.25 → 2/4; 0.22 → 2/5;
        // 0.20 → 4/6; 0.10 → 4/7; 0.08 → 6/8 (best); 0.05 → 6/9.
        assertThat(PredictViewModel.startingThreshold(0.5, labels, scores)).isEqualTo(0.08);
        assertThat(PredictViewModel.thresholdNote(0.5, labels, scores))
                .isEqualTo("; at 0.50 no customer is flagged (the highest score is 0.25), so the threshold starts "
                        + "at 0.08, the best F1 on the hold-out");
        // a threshold that flags someone stays as it is, and nothing is said
        assertThat(PredictViewModel.startingThreshold(0.21, labels, scores)).isEqualTo(0.21);
        assertThat(PredictViewModel.thresholdNote(0.21, labels, scores)).isEmpty();
    }
}
