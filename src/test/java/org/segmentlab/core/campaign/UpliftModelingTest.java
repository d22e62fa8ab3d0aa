package org.segmentlab.core.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.segmentlab.core.Progress;
import org.segmentlab.core.data.ImportOptions;
import org.segmentlab.core.data.TableImporter;
import org.segmentlab.core.predict.ModelKind;
import org.segmentlab.testing.SharedDatasets;

class UpliftModelingTest {

    private static final List<String> FEATURES = List.of("recency", "history", "mens", "womens", "zip_code", "newbie",
            "channel");

    /**
     * Visits are common enough (10.6% without e-mail, 18.3% with) for the ranking to show on a 30% test
     * part.
     */
    @Test
    void hillstromMensEmailUpliftOnVisitsBeatsRandomTargetingOnTheTestPart() throws Exception {
        Path file = SharedDatasets.require("hillstrom/hillstrom.csv");
        CampaignColumns columns = CampaignColumns.of("segment", "Mens E-Mail", "No E-Mail", "visit")
                .withFeatures(FEATURES);
        CampaignTable.Read read = CampaignTable.read(
                new TableImporter().read(ImportOptions.of(file), Progress.none()).table(), columns);
        UpliftResult r = new UpliftModeling().fit(read.features(), read.outcomes(),
                UpliftParams.defaults(ModelKind.LOGISTIC).withMethod(UpliftMethod.TWO_MODEL), Progress.none());
        assertThat(r.customerIds()).hasSize(42_613);
        assertThat(r.trainRows() + r.testRows()).isEqualTo(42_613);
        assertThat(r.testRows()).isBetween(12_782, 12_786);
        assertThat(r.test().qiniAreaAboveRandom()).isPositive();
        // the top decile by predicted uplift shows more observed uplift than the bottom one
        assertThat(r.test().deciles().get(0).observedUplift()).isGreaterThan(r.test().deciles().get(9)
                .observedUplift());
    }

    /**
     * Conversions are rare (about 115 in the test part): two logistic models, one per arm, rank them no
     * better than random (as scikit-learn's on the same split; see the README), and cross-validated
     * Qini areas differ by less than their standard errors. The default keeps the simplest method
     * within one standard error of the best, the single model with the arm as a feature, which ranks
     * by each customer's own chance to convert, and beats random targeting on the test part.
     */
    @Test
    void hillstromMensEmailUpliftOnConversionsBeatsRandomTargetingWithTheDefaultMethod() throws Exception {
        Path file = SharedDatasets.require("hillstrom/hillstrom.csv");
        CampaignColumns columns = CampaignColumns.of("segment", "Mens E-Mail", "No E-Mail", "conversion")
                .withFeatures(FEATURES);
        CampaignTable.Read read = CampaignTable.read(
                new TableImporter().read(ImportOptions.of(file), Progress.none()).table(), columns);
        UpliftResult r = new UpliftModeling().fit(read.features(), read.outcomes(),
                UpliftParams.defaults(ModelKind.LOGISTIC), Progress.none());
        assertThat(r.customerIds()).hasSize(42_613);
        assertThat(r.validation()).extracting(UpliftResult.MethodScore::method)
                .containsExactlyElementsOf(UpliftMethod.fitted());
        assertThat(r.notes()).anyMatch(n -> n.contains("the simplest within one standard error of the best"));
        assertThat(r.method()).isEqualTo(UpliftMethod.SINGLE_MODEL);
        assertThat(r.test().qiniAreaAboveRandom()).isPositive();
    }

    @Test
    void theStandardErrorOfFourFoldsIsTheirSampleDeviationOverTwo() {
        // 1, 2, 3, 6: mean 3, sample variance (4 + 1 + 0 + 9) / 3 = 14 / 3, se = sqrt(14 / 3 / 4)
        assertThat(UpliftModeling.standardError(new double[] {1, 2, 3, 6}, 3)).isEqualTo(Math.sqrt(14.0 / 12));
        assertThat(UpliftModeling.standardError(new double[] {5}, 5)).isZero();
    }

    @Test
    void theSingleModelReadsTheArmAsOneMoreFeature() {
        org.segmentlab.core.features.FeatureMatrix m = new org.segmentlab.core.features.FeatureMatrix(
                List.of("a", "b"), List.of("x"), new double[][] {{1}, {2}});
        org.segmentlab.core.predict.ModelInput input = org.segmentlab.core.predict.ModelInput.of(m, null);
        org.segmentlab.core.predict.ModelInput own = UpliftModeling.withArm(input, new boolean[] {true, false}, null);
        assertThat(own.numeric().featureNames()).containsExactly("x", UpliftModeling.ARM_FEATURE);
        assertThat(own.numeric().rows()).isDeepEqualTo(new double[][] {{1, 1}, {2, 0}});
        assertThat(UpliftModeling.withArm(input, null, false).numeric().rows()).isDeepEqualTo(new double[][] {{1, 0}, {2, 0}});
        assertThat(m.rows()).isDeepEqualTo(new double[][] {{1}, {2}});
    }
}
