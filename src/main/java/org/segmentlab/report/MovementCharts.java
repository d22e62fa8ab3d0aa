package org.segmentlab.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.segmentlab.core.track.Drift;
import org.segmentlab.core.track.Migration;
import org.segmentlab.core.track.SegmentStability;
import org.segmentlab.core.track.Snapshot;
import org.segmentlab.core.track.SnapshotComparison;
import org.segmentlab.core.track.TrackResult;
import org.segmentlab.report.charts.FlowChart;
import org.segmentlab.report.charts.MigrationHeatmapChart;
import org.segmentlab.report.charts.PsiBarsChart;
import org.segmentlab.report.charts.SegmentSizesChart;
import org.segmentlab.report.charts.StabilityChart;

/**
 * The charts of "How the segments move", built from a {@link TrackResult} for the HTML and the PDF
 * report and the workbench's Over time step alike. The charts of a pair compare snapshot {@code from}
 * with snapshot {@code to} (indices into the result's snapshots); the report shows the first with the
 * last. A segment has the same colour in every chart: its place in {@link #segments(TrackResult)}.
 */
public final class MovementCharts {

    private MovementCharts() {
    }

    /** Every segment of every snapshot, in the order they first appear: the order of their colours. */
    public static List<String> segments(TrackResult result) {
        List<String> segments = new ArrayList<>();
        for (Snapshot s : result.snapshots()) {
            for (String name : s.sizes().keySet()) {
                if (!segments.contains(name)) {
                    segments.add(name);
                }
            }
        }
        return segments;
    }

    /** Customers per segment on each snapshot day, stacked. */
    public static JFreeChart sizes(TrackResult result) {
        List<String> days = new ArrayList<>();
        List<String> segments = segments(result);
        for (Snapshot s : result.snapshots()) {
            days.add(s.asOf().toString());
        }
        long[][] sizes = new long[segments.size()][days.size()];
        for (int d = 0; d < days.size(); d++) {
            for (Map.Entry<String, Integer> e : result.snapshots().get(d).sizes().entrySet()) {
                sizes[segments.indexOf(e.getKey())][d] = e.getValue();
            }
        }
        return SegmentSizesChart.chart("Customers per segment over time", days, segments, sizes);
    }

    /** The migration from snapshot {@code from} to snapshot {@code to}. */
    public static Migration migrationOf(TrackResult result, int from, int to) {
        return SnapshotComparison.migration(result.snapshots().get(from), result.snapshots().get(to));
    }

    /** The drift from snapshot {@code from} to snapshot {@code to}: the segment shares first, then each feature. */
    public static List<Drift> driftOf(TrackResult result, int from, int to) {
        return SnapshotComparison.drift(result.snapshots().get(from), result.snapshots().get(to), new ArrayList<>());
    }

    /** Where the customers of each segment of the first snapshot are in the last, as row shares. */
    static JFreeChart migration(TrackResult result) {
        return migration(MovementFindings.overall(result));
    }

    /** Where the customers of each earlier segment are in the later snapshot, as row shares. */
    public static JFreeChart migration(Migration m) {
        int n = m.segments().size() + 1;
        List<String> rows = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(m.rowName(i));
            columns.add(m.columnName(i));
        }
        double[][] shares = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                shares[i][j] = m.rowShare(i, j);
            }
        }
        return MigrationHeatmapChart.chart("Where the customers of " + m.fromAsOf() + " were on " + m.toAsOf(),
                "Segment on " + m.fromAsOf(), "Segment on " + m.toAsOf(), rows, columns, shares);
    }

    /** The flow of the customers from one snapshot to another, Sankey-style. */
    public static JFreeChart flow(TrackResult result, int from, int to) {
        return flow(result, migrationOf(result, from, to));
    }

    /** The flow of a migration worked out already ({@link #migrationOf}). */
    public static JFreeChart flow(TrackResult result, Migration m) {
        return FlowChart.chart("How the customers moved from " + m.fromAsOf() + " to " + m.toAsOf(), m,
                segments(result));
    }

    /** The population stability index of the segment shares and each feature, first snapshot against last. */
    static JFreeChart drift(TrackResult result) {
        return drift(result, 0, result.snapshots().size() - 1);
    }

    /** The population stability index of the segment shares and each feature between two snapshots. */
    public static JFreeChart drift(TrackResult result, int from, int to) {
        return drift(result, from, to, driftOf(result, from, to));
    }

    /** The drift chart of a drift worked out already ({@link #driftOf}). */
    public static JFreeChart drift(TrackResult result, int from, int to, List<Drift> drift) {
        List<String> measures = new ArrayList<>();
        double[] psi = new double[drift.size()];
        for (int i = 0; i < drift.size(); i++) {
            measures.add(measure(drift.get(i)));
            psi[i] = drift.get(i).psi();
        }
        return PsiBarsChart.chart("Drift from " + result.snapshots().get(from).asOf() + " to "
                + result.snapshots().get(to).asOf(), measures, psi);
    }

    /** A drift row's measure as the charts name it. */
    public static String measure(Drift drift) {
        return drift.measure().equals(Drift.SEGMENT_SHARE) ? "segment shares" : drift.measure();
    }

    /** The bootstrap stability of each segment of a clustering; null when there is none. */
    public static JFreeChart stability(TrackResult result) {
        if (result.stability().isEmpty()) {
            return null;
        }
        List<String> names = new ArrayList<>();
        double[] mean = new double[result.stability().size()];
        double[] sd = new double[mean.length];
        for (int i = 0; i < mean.length; i++) {
            SegmentStability s = result.stability().get(i);
            names.add(s.name());
            mean[i] = s.jaccardMean();
            sd[i] = s.jaccardSd();
        }
        return StabilityChart.chart("How well each segment comes back when the customers are resampled", names,
                mean, sd);
    }
}
