package org.segmentlab.core.segment.cluster;

import org.segmentlab.core.CliNames;

/** How agglomerative clustering measures the distance between two groups of customers. */
public enum Linkage {
    /** The merge that adds least to the within-segment sum of squares: compact, even segments. */
    WARD("ward"),
    /** The furthest pair: compact segments, sensitive to outliers. */
    COMPLETE("complete"),
    /** The mean over all pairs (UPGMA). */
    AVERAGE("average");

    private final String cliName;

    Linkage(String cliName) {
        this.cliName = cliName;
    }

    public String cliName() {
        return cliName;
    }

    public static Linkage fromCliName(String name) {
        return CliNames.parse(values(), Linkage::cliName, name, "linkage");
    }
}
