package org.segmentlab.core.segment.cluster;

/**
 * How well a segmentation separates the customers, measured on the scaled features the algorithm
 * saw. Noise customers (DBSCAN) are left out of every measure.
 *
 * @param wcss                  within-segment sum of squared distances to the segment means (lower is tighter)
 * @param silhouette            mean silhouette, −1..1 (higher is better); NaN with fewer than two segments
 * @param calinskiHarabasz      between- over within-segment dispersion, each per degree of freedom (higher is better)
 * @param daviesBouldin         mean over segments of the worst ratio of spread to separation (lower is better)
 * @param silhouetteSampled     true when the silhouette was computed on a seeded sample
 * @param silhouetteSampleSize  how many customers the silhouette was computed on
 * @param bic                   Bayesian information criterion of a Gaussian mixture (lower is better); NaN otherwise
 */
public record ClusterMetrics(double wcss, double silhouette, double calinskiHarabasz, double daviesBouldin,
                             boolean silhouetteSampled, int silhouetteSampleSize, double bic) {
}
