package org.segmentlab.core.predict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.segmentlab.core.Progress;
import org.segmentlab.core.features.FeatureMatrix;

class PropensityScoringTest {

    private final PropensityScoring scoring = new PropensityScoring();

    private static TrainedModel logistic() {
        return new ModelTraining().train(PlantedData.customers(2000, 31), PlantedData.schema(),
                TrainingParams.defaults(ModelKind.LOGISTIC).withImportanceRepeats(0), Progress.none()).model();
    }

    @Test
    void scoresAreTheModelsProbabilitiesInInputOrder() {
        TrainedModel model = logistic();
        ModelInput customers = PlantedData.customers(50, 32);
        ScoredCustomers scored = scoring.score(model, customers, Progress.none());
        assertThat(scored.customerIds()).isEqualTo(customers.customerIds());
        assertThat(scored.scores()).containsExactly(model.probabilities(customers, Progress.none()));
        assertThat(java.util.Arrays.stream(scored.scores()).allMatch(p -> p > 0 && p < 1)).isTrue();
    }

    @Test
    void topListRanksTheHighestScoresWithTheSegmentMix() {
        // Ten customers, top 30% = 3: c0 (0.9), c2 (0.8), c4 (0.7).
        List<String> ids = List.of("c0", "c1", "c2", "c3", "c4", "c5", "c6", "c7", "c8", "c9");
        double[] s = {0.9, 0.1, 0.8, 0.2, 0.7, 0.3, 0.6, 0.4, 0.5, 0.05};
        ModelInput input = new ModelInput(new FeatureMatrix(ids, List.of("x"), new double[10][1]), List.of(),
                new String[10][0], null, null);
        // All: A = 2 (c0, c2), B = 3 (c1, c3, c4), C = 4, c9 unmapped.
        Map<String, String> segments = Map.of("c0", "A", "c2", "A", "c1", "B", "c3", "B", "c4", "B",
                "c5", "C", "c6", "C", "c7", "C", "c8", "C");
        TopList top = scoring.topList(logistic(), input, new ScoredCustomers(ids, s), 30, 0, segments,
                Progress.none());
        assertThat(top.customers()).extracting(TopList.Customer::customerId).containsExactly("c0", "c2", "c4");
        assertThat(top.customers()).extracting(TopList.Customer::rank).containsExactly(1, 2, 3);
        assertThat(top.customers().get(2).segment()).isEqualTo("B");
        // List: A 2 of 3 (all customers: 2 of 10) → index (2/3)/(2/10) = 3.333; B 1 of 3 vs 3 of 10 → 1.111.
        TopList.SegmentShare a = top.segmentMix().get(0);
        assertThat(a.segment()).isEqualTo("A");
        assertThat(a.shareOfList()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(a.shareOfAll()).isCloseTo(0.2, within(1e-12));
        assertThat(a.index()).isCloseTo(10.0 / 3, within(1e-12));
        assertThat(top.segmentMix().get(1).index()).isCloseTo((1.0 / 3) / 0.3, within(1e-12));
        assertThat(top.segmentMix()).hasSize(2);
    }

    @Test
    void equalScoresKeepInputOrderAndCustomersWithoutSegmentAreCounted() {
        List<String> ids = List.of("a", "b", "c", "d");
        double[] s = {0.5, 0.7, 0.5, 0.1};
        ModelInput input = new ModelInput(new FeatureMatrix(ids, List.of("x"), new double[4][1]), List.of(),
                new String[4][0], null, null);
        TopList top = scoring.topList(logistic(), input, new ScoredCustomers(ids, s), 75, 0, Map.of("b", "VIP"),
                Progress.none());
        assertThat(top.customers()).extracting(TopList.Customer::customerId).containsExactly("b", "a", "c");
        assertThat(top.segmentMix()).extracting(TopList.SegmentShare::segment)
                .containsExactly(PropensityScoring.NO_SEGMENT, "VIP");
    }

    @Test
    void eachListedCustomerCarriesItsStrongestDrivers() {
        TrainedModel model = logistic();
        ModelInput customers = PlantedData.customers(200, 33);
        ScoredCustomers scored = scoring.score(model, customers, Progress.none());
        TopList top = scoring.topList(model, customers, scored, 5, 3, null, Progress.none());
        assertThat(top.customers()).hasSize(10);
        assertThat(top.segmentMix()).isEmpty();
        for (TopList.Customer c : top.customers()) {
            assertThat(c.drivers()).hasSize(3);
            assertThat(Math.abs(c.drivers().get(0).contribution()))
                    .isGreaterThanOrEqualTo(Math.abs(c.drivers().get(2).contribution()));
            assertThat(c.segment()).isNull();
        }
        // The top customers churn for the planted reasons: high tenure_gap, low spend or the basic plan.
        assertThat(top.customers().get(0).drivers()).extracting(Driver::feature)
                .containsAnyOf("tenure_gap", "spend", "plan");
        assertThat(top.customers().get(0).score()).isGreaterThan(0.9);
    }
}
