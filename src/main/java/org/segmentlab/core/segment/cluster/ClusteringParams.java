package org.segmentlab.core.segment.cluster;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.segmentlab.core.features.scale.FeatureScaling;

/**
 * The settings of one clustering run, as the dialog, the command line and the project file give
 * them. In JSON the {@code algorithm} field says which kind it is
 * ({@code "kmeans"}, {@code "dbscan"}, {@code "hierarchical"}, {@code "gmm"}); no class names are written.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "algorithm")
@JsonSubTypes({
    @JsonSubTypes.Type(value = KMeansParams.class, name = "kmeans"),
    @JsonSubTypes.Type(value = DbscanParams.class, name = "dbscan"),
    @JsonSubTypes.Type(value = HierarchicalParams.class, name = "hierarchical"),
    @JsonSubTypes.Type(value = GaussianMixtureParams.class, name = "gmm")
})
public sealed interface ClusteringParams
        permits KMeansParams, DbscanParams, HierarchicalParams, GaussianMixtureParams {

    /** The default seed of every random choice. */
    long DEFAULT_SEED = 42;

    ClusteringAlgorithm algorithm();

    /** How features are scaled before distances are measured. */
    FeatureScaling scaling();

    /** Seeds every random choice of the run (starts, samples), so a run can be repeated exactly. */
    long seed();

    /** The number of segments asked for; 0 for DBSCAN, which finds it. */
    int k();

    /** The same settings with another number of segments (for a k sweep); DBSCAN refuses. */
    ClusteringParams withK(int newK);
}
