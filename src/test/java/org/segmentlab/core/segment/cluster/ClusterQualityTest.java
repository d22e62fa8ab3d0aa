package org.segmentlab.core.segment.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.segmentlab.core.Progress;

class ClusterQualityTest {

    /**
     * Four customers on a line, segments {0, 2} and {6, 10}; means 1 and 8, overall mean 4.5.
     * WCSS = 1 + 1 + 4 + 4 = 10. B = 2·3.5² + 2·3.5² = 49, CH = (49 / 1) / (10 / 2) = 9.8.
     * Spreads (mean distance to the centre) 1 and 2, centres 7 apart: DB = ((1 + 2) / 7 + (2 + 1) / 7) / 2 = 3/7.
     * Silhouettes: 0 → a 2, b 8, 0.75; 2 → a 2, b 6, 2/3; 6 → a 4, b 5, 0.2; 10 → a 4, b 9, 5/9;
     * mean 0.5430556. scikit-learn 1.2.1 gives the same four figures.
     */
    @Test
    void measuresEqualHandComputedValuesOnATinyCase() {
        double[][] rows = {{0}, {2}, {6}, {10}};
        ClusterMetrics m = ClusterQuality.measure(rows, new int[] {0, 0, 1, 1}, 42);
        assertThat(m.wcss()).isCloseTo(10, within(1e-12));
        assertThat(m.calinskiHarabasz()).isCloseTo(9.8, within(1e-12));
        assertThat(m.daviesBouldin()).isCloseTo(3.0 / 7, within(1e-12));
        assertThat(m.silhouette()).isCloseTo((0.75 + 2.0 / 3 + 0.2 + 5.0 / 9) / 4, within(1e-12));
        assertThat(m.silhouetteSampled()).isFalse();
        assertThat(m.silhouetteSampleSize()).isEqualTo(4);
        assertThat(m.bic()).isNaN();
    }

    /**
     * Two dimensions and a segment of one customer (its silhouette is 0 by convention). Expected
     * figures from scikit-learn 1.2.1: silhouette_samples, silhouette_score, calinski_harabasz_score,
     * davies_bouldin_score on the same six points.
     */
    @Test
    void measuresMatchScikitLearnWithASingletonSegment() {
        double[][] rows = {{0, 0}, {0, 2}, {1, 1}, {5, 5}, {6, 5}, {9, 0}};
        int[] labels = {0, 0, 0, 1, 1, 2};
        ClusterMetrics m = ClusterQuality.measure(rows, labels, 42);
        assertThat(m.silhouette()).isCloseTo(0.655101659922145, within(1e-12));
        assertThat(m.calinskiHarabasz()).isCloseTo(44.13157894736842, within(1e-9));
        assertThat(m.daviesBouldin()).isCloseTo(0.18072663768664002, within(1e-12));

        double[] x = Labels.flatten(rows, 2);
        int[] all = {0, 1, 2, 3, 4, 5};
        ExecutorService pool = Executors.newSingleThreadExecutor();
        double[] values;
        try {
            values = Silhouette.values(x, 2, all, new int[][] {labels}, new int[] {3}, pool, 1, Progress.none())[0];
        } finally {
            pool.shutdownNow();
        }
        assertThat(values).containsExactly(new double[] {0.77057048, 0.72771584, 0.76546997, 0.83835226,
            0.82850141, 0}, within(1e-8));
    }

    @Test
    void noiseIsLeftOutOfEveryMeasure() {
        double[][] rows = {{0}, {2}, {6}, {10}, {1000}};
        ClusterMetrics withNoise = ClusterQuality.measure(rows, new int[] {0, 0, 1, 1, -1}, 42);
        ClusterMetrics without = ClusterQuality.measure(new double[][] {{0}, {2}, {6}, {10}},
                new int[] {0, 0, 1, 1}, 42);
        assertThat(withNoise).isEqualTo(without);
    }

    @Test
    void oneSegmentHasNoSilhouetteNorCalinskiHarabasz() {
        ClusterMetrics m = ClusterQuality.measure(new double[][] {{0}, {1}, {3}}, new int[] {0, 0, 0}, 42);
        assertThat(m.silhouette()).isNaN();
        assertThat(m.calinskiHarabasz()).isNaN();
        assertThat(m.daviesBouldin()).isNaN();
        // WCSS around the mean 4/3: (16 + 1 + 25) / 9
        assertThat(m.wcss()).isCloseTo(42.0 / 9, within(1e-12));
    }

    @Test
    void aboveTenThousandCustomersTheSilhouetteUsesASeededSampleAndSaysSo() {
        Blobs blobs = Blobs.generate(12_000, 2, 3, 10, 1, 5);
        ClusterMetrics a = ClusterQuality.measure(blobs.rows, blobs.truth, 42);
        ClusterMetrics b = ClusterQuality.measure(blobs.rows, blobs.truth, 42);
        ClusterMetrics other = ClusterQuality.measure(blobs.rows, blobs.truth, 43);
        assertThat(a.silhouetteSampled()).isTrue();
        assertThat(a.silhouetteSampleSize()).isEqualTo(10_000);
        assertThat(b.silhouette()).isEqualTo(a.silhouette());
        assertThat(other.silhouette()).isNotEqualTo(a.silhouette()).isCloseTo(a.silhouette(), within(0.01));
    }
}
