package org.segmentlab.core.predict;

/**
 * How much the test ROC AUC drops when one feature's values are shuffled across customers.
 *
 * @param aucDrop mean drop over the repeats (0 or less: the model does not rely on the feature)
 * @param std     sample standard deviation of the drop over the repeats
 */
public record FeatureImportance(String feature, double aucDrop, double std) {
}
