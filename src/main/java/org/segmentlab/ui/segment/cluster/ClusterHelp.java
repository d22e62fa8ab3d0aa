package org.segmentlab.ui.segment.cluster;

import org.segmentlab.core.segment.cluster.ClusteringAlgorithm;

/** One plain sentence on each method and setting of the Clusters panel. */
final class ClusterHelp {

    static final String SCALING = "Puts features on one footing, so spend in thousands does not drown visits in units.";
    static final String K_RANGE = "Each number of segments in this range is tried and measured; the best is suggested.";
    static final String CHOSEN_K = "Suggested by the sweep; pick another and press the button to re-segment.";
    static final String EPS = "How close customers must be to count as neighbours (scaled units); see the k-distance tab.";
    static final String MIN_POINTS = "Neighbours a customer needs to start a segment; the rest are outliers.";
    static final String LINKAGE = "Ward gives compact, even segments; complete and average follow the data's shape more.";
    static final String COVARIANCE = "Full lets segments be tilted ellipses; diagonal is steadier with few customers.";
    static final String SEED = "Fixes every random choice, so the same settings give the same segments.";

    private ClusterHelp() {
    }

    static String algorithm(ClusteringAlgorithm algorithm) {
        if (algorithm == null) {
            return "";
        }
        switch (algorithm) {
            case DBSCAN:
                return "Finds dense groups and leaves scattered customers out as outliers; it picks the number itself.";
            case HIERARCHICAL:
                return "Joins the most similar customers step by step into a tree, then cuts it into k segments.";
            case GMM:
                return "Fits k overlapping bell-shaped groups; good when segments differ in spread.";
            case KMEANS:
            default:
                return "Splits customers into k groups around centres; fast, and best for round, similar-sized groups.";
        }
    }
}
