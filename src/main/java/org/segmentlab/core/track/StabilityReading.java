package org.segmentlab.core.track;

/**
 * Hennig's reading of a segment's mean bootstrap Jaccard similarity (Hennig 2007, "Cluster-wise
 * assessment of cluster stability"): below 0.6 the segment dissolves and should not be trusted,
 * 0.6 to 0.75 it shows a pattern, from 0.75 it is stable, from 0.85 highly stable.
 */
public enum StabilityReading {
    DO_NOT_TRUST("do not trust"), PATTERN("a pattern"), STABLE("stable"), HIGHLY_STABLE("highly stable");

    private final String words;

    StabilityReading(String words) {
        this.words = words;
    }

    public static StabilityReading of(double meanJaccard) {
        if (meanJaccard >= 0.85) {
            return HIGHLY_STABLE;
        }
        if (meanJaccard >= 0.75) {
            return STABLE;
        }
        return meanJaccard >= 0.6 ? PATTERN : DO_NOT_TRUST;
    }

    /** The reading as the CSV files and the report write it. */
    public String words() {
        return words;
    }
}
