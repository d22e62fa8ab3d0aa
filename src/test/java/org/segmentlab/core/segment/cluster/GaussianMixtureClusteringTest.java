package org.segmentlab.core.segment.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.segmentlab.core.Progress;
import org.segmentlab.core.features.FeatureMatrix;
import org.segmentlab.core.features.scale.FeatureScaling;

class GaussianMixtureClusteringTest {

    private final ClusteringService service = new ClusteringService(2);

    @ParameterizedTest
    @EnumSource(CovarianceType.class)
    void plantedBlobsAreRecovered(CovarianceType covariance) {
        Blobs blobs = Blobs.generate(2_000, 3, 4, 10, 1.0, 11);
        ClusteringResult r = service.run(blobs.matrix(), GaussianMixtureParams.of(4).withCovariance(covariance),
                Progress.none());
        assertThat(AdjustedRandIndex.of(r.assignments(), blobs.truth)).isGreaterThanOrEqualTo(0.95);
        assertThat(r.metrics().bic()).isFinite();
    }

    /**
     * Two elongated, tilted groups that k-means cuts across: a full covariance, with random starts
     * besides the k-means one, follows their shape.
     */
    @Test
    void aFullCovarianceFollowsTiltedGroupsThatKMeansCutsAcross() {
        Random rnd = new Random(3);
        double[][] rows = new double[1_000][];
        int[] truth = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            truth[i] = i % 2;
            double along = rnd.nextGaussian() * 6;
            double across = rnd.nextGaussian() * 0.4;
            rows[i] = new double[] {along + across, along - across + (truth[i] == 0 ? 0 : 4)};
        }
        FeatureMatrix m = KMeansClusteringTest.matrix(rows, "a", "b");
        ClusteringResult gmm = service.run(m, new GaussianMixtureParams(2, CovarianceType.FULL, 10, 200,
                FeatureScaling.NONE, 42), Progress.none());
        ClusteringResult km = service.run(m, KMeansParams.of(2).withScaling(FeatureScaling.NONE), Progress.none());
        assertThat(AdjustedRandIndex.of(gmm.assignments(), truth)).isGreaterThanOrEqualTo(0.95);
        assertThat(AdjustedRandIndex.of(km.assignments(), truth)).isLessThan(0.5);
    }

    /**
     * One Gaussian component on a single feature: the fit is the sample mean and variance, so
     * log L = −n/2 · (ln(2π σ²) + 1) with σ² the population variance (plus the 1e-6 ridge), and
     * BIC = −2 log L + 2 ln n (a mean and a variance).
     */
    @Test
    void bicOfOneComponentEqualsTheClosedForm() {
        double[][] rows = {{1}, {2}, {4}, {7}, {11}};
        double mean = 5;
        double variance = (16 + 9 + 1 + 4 + 36) / 5.0 + GaussianMixtureEm.RIDGE;
        double logL = -5 / 2.0 * (Math.log(2 * Math.PI * variance) + 1);
        ClusteringResult r = service.run(KMeansClusteringTest.matrix(rows, "x"),
                new GaussianMixtureParams(1, CovarianceType.DIAGONAL, 1, 100, FeatureScaling.NONE, 42), Progress.none());
        assertThat(r.metrics().bic()).isCloseTo(-2 * logL + 2 * Math.log(5), within(1e-6));
        assertThat(r.centroidsScaled()[0][0]).isCloseTo(mean, within(1e-12));
    }
}
