package org.segmentlab.core.track;

import java.util.Locale;
import org.segmentlab.core.features.drift.DriftReading;
import org.segmentlab.core.features.drift.PopulationStability;

/**
 * Segments over time in one plain sentence, for the workbench and the report: the most telling move
 * between two snapshots and how far the segment shares drifted, e.g. "31% of the customers in Champions on
 * 2011-06-04 had moved to At Risk by 2011-12-10; the segment shares drifted moderately (PSI 0.12)."
 */
public final class TrackSummary {

    /** A segment must hold this share of the earlier customers for its moves to be the headline. */
    public static final double HEADLINE_SEGMENT_SHARE = 0.05;

    private TrackSummary() {
    }

    /**
     * The move and the drift from snapshot {@code from} to snapshot {@code to} (indices into the
     * result's snapshots). The move is the largest share of one segment (of those holding
     * {@value #HEADLINE_SEGMENT_SHARE} of the earlier customers or more) that went to one other
     * segment or was gone; ties go to the larger number of customers, then to the earlier segment.
     */
    public static String sentence(TrackResult result, int from, int to) {
        if (from < 0 || to >= result.snapshots().size() || from >= to) {
            throw new IllegalArgumentException("snapshots " + from + " to " + to + " of "
                    + result.snapshots().size() + " cannot be compared");
        }
        Snapshot a = result.snapshots().get(from);
        Snapshot b = result.snapshots().get(to);
        Migration m = SnapshotComparison.migration(a, b);
        String move = move(m, a.size());
        return Character.toUpperCase(move.charAt(0)) + move.substring(1) + "; " + drift(PopulationStability.categorical(a.segments(), b.segments())) + ".";
    }

    /** The sentence for the first snapshot against the last. */
    public static String sentence(TrackResult result) {
        return sentence(result, 0, result.snapshots().size() - 1);
    }

    static String move(Migration m, int earlierCustomers) {
        int n = m.segments().size();
        int bestRow = -1;
        int bestColumn = -1;
        for (int r = 0; r < n; r++) {
            long total = m.rowTotal(r);
            if (total == 0 || total < HEADLINE_SEGMENT_SHARE * earlierCustomers) {
                continue;
            }
            for (int c = 0; c <= n; c++) {
                if (c == r || m.customers()[r][c] == 0) {
                    continue;
                }
                if (bestRow < 0 || better(m, r, c, bestRow, bestColumn)) {
                    bestRow = r;
                    bestColumn = c;
                }
            }
        }
        if (bestRow < 0) {
            return "every customer of " + m.fromAsOf() + " was in the same segment on " + m.toAsOf();
        }
        String segment = m.segments().get(bestRow);
        String share = percent(m.rowShare(bestRow, bestColumn));
        if (bestColumn == n) {
            return share + " of the customers in " + segment + " on " + m.fromAsOf() + " were gone by " + m.toAsOf();
        }
        return share + " of the customers in " + segment + " on " + m.fromAsOf() + " had moved to "
                + m.segments().get(bestColumn) + " by " + m.toAsOf();
    }

    private static boolean better(Migration m, int r, int c, int bestRow, int bestColumn) {
        double share = m.rowShare(r, c);
        double best = m.rowShare(bestRow, bestColumn);
        if (share != best) {
            return share > best;
        }
        return m.customers()[r][c] > m.customers()[bestRow][bestColumn];
    }

    /** "the segment shares drifted little (PSI 0.03)", "moderately" from 0.1, "a lot" above 0.25. */
    static String drift(double psi) {
        DriftReading reading = DriftReading.of(psi);
        String how = reading == DriftReading.STABLE ? "little" : reading == DriftReading.MODERATE ? "moderately" : "a lot";
        return String.format(Locale.ROOT, "the segment shares drifted %s (PSI %.2f)", how, psi);
    }

    /** A share in whole percent; "less than 1%" rather than "0%" for a share that is not nothing. */
    static String percent(double share) {
        if (share > 0 && share < 0.005) {
            return "less than 1%";
        }
        return String.format(Locale.ROOT, "%.0f%%", 100 * share);
    }
}
