package org.segmentlab.core.predict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.segmentlab.core.Progress;
import org.segmentlab.core.data.ColumnRole;
import org.segmentlab.core.data.ImportOptions;
import org.segmentlab.core.data.ImportedTable;
import org.segmentlab.core.data.TableImporter;
import org.segmentlab.testing.SharedDatasets;

/** IBM Telco customer churn (7,043 customers, 26.5% churned): published baselines reach ROC AUC ≈ 0.84. */
class TelcoChurnTest {

    private static ModelInputReader.Read telco;

    /** What the tests of this class share is let go once they are done: other classes need the memory. */
    @AfterAll
    static void release() {
        telco = null;
    }

    @BeforeAll
    static void read() throws Exception {
        Path file = SharedDatasets.require("telco-churn/WA_Fn-UseC_-Telco-Customer-Churn.csv");
        ImportedTable table = new TableImporter().read(ImportOptions.of(file)
                .withRoles(Map.of("customerID", ColumnRole.CUSTOMER_ID)), Progress.none());
        telco = ModelInputReader.forTraining(table,
                ModelInputSpec.of("customerID", "Churn", List.of()).withPositiveValue("Yes"));
    }

    @Test
    void readsEveryCustomerAndNineteenFeatures() {
        assertThat(telco.input().rowCount()).isEqualTo(7043);
        assertThat(telco.input().positives()).isEqualTo(1869);
        assertThat(telco.schema().features()).hasSize(19).doesNotContain("customerID", "Churn");
        // TotalCharges is empty for the 11 customers with zero tenure.
        long missing = java.util.Arrays.stream(telco.input().numeric().rows())
                .filter(r -> Double.isNaN(r[telco.input().numericNames().indexOf("TotalCharges")])).count();
        assertThat(missing).isEqualTo(11);
    }

    @Test
    void logisticRegressionReachesThePublishedAucOnAStratifiedHoldOut() {
        TrainingResult r = new ModelTraining().train(telco.input(), telco.schema(),
                TrainingParams.defaults(ModelKind.LOGISTIC), Progress.none());
        assertThat(r.testRows()).isEqualTo(1409);
        assertThat(r.evaluation().positives()).isEqualTo(374);
        assertThat(r.evaluation().rocAuc()).isGreaterThanOrEqualTo(0.83);
        assertThat(r.evaluation().prAuc()).isGreaterThan(0.6);
        // tenure leads the permutation importance, as every published analysis of this data finds.
        assertThat(r.importance().get(0).feature()).isEqualTo("tenure");
    }

    @Test
    void forestExplanationsAddUpForTelcoCustomers() {
        TrainedModel forest = new ModelTraining().train(telco.input(), telco.schema(),
                TrainingParams.defaults(ModelKind.FOREST).withImportanceRepeats(0), Progress.none()).model();
        for (int row = 0; row < 20; row++) {
            Explanation e = forest.explain(telco.input(), row);
            assertThat(e.contributionSum()).isCloseTo(e.output() - e.baseValue(), within(1e-9));
            assertThat(e.topDrivers(3)).hasSize(3);
        }
    }
}
