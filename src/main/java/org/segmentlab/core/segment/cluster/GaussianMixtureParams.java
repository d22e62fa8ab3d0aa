package org.segmentlab.core.segment.cluster;

import java.util.Objects;
import org.segmentlab.core.features.scale.FeatureScaling;

/**
 * A Gaussian mixture of k components fitted by EM; each customer goes to the component with the
 * highest posterior probability.
 *
 * @param restarts EM runs from k-means solutions (each with its own seed) and from random customers
 *                 (see {@code GaussianMixtureEm}); the one with the highest likelihood is kept. The default, 10, reaches
 *                 scikit-learn's best of 10 starts on Mall Customers at every k from 2 to 8
 */
public record GaussianMixtureParams(int k, CovarianceType covariance, int restarts, int maxIterations,
                                    FeatureScaling scaling, long seed) implements ClusteringParams {

    public static final int DEFAULT_RESTARTS = 10;
    public static final int DEFAULT_MAX_ITERATIONS = 100;

    public GaussianMixtureParams {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, was " + k);
        }
        if (restarts < 1) {
            throw new IllegalArgumentException("restarts must be at least 1, was " + restarts);
        }
        if (maxIterations < 1) {
            throw new IllegalArgumentException("maxIterations must be at least 1, was " + maxIterations);
        }
        Objects.requireNonNull(covariance, "covariance");
        Objects.requireNonNull(scaling, "scaling");
    }

    public static GaussianMixtureParams of(int k) {
        return new GaussianMixtureParams(k, CovarianceType.FULL, DEFAULT_RESTARTS, DEFAULT_MAX_ITERATIONS, FeatureScaling.ZSCORE,
                DEFAULT_SEED);
    }

    @Override
    public ClusteringAlgorithm algorithm() {
        return ClusteringAlgorithm.GMM;
    }

    @Override
    public GaussianMixtureParams withK(int newK) {
        return new GaussianMixtureParams(newK, covariance, restarts, maxIterations, scaling, seed);
    }

    public GaussianMixtureParams withCovariance(CovarianceType newCovariance) {
        return new GaussianMixtureParams(k, newCovariance, restarts, maxIterations, scaling, seed);
    }

    public GaussianMixtureParams withScaling(FeatureScaling newScaling) {
        return new GaussianMixtureParams(k, covariance, restarts, maxIterations, newScaling, seed);
    }

    public GaussianMixtureParams withRestarts(int newRestarts) {
        return new GaussianMixtureParams(k, covariance, newRestarts, maxIterations, scaling, seed);
    }

    public GaussianMixtureParams withSeed(long newSeed) {
        return new GaussianMixtureParams(k, covariance, restarts, maxIterations, scaling, newSeed);
    }
}
