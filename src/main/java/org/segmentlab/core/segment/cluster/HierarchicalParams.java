package org.segmentlab.core.segment.cluster;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;
import org.segmentlab.core.features.scale.FeatureScaling;

/**
 * Agglomerative clustering: merges customers bottom-up into a tree, then cuts it into {@code k}
 * segments, or at {@code cutHeight} when that is given (then k is what the cut yields).
 *
 * @param cutHeight where to cut the tree, in scaled units; null to cut into k segments
 * @param seed      seeds the silhouette sample on large data
 */
public record HierarchicalParams(Linkage linkage, int k,
                                 @JsonInclude(JsonInclude.Include.NON_NULL) Double cutHeight,
                                 FeatureScaling scaling, long seed) implements ClusteringParams {

    public HierarchicalParams {
        Objects.requireNonNull(linkage, "linkage");
        Objects.requireNonNull(scaling, "scaling");
        if (cutHeight == null && k < 1) {
            throw new IllegalArgumentException("k must be at least 1, was " + k);
        }
        if (cutHeight != null && !(cutHeight >= 0)) {
            throw new IllegalArgumentException("cut height must be zero or more, was " + cutHeight);
        }
    }

    public static HierarchicalParams of(Linkage linkage, int k) {
        return new HierarchicalParams(linkage, k, null, FeatureScaling.ZSCORE, DEFAULT_SEED);
    }

    @Override
    public ClusteringAlgorithm algorithm() {
        return ClusteringAlgorithm.HIERARCHICAL;
    }

    @Override
    public HierarchicalParams withK(int newK) {
        return new HierarchicalParams(linkage, newK, null, scaling, seed);
    }

    public HierarchicalParams withScaling(FeatureScaling newScaling) {
        return new HierarchicalParams(linkage, k, cutHeight, newScaling, seed);
    }

    public HierarchicalParams withCutHeight(double height) {
        return new HierarchicalParams(linkage, k, height, scaling, seed);
    }
}
