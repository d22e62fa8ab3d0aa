package org.segmentlab.core.track;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.segmentlab.core.CancelledException;
import org.segmentlab.core.Progress;
import org.segmentlab.core.features.FeatureMatrix;
import org.segmentlab.core.features.scale.FeatureScaling;
import org.segmentlab.core.segment.cluster.KMeansParams;
import org.segmentlab.core.segment.cluster.Refit;

class StabilityBootstrapTest {

    private static FeatureMatrix blobs(int perBlob, long seed) {
        Random random = new Random(seed);
        double[][] centres = {{0, 0}, {10, 0}, {0, 10}};
        List<String> ids = new ArrayList<>();
        double[][] rows = new double[3 * perBlob][];
        for (int b = 0; b < 3; b++) {
            for (int i = 0; i < perBlob; i++) {
                int r = b * perBlob + i;
                ids.add("c" + r);
                rows[r] = new double[] {centres[b][0] + random.nextGaussian(), centres[b][1] + random.nextGaussian()};
            }
        }
        return new FeatureMatrix(ids, List.of("x", "y"), rows);
    }

    private static FeatureMatrix uniform(int n, int d, long seed) {
        Random random = new Random(seed);
        List<String> ids = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int f = 0; f < d; f++) {
            names.add("f" + f);
        }
        double[][] rows = new double[n][d];
        for (int i = 0; i < n; i++) {
            ids.add("u" + i);
            for (int f = 0; f < d; f++) {
                rows[i][f] = random.nextDouble();
            }
        }
        return new FeatureMatrix(ids, names, rows);
    }

    @Test
    void bestJaccardOfOneResampleIsWorkedOutOnDistinctCustomers() {
        // original: {0,1,2} in segment 0, {3,4,5} in 1; drawn rows 0,0,1,3,4,2 (5 not drawn; 0 twice)
        // refit: 0,1 → A; 3,4,2 → B. Segment 0's drawn {0,1,2}: best with A {0,1} = 2/3.
        // Segment 1's drawn {3,4}: best with B {2,3,4} = 2/3.
        int[] labels = {0, 0, 0, 1, 1, 1};
        int[] drawn = {0, 0, 1, 3, 4, 2};
        int[] refit = {0, 0, 0, 1, 1, 1};
        double[] best = StabilityBootstrap.bestJaccard(labels, 2, drawn, refit);
        assertThat(best[0]).isCloseTo(2.0 / 3, within(1e-15));
        assertThat(best[1]).isCloseTo(2.0 / 3, within(1e-15));
    }

    @Test
    void aSegmentWithNoDrawnCustomerIsLeftOutOfThatResample() {
        double[] best = StabilityBootstrap.bestJaccard(new int[] {0, 1}, 2, new int[] {0, 0}, new int[] {0, 0});
        assertThat(best[0]).isEqualTo(1.0);
        assertThat(best[1]).isNaN();
    }

    @Test
    void plantedBlobsAreHighlyStable() {
        FeatureMatrix m = blobs(100, 3);
        KMeansParams params = KMeansParams.of(3).withScaling(FeatureScaling.ZSCORE);
        int[] labels = Refit.labels(m, params, Progress.none());
        List<SegmentStability> s = new StabilityBootstrap(2).assess(m, params, labels, List.of("A", "B", "C"), 40, 42,
                Progress.none());
        assertThat(s).hasSize(3);
        for (SegmentStability seg : s) {
            assertThat(seg.jaccardMean()).as(seg.name()).isGreaterThanOrEqualTo(0.85);
            assertThat(seg.reading()).isEqualTo(StabilityReading.HIGHLY_STABLE);
            assertThat(seg.customers()).isEqualTo(100);
            assertThat(seg.resamples()).isEqualTo(40);
        }
    }

    @Test
    void uniformNoiseIsNotStable() {
        FeatureMatrix m = uniform(300, 6, 5);
        KMeansParams params = KMeansParams.of(6).withScaling(FeatureScaling.ZSCORE);
        int[] labels = Refit.labels(m, params, Progress.none());
        List<SegmentStability> s = new StabilityBootstrap(2).assess(m, params, labels, List.of(), 40, 42,
                Progress.none());
        double mean = s.stream().mapToDouble(SegmentStability::jaccardMean).average().orElseThrow();
        assertThat(mean).isLessThan(0.6);
        assertThat(s.get(0).name()).isEqualTo("Segment 1");
    }

    @Test
    void theResultDoesNotDependOnTheNumberOfThreads() {
        FeatureMatrix m = uniform(200, 3, 9);
        KMeansParams params = KMeansParams.of(4);
        int[] labels = Refit.labels(m, params, Progress.none());
        List<SegmentStability> one = new StabilityBootstrap(1).assess(m, params, labels, List.of(), 12, 7, Progress.none());
        List<SegmentStability> two = new StabilityBootstrap(2).assess(m, params, labels, List.of(), 12, 7, Progress.none());
        assertThat(two).isEqualTo(one);
    }

    @Test
    void progressReachesTheEndAndACancelStopsTheBootstrap() {
        FeatureMatrix m = blobs(30, 1);
        KMeansParams params = KMeansParams.of(3);
        int[] labels = Refit.labels(m, params, Progress.none());
        AtomicInteger reports = new AtomicInteger();
        double[] last = {0};
        new StabilityBootstrap(2).assess(m, params, labels, List.of(), 10, 1, new Progress() {
            @Override
            public void update(double fraction, String message) {
                reports.incrementAndGet();
                last[0] = fraction;
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        });
        assertThat(reports.get()).isGreaterThanOrEqualTo(10);
        assertThat(last[0]).isEqualTo(1.0);
        assertThatThrownBy(() -> new StabilityBootstrap(2).assess(m, params, labels, List.of(), 10, 1, new Progress() {
            @Override
            public void update(double fraction, String message) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        })).isInstanceOf(CancelledException.class);
    }
}
