package org.segmentlab.core.segment.cluster;

/**
 * The measures of one k in a sweep (see {@link ClusterMetrics} for what each means).
 *
 * @param bic NaN unless the sweep fitted Gaussian mixtures
 */
public record KSweepRow(int k, double wcss, double silhouette, double calinskiHarabasz, double daviesBouldin,
                        double bic) {
}
