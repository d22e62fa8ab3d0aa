package org.segmentlab.core.segment.cluster;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Objects;
import org.segmentlab.core.features.scale.FeatureScaling;

/**
 * k-means: k segments around centres, k-means++ starts, the best of {@code restarts} runs (lowest WCSS).
 *
 * @param maxIterations Lloyd iterations per run before it stops unconverged
 */
public record KMeansParams(int k, int restarts, int maxIterations, FeatureScaling scaling, long seed)
        implements ClusteringParams {

    public static final int DEFAULT_RESTARTS = 10;
    public static final int DEFAULT_MAX_ITERATIONS = 300;

    public KMeansParams {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, was " + k);
        }
        if (restarts < 1) {
            throw new IllegalArgumentException("restarts must be at least 1, was " + restarts);
        }
        if (maxIterations < 1) {
            throw new IllegalArgumentException("maxIterations must be at least 1, was " + maxIterations);
        }
        Objects.requireNonNull(scaling, "scaling");
    }

    /** k segments with the defaults: z-score scaling, 10 restarts, seed 42. */
    public static KMeansParams of(int k) {
        return new KMeansParams(k, DEFAULT_RESTARTS, DEFAULT_MAX_ITERATIONS, FeatureScaling.ZSCORE, DEFAULT_SEED);
    }

    @JsonIgnore
    @Override
    public ClusteringAlgorithm algorithm() {
        return ClusteringAlgorithm.KMEANS;
    }

    @Override
    public KMeansParams withK(int newK) {
        return new KMeansParams(newK, restarts, maxIterations, scaling, seed);
    }

    public KMeansParams withScaling(FeatureScaling newScaling) {
        return new KMeansParams(k, restarts, maxIterations, newScaling, seed);
    }

    public KMeansParams withSeed(long newSeed) {
        return new KMeansParams(k, restarts, maxIterations, scaling, newSeed);
    }

    public KMeansParams withRestarts(int newRestarts) {
        return new KMeansParams(k, newRestarts, maxIterations, scaling, seed);
    }
}
