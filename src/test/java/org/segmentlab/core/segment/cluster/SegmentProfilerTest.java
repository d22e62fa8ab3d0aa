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
}
