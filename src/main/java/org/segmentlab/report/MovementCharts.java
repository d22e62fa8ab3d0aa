package org.segmentlab.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.segmentlab.core.track.Drift;
import org.segmentlab.core.track.Migration;
import org.segmentlab.core.track.Snapshot;
import org.segmentlab.core.track.TrackResult;
import org.segmentlab.report.charts.MigrationHeatmapChart;
import org.segmentlab.report.charts.PsiBarsChart;
import org.segmentlab.report.charts.SegmentSizesChart;

/** The charts of "How the segments move", built from a {@link TrackResult} for the HTML and the PDF alike. */
final class MovementCharts {

    private MovementCharts() {
    }

    /** Customers per segment on each snapshot day, stacked. */
    static JFreeChart sizes(TrackResult result) {
        List<String> days = new ArrayList<>();
        List<String> segments = new ArrayList<>();
        for (Snapshot s : result.snapshots()) {
            days.add(s.asOf().toString());
            for (String name : s.sizes().keySet()) {
                if (!segments.contains(name)) {
                    segments.add(name);
                }
            }
        }
        long[][] sizes = new long[segments.size()][days.size()];
        for (int d = 0; d < days.size(); d++) {
            for (Map.Entry<String, Integer> e : result.snapshots().get(d).sizes().entrySet()) {
                sizes[segments.indexOf(e.getKey())][d] = e.getValue();
            }
        }
        return SegmentSizesChart.chart("Customers per segment over time", days, segments, sizes);
    }

    /** Where the customers of each segment of the first snapshot are in the last, as row shares. */
    static JFreeChart migration(TrackResult result) {
        Migration m = MovementFindings.overall(result);
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

    /** The population stability index of the segment shares and each feature, first snapshot against last. */
    static JFreeChart drift(TrackResult result) {
        List<Drift> drift = MovementFindings.overallDrift(result);
        List<String> measures = new ArrayList<>();
        double[] psi = new double[drift.size()];
        for (int i = 0; i < drift.size(); i++) {
            measures.add(drift.get(i).measure().equals(Drift.SEGMENT_SHARE) ? "segment shares" : drift.get(i).measure());
            psi[i] = drift.get(i).psi();
        }
        Migration m = MovementFindings.overall(result);
        return PsiBarsChart.chart("Drift from " + m.fromAsOf() + " to " + m.toAsOf(), measures, psi);
    }
}
