package org.segmentlab.core.features;

/** Where a feature of the customer table comes from; the feature picker groups features by family. */
public enum FeatureFamily {
    TRANSACTIONS("Transactions"),
    EVENTS("Behaviour (events)"),
    ATTRIBUTES("Attributes"),
    PREPARED("Prepared"),
    /** What the analysis steps wrote back: segments, scores. */
    RESULTS("Results of the steps");

    private final String label;

    FeatureFamily(String label) {
        this.label = label;
    }

    /** The name shown to the user. */
    public String label() {
        return label;
    }
}
