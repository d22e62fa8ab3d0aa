package org.segmentlab.core.predict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.segmentlab.core.Progress;
import org.segmentlab.core.features.FeatureMatrix;

class PreparationTest {

    private static ModelInput input(double[] spend, String[] plan, int[] y) {
        List<String> ids = new java.util.ArrayList<>();
        double[][] num = new double[spend.length][1];
        String[][] cat = new String[spend.length][1];
        for (int i = 0; i < spend.length; i++) {
            ids.add("c" + i);
            num[i][0] = spend[i];
            cat[i][0] = plan[i];
        }
        return new ModelInput(new FeatureMatrix(ids, List.of("spend"), num), List.of("plan"), cat, y, null);
    }

    @Test
    void missingNumbersTakeTheTrainingMedianThenAreStandardised() {
        // spend 1, 3, NaN, 10 → median of {1, 3, 10} = 3; after imputation 1, 3, 3, 10:
        // mean 17/4 = 4.25, population sd = sqrt((3.25² + 1.25² + 1.25² + 5.75²) / 4)
        //   = sqrt((10.5625 + 1.5625 + 1.5625 + 33.0625) / 4) = sqrt(11.6875) = 3.4187
        ModelInput in = input(new double[] {1, 3, Double.NaN, 10}, new String[] {"a", "a", "b", null},
                new int[] {0, 1, 0, 1});
        Preparation prep = Preparation.fit(in, 20);
        assertThat(prep.median(0)).isEqualTo(3);
        assertThat(prep.mean(0)).isEqualTo(4.25);
        assertThat(prep.scale(0)).isCloseTo(Math.sqrt(11.6875), within(1e-12));
        double[][] x = prep.apply(in);
        assertThat(x[2][0]).isCloseTo((3 - 4.25) / Math.sqrt(11.6875), within(1e-12));
    }

    @Test
    void categoriesBecomeOneColumnPerFrequentLevelAndOthersGetZeros() {
        // Levels by frequency: a (3), b (2), c (1); limit 2 keeps a and b.
        ModelInput in = input(new double[] {1, 2, 3, 4, 5, 6, 7}, new String[] {"a", "b", "a", "c", "b", "a", null},
                new int[] {0, 1, 0, 1, 0, 1, 0});
        Preparation prep = Preparation.fit(in, 2);
        assertThat(prep.columnNames()).containsExactly("spend", "plan=a", "plan=b");
        assertThat(prep.featureOfColumn()).containsExactly(0, 1, 1);
        double[][] x = prep.apply(in);
        assertThat(new double[] {x[1][1], x[1][2]}).containsExactly(0, 1);
        // A rare level, a missing value and a level never seen in training encode as all zeros.
        assertThat(new double[] {x[3][1], x[3][2]}).containsExactly(0, 0);
        assertThat(new double[] {x[6][1], x[6][2]}).containsExactly(0, 0);
        ModelInput unseen = input(new double[] {1}, new String[] {"z"}, null);
        assertThat(prep.apply(unseen)[0]).containsExactly(x[0][0], 0, 0);
    }

    @Test
    void anExtremeValueInTheTestPartDoesNotMoveTheFittedPreparation() {
        ModelInput base = PlantedData.customers(1000, 11);
        // Put an absurd spend on one row that the stratified split sends to the test part.
        Partition partition = Splits.stratified(base.labels(), 0.2, 42);
        int testRow = partition.test()[0];
        double[][] rows = base.numeric().rows();
        double[][] changed = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            changed[i] = rows[i].clone();
        }
        changed[testRow][1] = 1e9;
        ModelInput extreme = new ModelInput(new FeatureMatrix(base.customerIds(), base.numericNames(), changed),
                base.categoricalNames(), base.categorical(), base.labels(), base.dates());

        TrainingParams params = TrainingParams.defaults(ModelKind.LOGISTIC).withImportanceRepeats(0);
        TrainingResult withExtreme = new ModelTraining().train(extreme, PlantedData.schema(), params, Progress.none());
        TrainingResult without = new ModelTraining().train(base, PlantedData.schema(), params, Progress.none());

        Preparation fitted = withExtreme.model().preparation();
        assertThat(fitted.mean(1)).isEqualTo(without.model().preparation().mean(1));
        assertThat(fitted.scale(1)).isEqualTo(without.model().preparation().scale(1));
        assertThat(fitted.median(1)).isEqualTo(without.model().preparation().median(1));
        // And the fitted mean is the training rows' own mean (after median imputation).
        Preparation trainOnly = Preparation.fit(base.rows(partition.train()), 20);
        assertThat(fitted.mean(1)).isEqualTo(trainOnly.mean(1));
        assertThat(Math.abs(fitted.mean(1))).isLessThan(1);
    }
}
