package org.segmentlab.core.segment.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.segmentlab.core.Progress;
import org.segmentlab.core.features.FeatureMatrix;
import org.segmentlab.core.features.scale.FeatureScaling;

class DbscanClusteringTest {

    private final ClusteringService service = new ClusteringService(2);

    private static FeatureMatrix twoBlobsAndAnOutlier() {
        Random rnd = new Random(5);
        double[][] rows = new double[401][];
        for (int i = 0; i < 400; i++) {
            double cx = i < 200 ? 0 : 10;
            rows[i] = new double[] {cx + rnd.nextGaussian() * 0.3, rnd.nextGaussian() * 0.3};
        }
        rows[400] = new double[] {5, 20};
        return KMeansClusteringTest.matrix(rows, "x", "y");
    }

    @Test
    void aPlantedOutlierIsNoise() {
        ClusteringResult r = service.run(twoBlobsAndAnOutlier(),
                new DbscanParams(1.0, 5, FeatureScaling.NONE, 42), Progress.none());
        int[] a = r.assignments();
        assertThat(a[400]).isEqualTo(-1);
        assertThat(r.noiseCount()).isEqualTo(1);
        assertThat(r.k()).isEqualTo(2);
        assertThat(r.sizes()).containsExactly(200, 200);
        int[] truth = new int[400];
        int[] found = new int[400];
        for (int i = 0; i < 400; i++) {
            truth[i] = i < 200 ? 0 : 1;
            found[i] = a[i];
        }
        assertThat(AdjustedRandIndex.of(found, truth)).isEqualTo(1.0);
        assertThat(r.kDistance()).isNotNull();
        assertThat(r.dendrogram()).isNull();
    }

    /**
     * On a line: 0, 1, 2 and 10, 11 and 30, eps 1.5, minPoints 3 (itself included). 0 and 2 have 2
     * customers within 1.5 (themselves and 1), 1 has 3: only 1 is core, 0 and 2 are its border.
     * 10 and 11 have 2 each: no core, noise. 30: noise.
     */
    @Test
    void coreAndBorderFollowTheDefinitionWithTheCustomerItselfCounted() {
        FeatureMatrix m = KMeansClusteringTest.matrix(new double[][] {{0}, {1}, {2}, {10}, {11}, {30}}, "x");
        ClusteringResult r = service.run(m, new DbscanParams(1.5, 3, FeatureScaling.NONE, 42), Progress.none());
        assertThat(r.assignments()).containsExactly(0, 0, 0, -1, -1, -1);
        ClusteringResult two = service.run(m, new DbscanParams(1.5, 2, FeatureScaling.NONE, 42), Progress.none());
        assertThat(two.assignments()).containsExactly(0, 0, 0, 1, 1, -1);
    }

    /** k-distance with minPoints 3 is the distance to the 2nd nearest other customer. */
    @Test
    void theKDistanceCurveIsSortedAndSuggestsAnEpsAtTheKnee() {
        FeatureMatrix m = KMeansClusteringTest.matrix(new double[][] {{0}, {1}, {2}, {10}, {11}, {30}}, "x");
        KDistanceCurve curve = service.run(m, new DbscanParams(1.5, 3, FeatureScaling.NONE, 42), Progress.none())
                .kDistance();
        // 0 → 2, 1 → 1, 2 → 2, 10 → 8, 11 → 9, 30 → 20
        assertThat(curve.k()).isEqualTo(2);
        assertThat(curve.distances()).containsExactly(1, 2, 2, 8, 9, 20);
        assertThat(curve.sampled()).isFalse();

        KDistanceCurve blobs = service.run(twoBlobsAndAnOutlier(), new DbscanParams(1.0, 5, FeatureScaling.NONE, 42),
                Progress.none()).kDistance();
        assertThat(blobs.customersUsed()).isEqualTo(401);
        // the knee lies in the dense part, well below the outlier's distance
        assertThat(blobs.suggestedEps()).isBetween(0.1, 1.5);
        assertThat(blobs.distances()[400]).isGreaterThan(10);
    }

    @Test
    void agreesWithAnIndependentBruteForceOnRandomData() {
        Random rnd = new Random(17);
        double[][] rows = new double[700][3];
        for (double[] r : rows) {
            for (int f = 0; f < 3; f++) {
                r[f] = rnd.nextDouble() * 10;
            }
        }
        double eps = 1.2;
        int minPoints = 6;
        ClusteringResult r = service.run(KMeansClusteringTest.matrix(rows, "a", "b", "c"),
                new DbscanParams(eps, minPoints, FeatureScaling.NONE, 42), Progress.none());
        int[] a = r.assignments();
        // core customers: by brute force; every core is in a segment, core neighbours share it
        for (int i = 0; i < rows.length; i++) {
            int within = 0;
            for (double[] other : rows) {
                if (dist(rows[i], other) <= eps) {
                    within++;
                }
            }
            if (within >= minPoints) {
                assertThat(a[i]).isGreaterThanOrEqualTo(0);
                for (int j = 0; j < rows.length; j++) {
                    if (dist(rows[i], rows[j]) <= eps) {
                        assertThat(a[j]).isGreaterThanOrEqualTo(0);
                    }
                }
            }
        }
        assertThat(r.metrics().silhouetteSampleSize()).isEqualTo(rows.length - r.noiseCount());
        assertThat(r.kDistance().suggestedEps()).isGreaterThan(0).isCloseTo(eps, within(eps));
    }

    private static double dist(double[] p, double[] q) {
        double s = 0;
        for (int f = 0; f < p.length; f++) {
            s += (p[f] - q[f]) * (p[f] - q[f]);
        }
        return Math.sqrt(s);
    }
}
