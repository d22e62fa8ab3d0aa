package org.segmentlab.ui.segment.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.segmentlab.core.segment.cluster.ClusteringResult;
import org.segmentlab.core.segment.cluster.Dendrogram;
import org.segmentlab.core.segment.cluster.KDistanceCurve;
import org.segmentlab.core.segment.cluster.KSweep;
import org.segmentlab.core.segment.cluster.KSweepRow;
import org.segmentlab.core.segment.cluster.SegmentLabels;
import org.segmentlab.core.segment.cluster.SegmentProfile;
import org.segmentlab.core.segment.cluster.SilhouetteValues;
import org.segmentlab.report.charts.BicChart;
import org.segmentlab.report.charts.DendrogramChart;
import org.segmentlab.report.charts.KDistanceChart;
import org.segmentlab.report.charts.ProfileHeatmapChart;
import org.segmentlab.report.charts.QuadrantChart;
import org.segmentlab.report.charts.ScatterChart;
import org.segmentlab.report.charts.SilhouetteChart;
import org.segmentlab.report.charts.SweepChart;

/**
 * The charts of a clustering outcome. The charts number segments from 1 (their palette does), the
 * clustering from 0: every id is shifted here, in one place.
 */
final class ClusterCharts {

    private ClusterCharts() {
    }

    /** Chart segment id (1-based; noise stays −1) → name. */
    static Map<Integer, String> names(SegmentLabels labels, ClusterOutcome outcome) {
        Map<Integer, String> names = new HashMap<>();
        for (SegmentProfile profile : outcome.profiles()) {
            names.put(chartId(profile.segmentId()), labels.nameOf(profile.segmentId()));
        }
        return names;
    }

    static int chartId(int segmentId) {
        return segmentId < 0 ? -1 : segmentId + 1;
    }

    /** Null when the algorithm found k itself. */
    static JFreeChart sweep(ClusterOutcome outcome) {
        KSweep sweep = outcome.sweep();
        if (sweep == null) {
            return null;
        }
        List<SweepChart.Point> points = new ArrayList<>();
        for (KSweepRow row : sweep.rows()) {
            points.add(new SweepChart.Point(row.k(), row.wcss(), row.silhouette(), row.calinskiHarabasz(),
                    row.daviesBouldin()));
        }
        return SweepChart.chart("Choosing k: " + outcome.k() + " segments", points, outcome.k());
    }

    static JFreeChart silhouette(ClusterOutcome outcome, SegmentLabels labels) {
        ClusteringResult result = outcome.result();
        SilhouetteValues values = result.silhouettes();
        int[] rows = values.rows();
        int[] segments = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            segments[i] = chartId(result.assignments()[rows[i]]);
        }
        return SilhouetteChart.chart("How well each customer fits its segment", segments, values.values(),
                names(labels, outcome));
    }

    static JFreeChart profile(ClusterOutcome outcome, SegmentLabels labels) {
        List<SegmentProfile> profiles = outcome.profiles();
        List<String> features = outcome.matrix().featureNames();
        List<String> segments = new ArrayList<>();
        double[][] z = new double[profiles.size()][features.size()];
        for (int s = 0; s < profiles.size(); s++) {
            SegmentProfile profile = profiles.get(s);
            segments.add(labels.nameOf(profile.segmentId()));
            for (int f = 0; f < features.size(); f++) {
                z[s][f] = profile.features().get(f).zScore();
            }
        }
        return ProfileHeatmapChart.chart("Segment profiles (standard deviations from the average customer)",
                segments, features, z);
    }

    static JFreeChart map(ClusterOutcome outcome, SegmentLabels labels) {
        ClusterOutcome.Projection p = outcome.projection();
        int[] segments = new int[p.rows().length];
        for (int i = 0; i < segments.length; i++) {
            segments[i] = chartId(outcome.result().assignments()[p.rows()[i]]);
        }
        List<ScatterChart.Centroid> centres = new ArrayList<>();
        for (int s = 0; s < p.centroids().length; s++) {
            centres.add(new ScatterChart.Centroid(chartId(s), p.centroids()[s][0], p.centroids()[s][1]));
        }
        return ScatterChart.chart("Customers on the two main directions of the features",
                ScatterChart.componentLabel(1, p.shares()[0]), ScatterChart.componentLabel(2, p.shares()[1]),
                p.x(), p.y(), segments, names(labels, outcome), p.total(), centres);
    }

    static JFreeChart quadrants(ClusterOutcome outcome, SegmentLabels labels, String engagement, String value,
                                double engagementThreshold, double valueThreshold) {
        int e = outcome.matrix().featureIndex(engagement);
        int v = outcome.matrix().featureIndex(value);
        ClusteringResult result = outcome.result();
        List<QuadrantChart.Bubble> bubbles = new ArrayList<>();
        for (int s = 0; s < result.k(); s++) {
            bubbles.add(new QuadrantChart.Bubble(chartId(s), labels.nameOf(s), result.centroidsOriginal()[s][e],
                    result.centroidsOriginal()[s][v], result.sizes()[s]));
        }
        double[] engagementValues = outcome.matrix().column(e);
        double[] valueValues = outcome.matrix().column(v);
        boolean log = QuadrantChart.suggestLogScale(valueValues);
        QuadrantChart.Axes axes = new QuadrantChart.Axes(engagement, value, engagementThreshold, valueThreshold, log);
        return QuadrantChart.chart("Value against engagement", axes, bubbles,
                ValueEngagement.quadrants(outcome.matrix(), engagement, value, engagementThreshold, valueThreshold),
                new QuadrantChart.Cloud(engagementValues, valueValues));
    }

    /** The chart that belongs to the algorithm: tree, k-distance curve or BIC; null for k-means. */
    static JFreeChart algorithmChart(ClusterOutcome outcome, SegmentLabels labels) {
        ClusteringResult result = outcome.result();
        Dendrogram tree = result.dendrogram();
        if (tree != null) {
            List<DendrogramChart.Merge> merges = new ArrayList<>();
            for (Dendrogram.Merge m : tree.merges()) {
                merges.add(new DendrogramChart.Merge(m.left(), m.right(), m.height()));
            }
            int[] leafSegments = new int[result.assignments().length];
            for (int i = 0; i < leafSegments.length; i++) {
                leafSegments[i] = chartId(result.assignments()[i]);
            }
            double cut = result.k() > 1 ? tree.heightForSegments(result.k()) : Double.NaN;
            return DendrogramChart.chart("Merge tree, cut into " + result.k() + " segments",
                    "Merge height (scaled units)", merges, cut, result.customerIds(), leafSegments);
        }
        KDistanceCurve curve = result.kDistance();
        if (curve != null) {
            return KDistanceChart.chart("Distance to the " + curve.k() + "th nearest customer",
                    curve.distances(), curve.k(), curve.suggestedEps());
        }
        KSweep sweep = outcome.sweep();
        if (sweep != null && sweep.rows().stream().anyMatch(r -> !Double.isNaN(r.bic()))) {
            int[] ks = sweep.rows().stream().mapToInt(KSweepRow::k).toArray();
            double[] bic = sweep.rows().stream().mapToDouble(KSweepRow::bic).toArray();
            return BicChart.chart("Fit of the mixture by number of components", ks, bic, outcome.k(), true);
        }
        return null;
    }

    /** The tab title of {@link #algorithmChart}. */
    static String algorithmChartName(ClusterOutcome outcome) {
        if (outcome.result().dendrogram() != null) {
            return "Tree";
        }
        if (outcome.result().kDistance() != null) {
            return "k-distance";
        }
        return "BIC";
    }
}
