package org.segmentlab.core.predict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.segmentlab.core.CancelledException;
import org.segmentlab.core.Progress;

class ModelTrainingTest {

    private final ModelTraining training = new ModelTraining();

    @Test
    void logisticRegressionRecoversAPlantedRelationship() {
        ModelInput data = PlantedData.customers(20000, 1);
        TrainingParams params = TrainingParams.defaults(ModelKind.LOGISTIC).withImportanceRepeats(0)
                .withModel(ModelParams.defaults(ModelKind.LOGISTIC).withLambda(1e-4));
        TrainingResult result = training.train(data, PlantedData.schema(), params, Progress.none());
        LogisticCoefficients c = result.model().logisticCoefficients().orElseThrow();

        double gap = c.perOriginalUnit("tenure_gap");
        double spend = c.perOriginalUnit("spend");
        assertThat(gap).isCloseTo(PlantedData.TENURE_GAP, within(0.015));
        assertThat(spend).isCloseTo(PlantedData.SPEND, within(0.06));
        // spend / tenure_gap = −0.5 / 0.08 = −6.25
        assertThat(spend / gap).isCloseTo(-6.25, within(1.0));
        assertThat(Math.abs(c.perOriginalUnit("noise"))).isLessThan(0.06);
        // One-hot levels are identified only relative to each other: basic − standard = 1.2, premium − standard = −0.8
        double standard = c.perOriginalUnit("plan=standard");
        assertThat(c.perOriginalUnit("plan=basic") - standard).isCloseTo(PlantedData.BASIC, within(0.15));
        assertThat(c.perOriginalUnit("plan=premium") - standard).isCloseTo(PlantedData.PREMIUM, within(0.15));
        // Intercept on the original scale: −1 plus whatever share the three level columns took.
        assertThat(c.interceptOriginal() + standard).isCloseTo(PlantedData.INTERCEPT, within(0.15));
    }

    @Test
    void everyModelBeatsChanceOnHeldOutRows() {
        ModelInput data = PlantedData.customers(4000, 2);
        for (ModelKind kind : ModelKind.values()) {
            TrainingResult r = training.train(data, PlantedData.schema(),
                    TrainingParams.defaults(kind).withImportanceRepeats(0), Progress.none());
            // The planted law caps the attainable AUC near 0.80; a weak model would sit near 0.5.
            assertThat(r.evaluation().rocAuc()).as(kind.toString()).isGreaterThan(0.72);
            assertThat(r.testRows()).isEqualTo(800);
            assertThat(r.trainRows()).isEqualTo(3200);
        }
    }

    @Test
    void smoteOversamplesTheTrainingPartOnly() {
        ModelInput data = PlantedData.customers(3000, 4);
        Partition split = Splits.stratified(data.labels(), 0.2, 42);
        int trainPositives = Arrays.stream(split.train()).map(i -> data.labels()[i]).sum();
        int testPositives = Arrays.stream(split.test()).map(i -> data.labels()[i]).sum();
        int trainNegatives = split.train().length - trainPositives;
        int minority = Math.min(trainPositives, trainNegatives);
        TrainingResult r = training.train(data, PlantedData.schema(), TrainingParams.defaults(ModelKind.LOGISTIC)
                .withImportanceRepeats(0).withRebalancing(Rebalancing.SMOTE), Progress.none());
        assertThat(r.syntheticRows()).isEqualTo(split.train().length - 2 * minority);
        assertThat(r.evaluation().rows()).isEqualTo(split.test().length);
        assertThat(r.evaluation().positives()).isEqualTo(testPositives);
    }

    @Test
    void smoteRowsLieBetweenMinorityRowsAndKeepWholeLevels() {
        // Minority (label 1): three rows on a line; the categorical column pair stays one-hot.
        double[][] x = {{0, 1, 0}, {1, 1, 0}, {2, 0, 1}, {10, 1, 0}, {11, 1, 0}, {12, 0, 1}, {13, 1, 0}, {14, 0, 1},
            {15, 1, 0}};
        int[] y = {1, 1, 1, 0, 0, 0, 0, 0, 0};
        Smote.Resampled r = Smote.oversample(x, y, new int[] {0, 1, 1}, 1, 2, 42);
        assertThat(r.synthetic()).isEqualTo(3);
        for (int i = 9; i < 12; i++) {
            double[] row = r.x()[i];
            assertThat(r.y()[i]).isEqualTo(1);
            assertThat(row[0]).isBetween(0.0, 2.0);
            assertThat(row[1] + row[2]).isEqualTo(1.0);
        }
    }

    @Test
    void classWeightsRepeatTheMinorityForLogisticRegression() {
        ModelInput data = PlantedData.customers(2000, 6);
        Partition split = Splits.stratified(data.labels(), 0.2, 42);
        int trainPositives = Arrays.stream(split.train()).map(i -> data.labels()[i]).sum();
        int trainNegatives = split.train().length - trainPositives;
        int minority = Math.min(trainPositives, trainNegatives);
        long weight = Math.round((double) Math.max(trainPositives, trainNegatives) / minority);
        TrainingResult r = training.train(data, PlantedData.schema(), TrainingParams.defaults(ModelKind.LOGISTIC)
                .withImportanceRepeats(0).withRebalancing(Rebalancing.CLASS_WEIGHTS), Progress.none());
        assertThat(r.syntheticRows()).isEqualTo((int) (minority * (weight - 1)));
        assertThat(r.notes()).anyMatch(n -> n.contains("weighted " + weight + " to 1"));
    }

    @Test
    void chronologicalTrainingUsesOnlyEarlierRows() {
        ModelInput data = PlantedData.customers(3000, 7);
        LocalDate cutoff = LocalDate.of(2023, 10, 1);
        long before = Arrays.stream(data.dates()).filter(d -> d.isBefore(cutoff)).count();
        TrainingResult r = training.train(data, PlantedData.schema(), TrainingParams.defaults(ModelKind.LOGISTIC)
                .withImportanceRepeats(0).withSplit(SplitSpec.chronological("signup", cutoff)), Progress.none());
        assertThat(r.trainRows()).isEqualTo((int) before);
        assertThat(r.testRows()).isEqualTo(3000 - (int) before);
    }

    @Test
    void crossValidationGivesMeanAndSpreadOfEachMetric() {
        ModelInput data = PlantedData.customers(3000, 8);
        CrossValidationResult cv = training.crossValidate(data, PlantedData.schema(),
                TrainingParams.defaults(ModelKind.LOGISTIC), 5, Progress.none());
        assertThat(cv.foldEvaluations()).hasSize(5);
        assertThat(cv.foldEvaluations()).extracting(Evaluation::rows).containsOnly(600);
        double[] aucs = cv.foldEvaluations().stream().mapToDouble(Evaluation::rocAuc).toArray();
        assertThat(cv.metric("auc_roc").mean()).isCloseTo(Arrays.stream(aucs).average().orElseThrow(), within(1e-12));
        assertThat(cv.metric("auc_roc").std()).isGreaterThan(0).isLessThan(0.05);
        assertThat(cv.summary().keySet()).containsExactly("auc_roc", "auc_pr", "accuracy", "precision", "recall",
                "f1", "log_loss");
    }

    @Test
    void theSameSeedGivesTheSameModelAndAnotherSeedAnother() {
        ModelInput data = PlantedData.customers(1500, 9);
        for (ModelKind kind : List.of(ModelKind.FOREST, ModelKind.BOOSTING)) {
            TrainingParams params = TrainingParams.defaults(kind).withImportanceRepeats(0)
                    .withModel(ModelParams.defaults(kind).withTrees(30));
            double[] a = training.train(data, PlantedData.schema(), params, Progress.none()).model()
                    .probabilities(data, Progress.none());
            double[] b = training.train(data, PlantedData.schema(), params, Progress.none()).model()
                    .probabilities(data, Progress.none());
            double[] c = training.train(data, PlantedData.schema(), params.withSeed(7), Progress.none()).model()
                    .probabilities(data, Progress.none());
            assertThat(a).as(kind.toString()).containsExactly(b);
            assertThat(a).as(kind.toString()).isNotEqualTo(c);
        }
    }

    @Test
    void permutationImportanceFindsTheFeaturesThatMatter() {
        ModelInput data = PlantedData.customers(4000, 10);
        TrainingResult r = training.train(data, PlantedData.schema(), TrainingParams.defaults(ModelKind.LOGISTIC),
                Progress.none());
        List<FeatureImportance> importance = r.importance();
        assertThat(importance).extracting(FeatureImportance::feature).hasSize(4);
        // spend (|−0.5| × sd 2 = 1.0 per sd) outweighs tenure_gap (0.08 × 10 = 0.8), noise does nothing.
        assertThat(importance.get(0).feature()).isEqualTo("spend");
        FeatureImportance noise = importance.stream().filter(f -> f.feature().equals("noise")).findFirst()
                .orElseThrow();
        assertThat(noise.aucDrop()).isLessThan(0.01);
        assertThat(importance.get(0).aucDrop()).isGreaterThan(0.05);
        assertThat(importance.get(0).std()).isGreaterThan(0);
    }

    @Test
    void aCancelledTrainingStops() {
        ModelInput data = PlantedData.customers(2000, 11);
        AtomicInteger updates = new AtomicInteger();
        Progress cancelAfterTwo = new Progress() {
            @Override
            public void update(double fraction, String message) {
                updates.incrementAndGet();
            }

            @Override
            public boolean isCancelled() {
                return updates.get() >= 3;
            }
        };
        assertThatThrownBy(() -> training.train(data, PlantedData.schema(), TrainingParams.defaults(ModelKind.FOREST),
                cancelAfterTwo)).isInstanceOf(CancelledException.class);
    }

    @Test
    void aSingleClassTrainingPartIsRefused() {
        ModelInput data = PlantedData.customers(200, 12);
        int[] ones = new int[200];
        Arrays.fill(ones, 1);
        ModelInput allPositive = new ModelInput(data.numeric(), data.categoricalNames(), data.categorical(), ones,
                data.dates());
        assertThatThrownBy(() -> training.train(allPositive, PlantedData.schema(),
                TrainingParams.defaults(ModelKind.LOGISTIC), Progress.none()))
                .hasMessageContaining("needs both outcomes");
    }

    /** Permutation importance scores rows × trees per shuffle: a bigger model ranks features on fewer rows. */
    @Test
    void importanceOfBiggerModelsIsMeasuredOnFewerHoldOutCustomersAndSaidSo() {
        assertThat(ModelTraining.importanceSample(ModelParams.defaults(ModelKind.LOGISTIC))).isEqualTo(2000);
        assertThat(ModelTraining.importanceSample(ModelParams.defaults(ModelKind.BOOSTING))).isEqualTo(2000);
        assertThat(ModelTraining.importanceSample(ModelParams.defaults(ModelKind.FOREST).withTrees(200)))
                .isEqualTo(1000);
        assertThat(ModelTraining.importanceSample(ModelParams.defaults(ModelKind.FOREST).withTrees(5000)))
                .isEqualTo(500);
        ModelInput data = PlantedData.customers(6000, 3);
        TrainingResult r = new ModelTraining().train(data, PlantedData.schema(),
                TrainingParams.defaults(ModelKind.FOREST).withModel(ModelParams.defaults(ModelKind.FOREST)
                        .withTrees(400)).withImportanceRepeats(1), Progress.none());
        assertThat(r.notes()).contains("permutation importance measured on a seeded sample of 500 of the 1,200 "
                + "hold-out customers");
    }
}
