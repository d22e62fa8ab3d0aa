package org.segmentlab.core.segment.cluster;

import java.util.List;

/**
 * The measures of a segmentation for every k in a range, and the k they point to.
 *
 * @param rows                  one per k, ascending
 * @param suggestedK            the k most criteria agree on
 * @param reason                why, in words, e.g. "k = 4: highest silhouette (0.41); the elbow flattens after 4"
 * @param elbowK                where the WCSS curve bends most; 0 when it has no clear bend
 * @param silhouetteSampled     true when silhouettes were computed on a seeded sample
 * @param silhouetteSampleSize  how many customers the silhouettes were computed on
 */
public record KSweep(ClusteringAlgorithm algorithm, List<KSweepRow> rows, int suggestedK, String reason, int elbowK,
                     boolean silhouetteSampled, int silhouetteSampleSize) {

    public KSweep {
        rows = List.copyOf(rows);
    }

    public KSweepRow row(int k) {
        return rows.stream().filter(r -> r.k() == k).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("k = " + k + " is not in the sweep"));
    }
}
