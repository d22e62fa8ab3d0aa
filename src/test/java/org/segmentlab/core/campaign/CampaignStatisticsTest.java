package org.segmentlab.core.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Intervals and tests against published and independently computed values. Newcombe (1998), "Interval
 * estimation for the difference between independent proportions: comparison of eleven methods",
 * Statistics in Medicine 17:873–890, Table II, method 10 (hybrid score, no continuity correction). The
 * same eight cases were computed again with scipy by
 * {@code src/test/resources/org/segmentlab/core/campaign/newcombe_reference.py}, which agrees to the four
 * decimals printed.
 */
class CampaignStatisticsTest {

    @ParameterizedTest
    @CsvSource({
        "56, 70, 48, 80, 0.0524, 0.3339",
        "9, 10, 3, 10, 0.1705, 0.8090",
        "6, 7, 2, 7, 0.0582, 0.8062",
        "5, 56, 0, 29, -0.0381, 0.1926",
        "0, 10, 0, 20, -0.1611, 0.2775",
        "0, 10, 0, 10, -0.2775, 0.2775",
        "10, 10, 0, 20, 0.6791, 1.0000",
        "10, 10, 0, 10, 0.6075, 1.0000"
    })
    void newcombeHybridScoreIntervalMatchesTableTwoOfNewcombe1998(long x1, long n1, long x2, long n2, double low,
                                                                  double high) {
        Interval d = CampaignStatistics.newcombeDifference(x1, n1, x2, n2, 0.95);
        assertThat(d.estimate()).isCloseTo((double) x1 / n1 - (double) x2 / n2, within(1e-12));
        assertThat(d.low()).isCloseTo(low, within(0.00005));
        assertThat(d.high()).isCloseTo(high, within(0.00005));
    }

    @Test
    void wilsonIntervalOf81Of263IsNewcombesOneSampleMethodThree() {
        // Newcombe (1998), Statistics in Medicine 17:857-872, method 3 for 81/263: 0.2553 to 0.3662 (scipy: 0.255289 to 0.366210).
        Interval w = CampaignStatistics.wilson(81, 263, 0.95);
        assertThat(w.low()).isCloseTo(0.2553, within(0.00005));
        assertThat(w.high()).isCloseTo(0.3662, within(0.00005));
    }

    @Test
    void normalQuantileOfTheUsualConfidences() {
        assertThat(CampaignStatistics.twoSidedZ(0.95)).isCloseTo(1.959963985, within(1e-8));
        assertThat(CampaignStatistics.twoSidedZ(0.90)).isCloseTo(1.644853627, within(1e-8));
        assertThat(CampaignStatistics.normalCdf(-1.959963985)).isCloseTo(0.025, within(1e-9));
    }

    @Test
    void welchIntervalMatchesScipy() {
        // scipy.stats.ttest_ind(a, b, equal_var=False).confidence_interval(0.95): -3.52108560 to 14.47941893, df 7.6705
        double[] a = {0, 0, 12.5, 0, 30.0, 0, 0, 8};
        double[] b = {0, 5.0, 0, 0, 0, 0};
        Interval w = CampaignStatistics.welchDifference(a, b, 0.95);
        assertThat(w.estimate()).isCloseTo(50.5 / 8 - 5.0 / 6, within(1e-12));
        assertThat(w.low()).isCloseTo(-3.5210855979961133, within(1e-6));
        assertThat(w.high()).isCloseTo(14.479418931329448, within(1e-6));
    }

    @Test
    void studentQuantileWithFractionalDegreesOfFreedomMatchesScipy() {
        // scipy.stats.t.ppf(0.975, 7.3) = 2.345066736547703
        assertThat(CampaignStatistics.tQuantileTwoSided(0.05, 7.3)).isCloseTo(2.345066736547703, within(1e-7));
    }

    @Test
    void holmAdjustmentStepsDownAndStaysMonotone() {
        // Hand-computed: sorted 0.01, 0.02, 0.04, 0.30 with m = 4 → 0.04, 0.06, 0.08, 0.30.
        double[] adjusted = CampaignStatistics.holm(new double[] {0.04, 0.30, 0.01, 0.02});
        assertThat(adjusted).containsExactly(new double[] {0.08, 0.30, 0.04, 0.06}, within(1e-12));
        // A larger raw p never gets a smaller adjusted p: 0.02 and 0.021 with m = 2 → 0.04, 0.04.
        assertThat(CampaignStatistics.holm(new double[] {0.021, 0.02})).containsExactly(new double[] {0.04, 0.04},
                within(1e-12));
    }

    @Test
    void twoProportionPValueIsPearsonsChiSquareWithoutCorrection() {
        // scipy.stats.chi2_contingency([[56, 14], [48, 32]], correction=False)[1] = 0.008045081368196585
        double p = CampaignStatistics.twoProportionPValue(56, 70, 48, 80);
        double chi = 150.0 * Math.pow(56 * 32 - 14 * 48, 2) / (70.0 * 80 * 104 * 46);
        assertThat(p).isCloseTo(CampaignStatistics.chiSquareUpperTail(chi, 1), within(1e-9));
        assertThat(p).isCloseTo(0.008045081368196585, within(1e-9));
    }

    @Test
    void sampleRatioCheckWarnsOnlyOnALargeMismatch() {
        SampleRatioCheck even = SampleRatioCheck.of(21_307, 21_306, 0.5);
        assertThat(even.mismatch()).isFalse();
        assertThat(even.pValue()).isGreaterThan(0.99);
        // 5,300 vs 4,700 of an even split: chi-square = 36, p ≈ 2e-9.
        SampleRatioCheck skewed = SampleRatioCheck.of(5_300, 4_700, 0.5);
        assertThat(skewed.chiSquare()).isCloseTo(36.0, within(1e-9));
        assertThat(skewed.mismatch()).isTrue();
        // A 10% holdout read against 90/10 is fine.
        assertThat(SampleRatioCheck.of(9_010, 990, 0.9).mismatch()).isFalse();
    }
}
