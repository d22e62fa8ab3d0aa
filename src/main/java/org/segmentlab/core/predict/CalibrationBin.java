package org.segmentlab.core.predict;

/**
 * Customers whose score falls in {@code [lower, upper)} (the last bin includes 1): the mean score
 * against the share that turned out positive. A calibrated model has the two close. NaN when empty.
 */
public record CalibrationBin(double lower, double upper, int count, double meanPredicted, double observedRate) {
}
