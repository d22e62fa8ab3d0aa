package org.segmentlab.core.features.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.segmentlab.core.features.FeatureMatrix;

class ScalerTest {

    private static FeatureMatrix oneFeature(double... values) {
        List<String> ids = new ArrayList<>();
        double[][] rows = new double[values.length][];
        for (int i = 0; i < values.length; i++) {
            ids.add("c" + i);
            rows[i] = new double[] {values[i]};
        }
        return new FeatureMatrix(ids, List.of("x"), rows);
    }

    private static double[] scaled(FeatureScaling method, double... values) {
        FeatureMatrix m = oneFeature(values);
        double[][] out = Scaler.fit(m, method).transform(m);
        double[] col = new double[out.length];
        for (int i = 0; i < out.length; i++) {
            col[i] = out[i][0];
        }
        return col;
    }

    @Test
    void zScoreUsesThePopulationStandardDeviation() {
        // mean 2.5; variance ((1.5² + 0.5²) × 2) / 4 = 1.25; sd = 1.118034
        assertThat(scaled(FeatureScaling.ZSCORE, 1, 2, 3, 4))
                .containsExactly(new double[] {-1.341641, -0.447214, 0.447214, 1.341641}, within(1e-6));
    }

    @Test
    void minMaxMapsTheRangeOntoZeroToOne() {
        assertThat(scaled(FeatureScaling.MINMAX, 2, 4, 10)).containsExactly(new double[] {0, 0.25, 1}, within(1e-12));
    }

    @Test
    void robustScalingUsesMedianAndInterquartileRange() {
        // median 3, Q1 2, Q3 4 (linear interpolation), IQR 2: the outlier 100 does not move the others
        assertThat(scaled(FeatureScaling.ROBUST, 1, 2, 3, 4, 100))
                .containsExactly(new double[] {-1, -0.5, 0, 0.5, 48.5}, within(1e-12));
    }

    @Test
    void logZScoreKeepsTheSignOfNegativeValues() {
        // g(x) = log1p(x) for x ≥ 0, −log1p(−x) below: g = {−ln 4, 0, ln 4}; mean 0, sd ln 4 · sqrt(2/3)
        double sd = Math.log(4) * Math.sqrt(2.0 / 3);
        assertThat(scaled(FeatureScaling.LOG_ZSCORE, -3, 0, 3))
                .containsExactly(new double[] {-Math.log(4) / sd, 0, Math.log(4) / sd}, within(1e-12));
    }

    @Test
    void noneLeavesValuesAsTheyAre() {
        assertThat(scaled(FeatureScaling.NONE, 5, -1, 7)).containsExactly(5, -1, 7);
    }

    @Test
    void missingValuesTakeTheMedianBeforeScaling() {
        FeatureMatrix m = oneFeature(1, Double.NaN, 3, 10);
        Scaler s = Scaler.fit(m, FeatureScaling.ZSCORE);
        assertThat(s.imputeValues()).containsExactly(3);
        // imputed column {1, 3, 3, 10}: mean 4.25, sd sqrt((10.5625 + 1.5625·2 + 33.0625) / 4) = sqrt(11.6875)
        assertThat(s.centers()[0]).isCloseTo(4.25, within(1e-12));
        assertThat(s.spreads()[0]).isCloseTo(Math.sqrt(11.6875), within(1e-12));
        assertThat(s.transformRow(new double[] {Double.NaN})[0])
                .isCloseTo((3 - 4.25) / Math.sqrt(11.6875), within(1e-12));
    }

    @Test
    void aConstantFeatureScalesToAConstantInsteadOfDividingByZero() {
        assertThat(scaled(FeatureScaling.ZSCORE, 7, 7, 7)).containsExactly(0, 0, 0);
        assertThat(scaled(FeatureScaling.MINMAX, 7, 7, 7)).containsExactly(0, 0, 0);
    }

    @Test
    void aFeatureWithoutAnyValueIsNamedInTheError() {
        FeatureMatrix m = new FeatureMatrix(List.of("a", "b"), List.of("Annual Income (k$)", "score"),
                new double[][] {{Double.NaN, 1}, {Double.NaN, 2}});
        assertThatThrownBy(() -> Scaler.fit(m, FeatureScaling.ZSCORE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'Annual Income (k$)'").hasMessageContaining("no values");
    }

    @ParameterizedTest
    @EnumSource(FeatureScaling.class)
    void scalingRoundTripsBackToOriginalUnits(FeatureScaling method) {
        FeatureMatrix m = new FeatureMatrix(List.of("a", "b", "c", "d"), List.of("spend", "refunds"),
                new double[][] {{120.5, -3}, {0, 0}, {9_800, -250}, {42, 12}});
        Scaler s = Scaler.fit(m, method);
        for (double[] row : m.rows()) {
            assertThat(s.inverseRow(s.transformRow(row))).containsExactly(row, within(1e-9 * 10_000));
        }
    }

    @Test
    void aFittedScalerSurvivesJson() throws Exception {
        FeatureMatrix m = new FeatureMatrix(List.of("a", "b", "c"), List.of("recency_days", "monetary"),
                new double[][] {{3, 120.5}, {40, Double.NaN}, {365, 9.99}});
        Scaler s = Scaler.fit(m, FeatureScaling.LOG_ZSCORE);
        ObjectMapper json = new ObjectMapper();
        String text = json.writeValueAsString(s);
        assertThat(text).contains("\"method\":\"LOG_ZSCORE\"").contains("\"featureNames\":[\"recency_days\",\"monetary\"]");
        Scaler back = json.readValue(text, Scaler.class);
        assertThat(back).isEqualTo(s);
        assertThat(back.transformRow(new double[] {10, 50})).containsExactly(s.transformRow(new double[] {10, 50}));
    }

    @Test
    void transformRefusesFeaturesInAnotherOrder() {
        FeatureMatrix m = new FeatureMatrix(List.of("a"), List.of("x", "y"), new double[][] {{1, 2}});
        Scaler s = Scaler.fit(m, FeatureScaling.NONE);
        FeatureMatrix swapped = new FeatureMatrix(List.of("a"), List.of("y", "x"), new double[][] {{2, 1}});
        assertThatThrownBy(() -> s.transform(swapped)).hasMessageContaining("do not match");
    }

    @Test
    void commandLineNamesParse() {
        assertThat(FeatureScaling.fromCliName("zscore")).isEqualTo(FeatureScaling.ZSCORE);
        assertThat(FeatureScaling.fromCliName("MinMax")).isEqualTo(FeatureScaling.MINMAX);
        assertThat(FeatureScaling.fromCliName("robust")).isEqualTo(FeatureScaling.ROBUST);
        assertThat(FeatureScaling.fromCliName("log-zscore")).isEqualTo(FeatureScaling.LOG_ZSCORE);
        assertThat(FeatureScaling.fromCliName("none")).isEqualTo(FeatureScaling.NONE);
        assertThatThrownBy(() -> FeatureScaling.fromCliName("std"))
                .hasMessageContaining("zscore|minmax|robust|log-zscore|none");
    }
}
