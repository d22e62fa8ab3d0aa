package org.segmentlab.core.segment.cluster;

import org.segmentlab.core.CliNames;


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
        return CliNames.parse(values(), ClusteringAlgorithm::cliName, name, "algorithm");
    }
}
