package org.segmentlab.core.track;

/**
 * How well one segment comes back when the customers are resampled and clustered again.
 *
 * @param segmentId   the segment's id in the original clustering
 * @param name        its name
 * @param customers   its customers in the original clustering
 * @param jaccardMean the mean over resamples of the best Jaccard similarity to a refitted segment
 * @param jaccardSd   their sample standard deviation
 * @param resamples   the resamples that held at least one of its customers
 */
public record SegmentStability(int segmentId, String name, int customers, double jaccardMean, double jaccardSd,
                               int resamples, StabilityReading reading) {
}
