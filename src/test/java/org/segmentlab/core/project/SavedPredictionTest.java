package org.segmentlab.core.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.segmentlab.core.Progress;
import org.segmentlab.core.data.ImportedTable;
import org.segmentlab.core.data.TableImporter;
import org.segmentlab.core.predict.Driver;
import org.segmentlab.core.predict.ModelInputReader;
import org.segmentlab.core.predict.ModelInputSpec;
import org.segmentlab.core.predict.ModelKind;
import org.segmentlab.core.predict.ModelTraining;
import org.segmentlab.core.predict.SplitSpec;
import org.segmentlab.core.predict.TrainingParams;
import org.segmentlab.core.predict.TrainingResult;

class SavedPredictionTest {

    static final Path SAAS = Path.of("sample-projects/saas-churn/saas-churn.slproj.json");

    @Test
    void theSavedModelIsTrainedAgainAsThePredictStepTrainsIt() throws Exception {
        Project project = new ProjectStore().load(SAAS);

        SavedPrediction.Prediction p = new SavedPrediction().replay(new SavedSources(project, SAAS), Progress.none())
                .orElseThrow();

        DataSourceRef accounts = project.source("accounts").orElseThrow();
        ImportedTable table = new TableImporter().read(accounts.importOptions(Path.of(accounts.path())),
                Progress.none());
        ModelInputReader.Read read = ModelInputReader.forTraining(table, ModelInputSpec.of("account_id", "churned",
                List.of("plan", "seats", "company_size", "region")).withPositiveValue("Yes"));
        TrainingResult direct = new ModelTraining().train(read.input(), read.schema(),
                TrainingParams.defaults(ModelKind.LOGISTIC).withSplit(SplitSpec.stratified(0.2)).withSeed(42),
                Progress.none());

        assertThat(p.source().id()).isEqualTo("accounts");
        assertThat(p.outcome()).isEqualTo("churned = Yes");
        assertThat(p.isChurn()).isTrue();
        assertThat(p.training().evaluation().rocAuc()).isEqualTo(direct.evaluation().rocAuc());
        assertThat(p.scores()).hasSize(5000);
        double[] directScores = direct.model().probabilities(read.input(), Progress.none());
        assertThat(p.scores()).containsExactly(directScores, within(1e-12));
        // every customer explained, each row the model's own explanation
        assertThat(p.explainedRows()).hasSize(5000);
        List<Driver> drivers = direct.model().explain(read.input(), 17).drivers();
        for (int f = 0; f < drivers.size(); f++) {
            assertThat(p.shap()[17][f]).isCloseTo(drivers.get(f).contribution(), within(1e-12));
            assertThat(p.features().get(f)).isEqualTo(drivers.get(f).feature());
        }
    }

    @Test
    void aProjectWithoutPredictSettingsHasNoModel() throws Exception {
        Project project = new ProjectStore().load(SavedClusteringTest.MALL);
        assertThat(new SavedPrediction().replay(new SavedSources(project, SavedClusteringTest.MALL), Progress.none()))
                .isEmpty();
    }

    @Test
    void explainedRowsSpreadEvenlyAboveTheLimit() {
        int[] rows = SavedPrediction.explainedRows(SavedPrediction.MAX_EXPLAINED * 2);
        assertThat(rows).hasSize(SavedPrediction.MAX_EXPLAINED);
        assertThat(rows[0]).isZero();
        assertThat(rows[1]).isEqualTo(2);
        assertThat(SavedPrediction.explainedRows(3)).containsExactly(0, 1, 2);
    }
}
