package org.segmentlab.core.track;

import java.util.ArrayList;
import java.util.List;

/**
 * Segments over time: the snapshots, what changed between consecutive ones and, for a clustering,
 * how far re-fitting agrees with the saved centres and how stable the segments are.
 *
 * @param segmentation  {@code rfm} or the id of the tracked clustering run
 * @param adjustedRand  per snapshot, saved centres against a re-fit (empty for RFM)
 * @param stability     per segment of the tracked clustering (empty for RFM or without a bootstrap)
 * @param warnings      what the reader should be told
 */
public record TrackResult(String segmentation, List<Snapshot> snapshots, List<Migration> migrations,
                          List<Drift> drift, List<Double> adjustedRand, List<SegmentStability> stability,
                          List<String> warnings) {

    public TrackResult {
        snapshots = List.copyOf(snapshots);
        migrations = List.copyOf(migrations);
        drift = List.copyOf(drift);
        adjustedRand = List.copyOf(adjustedRand);
        stability = List.copyOf(stability);
        warnings = List.copyOf(warnings);
    }

    public static final String RFM = "rfm";

    /** The drift rows of one pair of snapshots (index 0 compares the first snapshot with the second). */
    public List<Drift> driftOfPair(int pair) {
        Migration m = migrations.get(pair);
        List<Drift> out = new ArrayList<>();
        for (Drift d : drift) {
            if (d.fromAsOf().equals(m.fromAsOf()) && d.toAsOf().equals(m.toAsOf())) {
                out.add(d);
            }
        }
        return out;
    }
}
