package org.segmentlab.core.segment.cluster;

import java.util.List;
import org.segmentlab.core.features.scale.Scaler;

/**
 * What one clustering run found. Segment ids run 0..k−1 from the largest segment to the smallest;
 * DBSCAN noise is −1. Row {@code i} of every per-customer array is row {@code i} of the input matrix.
 *
 * @param customerIds        the customers, in input order
 * @param assignments        segment id per customer
 * @param k                  number of segments (noise not counted)
 * @param noiseCount         customers in no segment (DBSCAN only)
 * @param sizes              customers per segment, by segment id
 * @param scaler             the scaling fitted on this data, to place new customers the same way
 * @param centroidsScaled    segment means in the scaled space the algorithm saw, k × features
 * @param centroidsOriginal  segment means in original units (missing values left out), k × features
 * @param metrics            quality measures on the scaled features
 * @param silhouettes        silhouette per customer (a seeded sample above 10,000 customers)
 * @param dendrogram         the merge tree; null unless hierarchical
 * @param kDistance          the k-distance curve for choosing eps; null unless DBSCAN
 * @param converged          false when an iterative method hit its iteration limit
 * @param warnings           what makes this clustering doubtful (constant features, extreme values, missing
 *                           values filled in, outlier segments), each with the action that fixes it
 */
public record ClusteringResult(ClusteringParams params, List<String> customerIds, List<String> featureNames,
                               int[] assignments, int k, int noiseCount, int[] sizes, Scaler scaler,
                               double[][] centroidsScaled, double[][] centroidsOriginal, ClusterMetrics metrics,
                               SilhouetteValues silhouettes, Dendrogram dendrogram, KDistanceCurve kDistance,
                               boolean converged, List<String> warnings) {

    public ClusteringResult {
        customerIds = List.copyOf(customerIds);
        featureNames = List.copyOf(featureNames);
        warnings = List.copyOf(warnings);
    }

    @Override
    public int[] assignments() {
        return assignments.clone();
    }

    @Override
    public int[] sizes() {
        return sizes.clone();
    }

    /** What is needed to place new customers into these segments (nearest centre after the same scaling). */
    public SegmentationModel model() {
        return SegmentationModel.of(scaler, centroidsScaled);
    }
}
