package org.segmentlab.core.predict;

/** Mean and sample standard deviation (n − 1) of one metric over cross-validation folds. */
public record MetricSummary(double mean, double std) {

    static MetricSummary of(double[] values) {
        return new MetricSummary(PermutationImportance.mean(values), PermutationImportance.sampleStd(values));
    }
}
