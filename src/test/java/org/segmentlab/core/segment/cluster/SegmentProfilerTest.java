package org.segmentlab.core.segment.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.segmentlab.core.features.FeatureMatrix;

class SegmentProfilerTest {

    /**
     * Segment 0: recency 300/320/340, frequency 1/2/3, monetary 5000/6000/7000; segment 1: recency
     * 10/20/30, the same frequencies, monetary 100/200/300.
     * Recency: population mean 170, deviations ±130..170 → variance 136000 / 6, sd 150.5547; segment 0
     * mean 320 → z = 150 / 150.5547 = 0.99632. Monetary: mean 3100, variance 52.48e6 / 6, sd 2957.49;
     * segment 0 mean 6000 → z = 0.98056. Frequency: both segments at the mean, z = 0.
     */
    @Test
    void profilesGiveMeansMediansAndZScoresInOriginalUnits() {
        FeatureMatrix m = new FeatureMatrix(List.of("a", "b", "c", "d", "e", "f"),
                List.of("recency_days", "frequency", "monetary"),
                new double[][] {{300, 1, 5000}, {320, 2, 6000}, {340, 3, 7000}, {10, 1, 100}, {20, 2, 200},
                    {30, 3, 300}});
        List<SegmentProfile> p = SegmentProfiler.profile(m, new int[] {0, 0, 0, 1, 1, 1});
        assertThat(p).hasSize(2);
        SegmentProfile lapsed = p.get(0);
        assertThat(lapsed.segmentId()).isZero();
        assertThat(lapsed.size()).isEqualTo(3);
        assertThat(lapsed.share()).isEqualTo(0.5);
        assertThat(lapsed.feature("recency_days").mean()).isEqualTo(320);
        assertThat(lapsed.feature("recency_days").median()).isEqualTo(320);
        assertThat(lapsed.feature("recency_days").zScore()).isCloseTo(150 / Math.sqrt(136_000 / 6.0), within(1e-12));
        assertThat(lapsed.feature("monetary").zScore()).isCloseTo(2900 / Math.sqrt(52.48e6 / 6), within(1e-9));
        assertThat(lapsed.feature("frequency").zScore()).isEqualTo(0);
        assertThat(lapsed.distinguishing()).containsExactly("recency_days", "monetary");
        assertThat(lapsed.suggestedName()).isEqualTo("Lapsed big spenders");
        assertThat(p.get(1).suggestedName()).isEqualTo("Recent · Low spend");
        assertThat(p.get(1).feature("monetary").median()).isEqualTo(200);
    }

    @Test
    void noiseComesLastUnderItsOwnNameAndMissingValuesAreLeftOut() {
        FeatureMatrix m = new FeatureMatrix(List.of("a", "b", "c", "d"), List.of("x"),
                new double[][] {{1}, {Double.NaN}, {3}, {100}});
        List<SegmentProfile> p = SegmentProfiler.profile(m, new int[] {0, 0, 0, -1});
        assertThat(p).extracting(SegmentProfile::segmentId).containsExactly(0, -1);
        assertThat(p.get(0).feature("x").mean()).isEqualTo(2);
        assertThat(p.get(0).feature("x").median()).isEqualTo(2);
        assertThat(p.get(0).share()).isEqualTo(0.75);
        assertThat(p.get(1).suggestedName()).isEqualTo(SegmentNamer.NOISE_NAME);
    }

    /**
     * Seven one-time small spenders and three big ones: on the raw scale the small spenders' mean sits
     * close to everyone's (|z| under 0.5: "close to average"), on the log scale they clustered on they
     * stand apart. Their z is the z of log(1 + spend), worked out here by hand.
     */
    @Test
    void aLogScaledClusteringNamesItsSegmentsByTheZOfTheLogValues() {
        double[] spend = {10, 12, 11, 9, 10, 12, 11, 900, 1500, 30000};
        double[][] rows = new double[spend.length][];
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < spend.length; i++) {
            rows[i] = new double[] {spend[i]};
            ids.add("c" + i);
        }
        FeatureMatrix matrix = new FeatureMatrix(ids, List.of("monetary"), rows);
        ClusteringResult result = new ClusteringService(1).run(matrix,
                KMeansParams.of(2).withScaling(org.segmentlab.core.features.scale.FeatureScaling.LOG_ZSCORE)
                        .withSeed(3), org.segmentlab.core.Progress.none());
        int small = result.assignments()[0];
        for (int i = 0; i < 7; i++) {
            assertThat(result.assignments()[i]).isEqualTo(small);
        }

        double[] logs = new double[spend.length];
        double mean = 0;
        for (int i = 0; i < spend.length; i++) {
            logs[i] = Math.log1p(spend[i]);
            mean += logs[i] / spend.length;
        }
        double ss = 0;
        for (double l : logs) {
            ss += (l - mean) * (l - mean);
        }
        double sd = Math.sqrt(ss / spend.length);
        double smallMean = 0;
        for (int i = 0; i < 7; i++) {
            smallMean += logs[i] / 7;
        }
        double expected = (smallMean - mean) / sd;

        SegmentProfile onLogs = SegmentProfiler.profile(matrix, result).stream()
                .filter(p -> p.segmentId() == small).findFirst().orElseThrow();
        assertThat(onLogs.feature("monetary").zScore()).isCloseTo(expected, within(1e-9)).isLessThan(-0.5);
        assertThat(onLogs.feature("monetary").mean()).isCloseTo(75.0 / 7, within(1e-9));
        assertThat(onLogs.distinguishing()).containsExactly("monetary");
        // on the raw scale the same customers would pass for average
        SegmentProfile raw = SegmentProfiler.profile(matrix, result.assignments()).stream()
                .filter(p -> p.segmentId() == small).findFirst().orElseThrow();
        assertThat(Math.abs(raw.feature("monetary").zScore())).isLessThan(0.5);
        assertThat(raw.distinguishing()).isEmpty();
    }
}
