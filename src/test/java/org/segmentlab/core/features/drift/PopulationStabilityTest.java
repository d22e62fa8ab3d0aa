package org.segmentlab.core.features.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PopulationStabilityTest {

    @Test
    void indexOfTwoShareVectorsIsTheSumOfDifferenceTimesLogRatio() {
        // (0.25 − 0.5) ln(0.25/0.5) + (0.75 − 0.5) ln(0.75/0.5) = 0.25 ln 2 + 0.25 ln 1.5
        assertThat(PopulationStability.index(new double[] {0.5, 0.5}, new double[] {0.25, 0.75}))
                .isCloseTo(0.25 * Math.log(2) + 0.25 * Math.log(1.5), within(1e-15))
                .isCloseTo(0.2746530721670274, within(1e-15));
    }

    @Test
    void anEmptyShareCountsAsOneTenThousandth() {
        // (0.5 − 1) ln(0.5/1) + (0.5 − 0.0001) ln(0.5/0.0001)
        assertThat(PopulationStability.index(new double[] {1, 0}, new double[] {0.5, 0.5}))
                .isCloseTo(4.60431846666895, within(1e-12));
        assertThat(PopulationStability.index(new double[] {0, 1}, new double[] {0, 1})).isZero();
    }

    @Test
    void decileEdgesInterpolateAsNumpyPercentileDoes() {
        // numpy 2.4.6: np.percentile(v, [10, 20, …, 90]) with the default linear method
        double[] v = {3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9, 3, 2, 3, 8, 4};
        assertThat(PopulationStability.decileEdges(v)).containsExactly(
                new double[] {1.9, 2.8, 3.0, 3.6, 4.5, 5.0, 6.3, 8.0, 9.0}, within(1e-12));
    }

    @Test
    void tenDistinctValuesFillTheTenBinsEqually() {
        double[] v = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        double[] edges = PopulationStability.decileEdges(v);
        double[] shares = PopulationStability.binShares(v, edges);
        for (int b = 0; b < 10; b++) {
            assertThat(shares[b]).as("bin %d", b).isCloseTo(0.1, within(1e-15));
        }
        assertThat(shares[10]).as("missing").isZero();
        assertThat(PopulationStability.numeric(v, v)).isZero();
    }

    @Test
    void numericDriftBinsTheLaterValuesAtTheEarlierDeciles() {
        double[] earlier = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        double[] later = {1, 1, 1, 1, 1};
        // all later values fall in the first bin: 0.9 ln(1/0.1) + 9 × (0.0001 − 0.1) ln(0.0001/0.1)
        double expected = 0.9 * Math.log(10) + 9 * (0.0001 - 0.1) * Math.log(0.0001 / 0.1);
        assertThat(PopulationStability.numeric(earlier, later)).isCloseTo(expected, within(1e-12))
                .isCloseTo(8.283089355027483, within(1e-12));
    }

    @Test
    void valuesOnAnEdgeBelongToTheBinBelowItAndMissingValuesToTheirOwnBin() {
        double[] edges = {1, 2, 2, 3, 4, 5, 6, 7, 8};
        assertThat(PopulationStability.binOf(1, edges)).isZero();
        assertThat(PopulationStability.binOf(1.5, edges)).isEqualTo(1);
        assertThat(PopulationStability.binOf(2, edges)).isEqualTo(1);
        assertThat(PopulationStability.binOf(2.1, edges)).isEqualTo(3);
        assertThat(PopulationStability.binOf(99, edges)).isEqualTo(9);
        double[] shares = PopulationStability.binShares(new double[] {0, Double.NaN, 99, Double.NaN}, edges);
        assertThat(shares[0]).isEqualTo(0.25);
        assertThat(shares[9]).isEqualTo(0.25);
        assertThat(shares[10]).isEqualTo(0.5);
    }

    @Test
    void categoricalDriftComparesTheSharesOfEachValueIncludingValuesOnlyOneSideHas() {
        String[] earlier = {"a", "a", "b", "b"};
        String[] later = {"a", "b", "c", null};
        assertThat(PopulationStability.shares(later)).containsExactly(Map.entry("a", 0.25), Map.entry("b", 0.25),
                Map.entry("c", 0.25), Map.entry(PopulationStability.MISSING, 0.25));
        // a: (0.25 − 0.5) ln 0.5, b: the same, c and missing: (0.25 − 0.0001) ln(0.25/0.0001) each
        double expected = 2 * (-0.25 * Math.log(0.5)) + 2 * (0.25 - 0.0001) * Math.log(0.25 / 0.0001);
        assertThat(PopulationStability.categorical(earlier, later)).isCloseTo(expected, within(1e-12));
    }

    @Test
    void readingsFollowTheUsualThresholds() {
        assertThat(DriftReading.of(0.0999)).isEqualTo(DriftReading.STABLE);
        assertThat(DriftReading.of(0.1)).isEqualTo(DriftReading.MODERATE);
        assertThat(DriftReading.of(0.25)).isEqualTo(DriftReading.MODERATE);
        assertThat(DriftReading.of(0.2501)).isEqualTo(DriftReading.MAJOR);
        assertThat(DriftReading.MAJOR.word()).isEqualTo("major");
    }
}
