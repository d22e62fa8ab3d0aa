package org.segmentlab.core.predict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.segmentlab.core.features.FeatureMatrix;
import org.segmentlab.core.features.drift.DriftReading;

class TrainingProfileTest {

    private static ModelInput input(double[] x, String[] plan) {
        List<String> ids = new java.util.ArrayList<>();
        double[][] rows = new double[x.length][];
        String[][] cats = new String[x.length][];
        for (int i = 0; i < x.length; i++) {
            ids.add("c" + i);
            rows[i] = new double[] {x[i]};
            cats[i] = new String[] {plan[i]};
        }
        return new ModelInput(new FeatureMatrix(ids, List.of("x"), rows), List.of("plan"), cats, null, null);
    }

    @Test
    void driftIsMeasuredAtTheTrainingDecilesWithTheTrainingSharesAsExpected() {
        TrainingProfile profile = TrainingProfile.of(input(new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10},
                new String[] {"a", "a", "a", "a", "a", "b", "b", "b", "b", "b"}));
        assertThat(profile.numeric().get(0).edges()).containsExactly(
                new double[] {1.9, 2.8, 3.7, 4.6, 5.5, 6.4, 7.3, 8.2, 9.1}, within(1e-12));
        List<TrainingProfile.FeatureDrift> drift = profile.compare(input(new double[] {10, 10, 10, 10},
                new String[] {"a", "b", "b", "b"}));
        // x: every new value is above 9.1 (the last bin): 0.9 ln(1/0.1) + 9 × (0.0001 − 0.1) ln(0.0001/0.1)
        assertThat(drift.get(0).psi()).isCloseTo(0.9 * Math.log(10) + 9 * (0.0001 - 0.1) * Math.log(0.001), within(1e-12));
        assertThat(drift.get(0).reading()).isEqualTo(DriftReading.MAJOR);
        // plan: a 0.5 → 0.25, b 0.5 → 0.75
        assertThat(drift.get(1).psi()).isCloseTo(0.25 * Math.log(2) + 0.25 * Math.log(1.5), within(1e-12));
        assertThat(profile.retrainWarnings(input(new double[] {10}, new String[] {"a"})))
                .containsExactly("feature x has drifted from the training data (PSI 8.283 > 0.25): retrain the model",
                        "feature plan has drifted from the training data (PSI 4.604 > 0.25): retrain the model");
        // plan a 0.5 → 1, b 0.5 → 0 (counts 0.0001): 0.5 ln 2 + (0.0001 − 0.5) ln(0.0001/0.5) = 4.604
    }
}
