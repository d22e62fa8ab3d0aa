package org.segmentlab.report;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.segmentlab.core.Progress;
import org.segmentlab.core.data.DataFileException;
import org.segmentlab.core.features.drift.DriftReading;
import org.segmentlab.core.project.SavedSources;
import org.segmentlab.core.project.SavedTracking;
import org.segmentlab.core.project.TrackSettings;
import org.segmentlab.core.track.Drift;
import org.segmentlab.core.track.Migration;
import org.segmentlab.core.track.SegmentStability;
import org.segmentlab.core.track.Snapshot;
import org.segmentlab.core.track.SnapshotComparison;
import org.segmentlab.core.track.TrackResult;

/**
 * Segments over time as the project keeps them ({@link TrackSettings}), for the report's "How the
 * segments move": the RFM segments with the project's RFM settings and map, or a kept clustering run,
 * as of each day; and the plain-language lines that open the section.
 */
final class MovementFindings {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    private MovementFindings() {
    }

    static TrackResult find(SavedSources sources, TrackSettings settings, Progress progress) throws DataFileException {
        return new SavedTracking().track(sources, settings, progress);
    }

    /** The first snapshot against the last: the comparison the section's charts and lines are about. */
    static Migration overall(TrackResult result) {
        List<Snapshot> s = result.snapshots();
        return SnapshotComparison.migration(s.get(0), s.get(s.size() - 1));
    }

    static List<Drift> overallDrift(TrackResult result) {
        List<Snapshot> s = result.snapshots();
        return SnapshotComparison.drift(s.get(0), s.get(s.size() - 1), new ArrayList<>());
    }

    /**
     * The section's opening lines, e.g. "31% of the Champions of June 2011 had slipped to At Risk by
     * December 2011; the segment shares drifted little (PSI 0.07)".
     */
    static List<String> lines(TrackResult result) {
        List<String> lines = new ArrayList<>();
        Migration m = overall(result);
        String from = MONTH.format(m.fromAsOf());
        String to = MONTH.format(m.toAsOf());
        lines.add(String.format(Locale.ROOT, "From %s to %s, %s of the customers of %s were in the same segment "
                + "%s; %s customers arrived and %s left.", m.fromAsOf(), m.toAsOf(),
                ReportText.percent(m.keptShare()), from, "at the end", ReportText.count(m.arrived()),
                ReportText.count(m.gone())));
        // the first segment in the segmentation's own order (an RFM map lists its best customers first, a
        // clustering its largest segment) that holds 5% of the customers or more, and where those who left it went
        int best = -1;
        Snapshot first = result.snapshots().get(0);
        for (int s = 0; s < m.segments().size() && best < 0; s++) {
            if (m.rowTotal(s) > 0 && m.rowTotal(s) >= 0.05 * first.size()) {
                best = s;
            }
        }
        if (best >= 0) {
            String segment = m.segments().get(best);
            Migration.Flow largest = null;
            for (Migration.Flow f : m.outflows(segment)) {
                if (largest == null || f.customers() > largest.customers()) {
                    largest = f;
                }
            }
            if (largest != null) {
                lines.add(String.format(Locale.ROOT, "%s of the %s of %s had moved to %s by %s; %s stayed.",
                        ReportText.percent(largest.rowShare()), segment, from,
                        largest.to().equals(Migration.GONE) ? "no segment (gone)" : largest.to(), to,
                        ReportText.percent(m.rowShare(best, best))));
            }
        }
        List<String> major = new ArrayList<>();
        for (Drift d : overallDrift(result)) {
            if (d.measure().equals(Drift.SEGMENT_SHARE)) {
                lines.add(String.format(Locale.ROOT, "The segment shares drifted %s (PSI %.2f).",
                        d.reading() == DriftReading.STABLE ? "little"
                                : d.reading() == DriftReading.MODERATE ? "moderately" : "a lot",
                        d.psi()));
            } else if (d.psi() > 0.25) {
                major.add(d.measure() + String.format(Locale.ROOT, " (PSI %.2f)", d.psi()));
            }
        }
        if (!major.isEmpty()) {
            lines.add("Features that moved a lot: " + String.join(", ", major)
                    + "; segments built on the earlier data may need to be built again.");
        }
        if (!result.stability().isEmpty()) {
            List<String> weak = new ArrayList<>();
            for (SegmentStability s : result.stability()) {
                if (s.jaccardMean() < 0.6) {
                    weak.add(s.name());
                }
            }
            lines.add(weak.isEmpty() ? "Every segment comes back when the customers are resampled (bootstrap Jaccard "
                    + "0.6 or more)." : "Segments that do not come back when the customers are resampled: "
                    + String.join(", ", weak) + " (bootstrap Jaccard below 0.6): do not build on them.");
        }
        return lines;
    }
}
