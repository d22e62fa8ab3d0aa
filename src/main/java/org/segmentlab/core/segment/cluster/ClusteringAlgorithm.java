package org.segmentlab.core.segment.cluster;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The clustering methods on offer, with the names used on the command line and in the project file. */
public enum ClusteringAlgorithm {
    KMEANS("kmeans", "k-means"),
    DBSCAN("dbscan", "DBSCAN"),
    HIERARCHICAL("hierarchical", "Hierarchical (agglomerative)"),
    GMM("gmm", "Gaussian mixture");

    private final String cliName;
    private final String label;

    ClusteringAlgorithm(String cliName, String label) {
        this.cliName = cliName;
        this.label = label;
    }

    public String cliName() {
        return cliName;
    }

    public String label() {
        return label;
    }

    /** False for DBSCAN, which finds the number of segments itself. */
    public boolean takesK() {
        return this != DBSCAN;
    }

    public static ClusteringAlgorithm fromCliName(String name) {
        String wanted = name.trim().toLowerCase(Locale.ROOT).replace("-", "");
        for (ClusteringAlgorithm a : values()) {
            if (a.cliName.equals(wanted)) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown algorithm '" + name + "'; use one of "
                + Arrays.stream(values()).map(ClusteringAlgorithm::cliName).collect(Collectors.joining("|")));
    }
}
