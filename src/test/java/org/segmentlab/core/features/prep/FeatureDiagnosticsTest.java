package org.segmentlab.core.features.prep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.segmentlab.core.Progress;
import org.segmentlab.core.features.CustomerTable;
import org.segmentlab.core.features.CustomerTableFeature;
import org.segmentlab.core.features.CustomerTableWarning;
import org.segmentlab.core.features.FeatureFamily;

class FeatureDiagnosticsTest {

    private static CustomerTable.Column numbers(String name, double... values) {
        return CustomerTable.Column.numeric(new CustomerTableFeature(name, FeatureFamily.EVENTS, name), values);
    }

    @Test
    void summaryOfANumericFeature() {
        FeatureSummary summary = FeatureDiagnostics.numeric("x", new double[] {1, 2, 3, 10, Double.NaN}, 3);

        assertThat(summary.count()).isEqualTo(4);
        assertThat(summary.missingPercent()).isEqualTo(20);
        assertThat(summary.mean()).isEqualTo(4);
        assertThat(summary.median()).isEqualTo(2.5);
        assertThat(summary.std()).isCloseTo(Math.sqrt(50 / 3.0), within(1e-12));
        // deviations -3, -2, -1, 6: m2 = 12.5, m3 = 45; G1 = sqrt(4 * 3) / 2 * m3 / m2^1.5
        assertThat(summary.skewness()).isCloseTo(Math.sqrt(12) / 2 * 45 / Math.pow(12.5, 1.5), within(1e-12));
        // bins of width 3 over [1, 10]
        assertThat(summary.histogram()).containsExactly(new FeatureSummary.Bin(1, 4, 3), new FeatureSummary.Bin(4, 7, 0),
                new FeatureSummary.Bin(7, 10, 1));
    }

    @Test
    void summaryOfACategoricalFeature() {
        FeatureSummary summary = FeatureDiagnostics.categorical("plan", new String[] {"pro", "basic", "pro", null});

        assertThat(summary.levelCount()).isEqualTo(2);
        assertThat(summary.missingPercent()).isEqualTo(25);
        assertThat(summary.topLevels()).containsExactly(java.util.Map.entry("pro", 2), java.util.Map.entry("basic", 1));
    }

    @Test
    void warnsAboutConstantSkewedAndNearlyDuplicateFeatures() {
        double[] spend = {1, 1, 1, 1, 1, 1, 1, 1, 1, 100};
        double[] spendTwice = new double[spend.length];
        for (int i = 0; i < spend.length; i++) {
            spendTwice[i] = 2 * spend[i] + 0.5 * (i % 2);
        }
        CustomerTable table = new CustomerTable(List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j"), List.of(
                numbers("flat", 3, 3, 3, 3, 3, 3, 3, 3, 3, Double.NaN),
                numbers("spend", spend),
                numbers("spend_twice", spendTwice),
                numbers("tenure", 5, 1, 4, 2, 3, 5, 1, 4, 2, 3)));

        List<CustomerTableWarning> warnings = new FeatureDiagnostics().warnings(table, Progress.none());

        assertThat(warnings).extracting(CustomerTableWarning::kind, CustomerTableWarning::features).containsExactly(
                org.assertj.core.groups.Tuple.tuple(CustomerTableWarning.Kind.CONSTANT_FEATURE, List.of("flat")),
                org.assertj.core.groups.Tuple.tuple(CustomerTableWarning.Kind.HEAVY_SKEW, List.of("spend")),
                org.assertj.core.groups.Tuple.tuple(CustomerTableWarning.Kind.HEAVY_SKEW, List.of("spend_twice")),
                org.assertj.core.groups.Tuple.tuple(CustomerTableWarning.Kind.HIGH_CORRELATION,
                        List.of("spend", "spend_twice")));
        assertThat(warnings.get(1).message()).contains("log1p");
    }

    @Test
    void correlationIsPearsonOverRowsWhereBothArePresent() {
        double r = ColumnStatistics.correlation(new double[] {1, 2, 3, Double.NaN, 5}, new double[] {2, 4, 7, 1, Double.NaN});

        // pairs (1,2), (2,4), (3,7): r = 5 / sqrt(2 * 12.6667)
        assertThat(r).isCloseTo(5 / Math.sqrt(2 * (38 / 3.0)), within(1e-12));
    }
}
