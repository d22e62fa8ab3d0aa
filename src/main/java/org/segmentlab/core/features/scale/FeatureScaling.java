package org.segmentlab.core.features.scale;

import org.segmentlab.core.CliNames;


/**
 * How features are put on a common footing before distances are measured. Without it, a feature
 * measured in thousands (spend) drowns one measured in units (orders).
 */
public enum FeatureScaling {
    /** (x − mean) / standard deviation. */
    ZSCORE("zscore", "Z-score"),
    /** (x − min) / (max − min), into 0..1. */
    MINMAX("minmax", "Min–max"),
    /** (x − median) / interquartile range: outliers pull it less than the z-score. */
    ROBUST("robust", "Robust (median / IQR)"),
    /**
     * log(1 + x), then z-score: for skewed amounts such as spend and order counts. Negative values
     * keep their sign: −log(1 + |x|).
     */
    LOG_ZSCORE("log-zscore", "Log, then z-score"),
    /** Values as they are. */
    NONE("none", "No scaling");

    private final String cliName;
    private final String label;

    FeatureScaling(String cliName, String label) {
        this.cliName = cliName;
        this.label = label;
    }

    /** The name used on the command line: zscore, minmax, robust, log-zscore or none. */
    public String cliName() {
        return cliName;
    }

    /** The name shown to the user. */
    public String label() {
        return label;
    }

    /** Parses a command-line name (case-insensitive; underscores are accepted for dashes). */
    public static FeatureScaling fromCliName(String name) {
        return CliNames.parse(values(), FeatureScaling::cliName, name, "scaling");
    }
}
