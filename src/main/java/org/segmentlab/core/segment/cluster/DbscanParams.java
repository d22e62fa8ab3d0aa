package org.segmentlab.core.segment.cluster;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Objects;
import org.segmentlab.core.features.scale.FeatureScaling;

/**
 * DBSCAN: segments are dense regions; customers in no dense region are noise (segment −1).
 *
 * @param eps       the neighbourhood radius, in scaled units
 * @param minPoints customers (itself included) a customer needs within eps to be a core customer
 * @param seed      seeds the silhouette and k-distance samples on large data
 */
public record DbscanParams(double eps, int minPoints, FeatureScaling scaling, long seed) implements ClusteringParams {

    public static final int DEFAULT_MIN_POINTS = 5;

    public DbscanParams {
        if (!(eps > 0) || Double.isInfinite(eps)) {
            throw new IllegalArgumentException("eps must be a positive number, was " + eps);
        }
        if (minPoints < 1) {
            throw new IllegalArgumentException("minPoints must be at least 1, was " + minPoints);
        }
        Objects.requireNonNull(scaling, "scaling");
    }

    public static DbscanParams of(double eps, int minPoints) {
        return new DbscanParams(eps, minPoints, FeatureScaling.ZSCORE, DEFAULT_SEED);
    }

    @JsonIgnore
    @Override
    public ClusteringAlgorithm algorithm() {
        return ClusteringAlgorithm.DBSCAN;
    }

    @JsonIgnore
    @Override
    public int k() {
        return 0;
    }

    @Override
    public ClusteringParams withK(int newK) {
        throw new IllegalArgumentException("DBSCAN finds the number of segments itself; it takes no k");
    }

    public DbscanParams withScaling(FeatureScaling newScaling) {
        return new DbscanParams(eps, minPoints, newScaling, seed);
    }
}
