package org.segmentlab.core.segment.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.segmentlab.core.CancelledException;
import org.segmentlab.core.Progress;
import org.segmentlab.core.features.FeatureMatrix;
import org.segmentlab.core.features.scale.FeatureScaling;

class KMeansClusteringTest {

    private final ClusteringService service = new ClusteringService(2);

    @Test
    void plantedBlobsAreRecovered() {
        Blobs blobs = Blobs.generate(3_000, 3, 4, 10, 1.0, 11);
        ClusteringResult r = service.run(blobs.matrix(), KMeansParams.of(4), Progress.none());
        assertThat(r.k()).isEqualTo(4);
        assertThat(AdjustedRandIndex.of(r.assignments(), blobs.truth)).isGreaterThanOrEqualTo(0.95);
        assertThat(r.converged()).isTrue();
    }

    @Test
    void theSameSeedGivesTheSameSegmentsWhateverTheNumberOfThreads() {
        Blobs blobs = Blobs.generate(2_000, 4, 5, 3, 1.0, 2);
        KMeansParams params = KMeansParams.of(5).withSeed(7);
        ClusteringResult a = new ClusteringService(1).run(blobs.matrix(), params, Progress.none());
        ClusteringResult b = new ClusteringService(2).run(blobs.matrix(), params, Progress.none());
        ClusteringResult c = new ClusteringService(2).run(blobs.matrix(), params, Progress.none());
        assertThat(b.assignments()).containsExactly(a.assignments());
        assertThat(c.assignments()).containsExactly(a.assignments());
        assertThat(b.metrics()).isEqualTo(a.metrics());
    }

    @Test
    void anotherSeedStillFindsTheSameGroups() {
        Blobs blobs = Blobs.generate(3_000, 3, 4, 10, 1.0, 11);
        for (long seed : new long[] {1, 2, 3}) {
            ClusteringResult r = service.run(blobs.matrix(), KMeansParams.of(4).withSeed(seed), Progress.none());
            assertThat(AdjustedRandIndex.of(r.assignments(), blobs.truth)).isGreaterThanOrEqualTo(0.95);
        }
    }

    @Test
    void segmentsAreNumberedFromTheLargest() {
        java.util.Random rnd = new java.util.Random(4);
        // 600, 300 and 100 customers around three far-apart centres
        double[][] rows = new double[1_000][];
        for (int i = 0; i < rows.length; i++) {
            double centre = i < 100 ? 0 : i < 400 ? 50 : 100;
            rows[i] = new double[] {centre + rnd.nextGaussian(), rnd.nextGaussian()};
        }
        FeatureMatrix m = matrix(rows, "a", "b");
        ClusteringResult r = service.run(m, KMeansParams.of(3).withScaling(FeatureScaling.NONE), Progress.none());
        assertThat(r.sizes()).containsExactly(600, 300, 100);
        assertThat(r.assignments()[0]).isEqualTo(2);
        assertThat(r.assignments()[999]).isEqualTo(0);
        // centres in original units are the member means: about 100, 50 and 0 on the first feature
        assertThat(r.centroidsOriginal()[0][0]).isCloseTo(100, within(0.3));
        assertThat(r.centroidsOriginal()[1][0]).isCloseTo(50, within(0.3));
        assertThat(r.centroidsOriginal()[2][0]).isCloseTo(0, within(0.3));
    }

    @Test
    void centroidsAreReportedInScaledAndOriginalUnits() {
        FeatureMatrix m = matrix(new double[][] {{1, 100}, {3, 110}, {101, 300}, {103, 290}}, "x", "y");
        ClusteringResult r = service.run(m, KMeansParams.of(2).withScaling(FeatureScaling.MINMAX), Progress.none());
        // x scales by (x − 1) / 102, y by (y − 100) / 200: segment {1, 3} has mean (2, 105) → (1/102, 0.025)
        int low = r.assignments()[0];
        assertThat(r.assignments()).containsExactly(low, low, 1 - low, 1 - low);
        assertThat(r.centroidsOriginal()[low]).containsExactly(2, 105);
        assertThat(r.centroidsScaled()[low]).containsExactly(new double[] {1.0 / 102, 0.025}, within(1e-12));
        assertThat(r.scaler().method()).isEqualTo(FeatureScaling.MINMAX);
    }

    @Test
    void missingValuesAreImputedAndLeftOutOfOriginalMeans() {
        FeatureMatrix m = matrix(new double[][] {{1, 10}, {2, Double.NaN}, {100, 50}, {101, 52}}, "x", "y");
        ClusteringResult r = service.run(m, KMeansParams.of(2), Progress.none());
        int low = r.assignments()[0];
        assertThat(r.assignments()[1]).isEqualTo(low);
        assertThat(r.centroidsOriginal()[low][1]).isEqualTo(10);
    }

    @Test
    void asksForMoreSegmentsThanCustomersIsRefused() {
        FeatureMatrix m = matrix(new double[][] {{1}, {2}, {3}}, "x");
        assertThatThrownBy(() -> service.run(m, KMeansParams.of(4), Progress.none()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("k = 4")
                .hasMessageContaining("3 customers");
    }

    @Test
    void aCancelledRunStops() {
        Blobs blobs = Blobs.generate(5_000, 3, 4, 10, 1.0, 11);
        Progress cancelled = new Progress() {
            @Override
            public void update(double fraction, String message) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThatThrownBy(() -> service.run(blobs.matrix(), KMeansParams.of(4), cancelled))
                .isInstanceOf(CancelledException.class);
        assertThatThrownBy(() -> service.sweep(blobs.matrix(), KMeansParams.of(4), 2, 6, cancelled))
                .isInstanceOf(CancelledException.class);
    }

    @Test
    void progressReachesTheEnd() {
        double[] last = {0};
        Progress watch = new Progress() {
            @Override
            public synchronized void update(double fraction, String message) {
                last[0] = Math.max(last[0], fraction);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
        service.run(Blobs.generate(500, 2, 3, 10, 1, 1).matrix(), KMeansParams.of(3), watch);
        assertThat(last[0]).isEqualTo(1.0);
    }

    @Test
    void theLowestWcssOfTheRestartsIsKept() {
        // Points where a poor start is likely: many restarts can only lower the WCSS.
        Blobs blobs = Blobs.generate(1_500, 2, 8, 5, 1.0, 21);
        double one = service.run(blobs.matrix(), KMeansParams.of(8).withRestarts(1), Progress.none()).metrics().wcss();
        double ten = service.run(blobs.matrix(), KMeansParams.of(8).withRestarts(10), Progress.none()).metrics().wcss();
        assertThat(ten).isLessThanOrEqualTo(one);
    }

    @Test
    void everyCustomerIsNearestToItsOwnSegmentMean() {
        Blobs blobs = Blobs.generate(2_000, 3, 6, 2, 1.0, 8);
        ClusteringResult r = service.run(blobs.matrix(), KMeansParams.of(6), Progress.none());
        double[][] scaled = r.scaler().transform(blobs.matrix());
        double[][] c = r.centroidsScaled();
        int[] a = r.assignments();
        for (int i = 0; i < scaled.length; i++) {
            double own = dist2(scaled[i], c[a[i]]);
            for (double[] other : c) {
                assertThat(own).isLessThanOrEqualTo(dist2(scaled[i], other) + 1e-9);
            }
        }
    }

    private static double dist2(double[] p, double[] q) {
        double s = 0;
        for (int f = 0; f < p.length; f++) {
            s += (p[f] - q[f]) * (p[f] - q[f]);
        }
        return s;
    }

    static FeatureMatrix matrix(double[][] rows, String... features) {
        String[] ids = new String[rows.length];
        Arrays.setAll(ids, i -> "C" + i);
        return new FeatureMatrix(List.of(ids), List.of(features), rows);
    }
}
