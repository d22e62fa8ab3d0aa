package org.segmentlab.core.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmentlab.core.Progress;
import org.segmentlab.core.data.ImportOptions;
import org.segmentlab.core.data.ImportedTable;
import org.segmentlab.core.data.TableImporter;
import org.segmentlab.core.features.CustomerTableBuilder;
import org.segmentlab.core.features.CustomerTableCsv;
import org.segmentlab.core.features.CustomerTableParams;
import org.segmentlab.core.features.CustomerTableResult;
import org.segmentlab.core.features.CustomerTableSources;
import org.segmentlab.core.features.attributes.AttributeTable;
import org.segmentlab.core.features.events.EventColumns;
import org.segmentlab.core.features.events.EventLog;
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
    void aModelOfAFileBeforeInputWasKeptLearnsFromTheFirstSourceWithTheOutcome() throws Exception {
        Project saved = new ProjectStore().load(SAAS);
        // as files from before Predict kept its input: no input, features of accounts.csv
        Project project = saved.withSettings(saved.settings().withPredict(new PredictSettings("churned", "Yes",
                List.of("plan", "seats", "company_size", "region"), "logistic", "stratified:0.2", 42L)));

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
        assertThat(p.onCustomerTable()).isFalse();
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
    void theSampleModelLearnsFromTheCustomerTableAsTheFeaturesCommandWritesIt(@TempDir Path dir) throws Exception {
        Project project = new ProjectStore().load(SAAS);
        assertThat(project.settings().predict().learnsFromCustomers()).isTrue();

        SavedPrediction.Prediction p = new SavedPrediction().replay(new SavedSources(project, SAAS), Progress.none())
                .orElseThrow();

        // the same table the long way round: built from the two logs, written as customers.csv, read back
        ImportedTable usage = read(project, "weekly_usage");
        ImportedTable accounts = read(project, "accounts");
        CustomerTableResult built = new CustomerTableBuilder().build(new CustomerTableSources(null, null,
                        EventLog.from(usage, EventColumns.detect(usage)), AttributeTable.from(accounts)),
                CustomerTableParams.of(LocalDate.of(2024, 12, 30)).withWindowDays(42).withIncludeInactive(true),
                Progress.none());
        Path csv = dir.resolve("customers.csv");
        new CustomerTableCsv().write(built.raw(), csv);
        ImportedTable table = new TableImporter().read(ImportOptions.of(csv), Progress.none());
        List<String> features = project.settings().predict().features();
        ModelInputReader.Read read = ModelInputReader.forTraining(table, ModelInputSpec.of("customer_id", "churned",
                features).withPositiveValue("1"));
        TrainingResult direct = new ModelTraining().train(read.input(), read.schema(),
                TrainingParams.defaults(ModelKind.LOGISTIC).withSplit(SplitSpec.stratified(0.2)).withSeed(42),
                Progress.none());

        assertThat(p.onCustomerTable()).isTrue();
        assertThat(p.inputName()).isEqualTo("the customer table");
        assertThat(p.sourcesRead()).extracting(DataSourceRef::id).containsExactlyInAnyOrder("accounts", "weekly_usage");
        assertThat(p.input().customerIds()).isEqualTo(read.input().customerIds());
        assertThat(p.training().evaluation().rocAuc()).isCloseTo(direct.evaluation().rocAuc(), within(1e-9))
                .isGreaterThanOrEqualTo(0.90);
        // the CSV keeps 15 significant digits, so the scores agree to far better than a display shows
        double[] directScores = direct.model().probabilities(read.input(), Progress.none());
        double largest = 0;
        for (int i = 0; i < directScores.length; i++) {
            largest = Math.max(largest, Math.abs(p.scores()[i] - directScores[i]));
        }
        assertThat(p.scores()).hasSameSizeAs(directScores);
        assertThat(largest).isLessThan(1e-6);
    }

    private static ImportedTable read(Project project, String id) throws Exception {
        DataSourceRef source = project.source(id).orElseThrow();
        return new TableImporter().read(source.importOptions(Path.of(source.path())), Progress.none());
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
