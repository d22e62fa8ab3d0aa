package org.segmentlab.core.segment.cluster;

/**
 * One feature within one segment, in original units.
 *
 * @param mean   mean over the segment's customers (missing values left out)
 * @param median median over the segment's customers
 * @param zScore how many population standard deviations the segment mean lies from the population mean
 */
public record FeatureProfile(String feature, double mean, double median, double zScore) {
}
