package org.segmentlab.ui.segment.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.XYDataset;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.segmentlab.core.segment.cluster.ClusteringResult;
import org.segmentlab.core.segment.cluster.DbscanParams;
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

    /** A line on what the method's own chart shows against what the run used; null when there is nothing to add. */
    static String algorithmNote(ClusterOutcome outcome) {
        ClusteringResult result = outcome.result();
        KDistanceCurve curve = result.kDistance();
        if (curve != null && result.params() instanceof DbscanParams) {
            DbscanParams p =
                    (DbscanParams) result.params();
            return String.format(Locale.ROOT, "This run: eps %s with %d neighbours, %d segments and %,d "
                            + "outliers. The curve suggests eps ≈ %s.", ValueEngagementView.format(p.eps()),
                    p.minPoints(), result.k(), result.noiseCount(),
                    ValueEngagementView.format(ValueEngagementView.round(curve.suggestedEps())));
        }
        KSweep sweep = outcome.sweep();
        if (result.dendrogram() == null && sweep != null) {
            KSweepRow lowest = sweep.rows().stream().filter(r -> !Double.isNaN(r.bic()))
                    .min(Comparator.comparingDouble(KSweepRow::bic)).orElse(null);
            if (lowest != null) {
                return lowest.k() == outcome.k() ? "Lowest BIC at k = " + lowest.k() + ", the k of these segments."
                        : "Lowest BIC at k = " + lowest.k() + "; these segments use k = " + outcome.k()
                        + ", the sweep's choice over all its measures (see k sweep). Pick another k under Segments.";
            }
        }
        return null;
    }

    static JFreeChart silhouette(ClusterOutcome outcome, SegmentLabels labels) {
        ClusteringResult result = outcome.result();
        SilhouetteValues values = result.silhouettes();
        int[] rows = values.rows();
        int[] segments = new int[rows.length];
        int[] assignments = result.assignments();
        for (int i = 0; i < rows.length; i++) {
            segments[i] = chartId(assignments[rows[i]]);
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
        boolean logs = outcome.result().params().scaling() == org.segmentlab.core.features.scale.FeatureScaling.LOG_ZSCORE;
        return ProfileHeatmapChart.chart("Segment profiles (standard deviations from the average customer"
                + (logs ? ", of the logged features clustered)" : ")"), segments, features, z);
    }

    /**
     * The customers on the first two principal components. Each segment's centre is marked with its
     * number (the # of the segment table) and the legend pairs numbers with names: full names beside
     * the centres ran into each other and off the plot.
     */
    static JFreeChart map(ClusterOutcome outcome, SegmentLabels labels) {
        return map(outcome, labels, null);
    }

    /** The map with one segment's customers drawn strongly and the others faintly ({@code selected} null: all alike). */
    static JFreeChart map(ClusterOutcome outcome, SegmentLabels labels, Integer selected) {
        JFreeChart chart = plainMap(outcome, labels);
        if (selected != null) {
            String key = mapNames(outcome, labels).get(chartId(selected));
            XYPlot plot = chart.getXYPlot();
            XYDataset points = plot.getDataset(0);
            XYItemRenderer renderer = plot.getRenderer(0);
            for (int series = 0; series < points.getSeriesCount(); series++) {
                if (!points.getSeriesKey(series).equals(key) && renderer.getSeriesPaint(series) instanceof java.awt.Color) {
                    java.awt.Color c = (java.awt.Color) renderer.getSeriesPaint(series);
                    renderer.setSeriesPaint(series, new java.awt.Color(c.getRed(), c.getGreen(), c.getBlue(),
                            (int) Math.round(c.getAlpha() * 0.12)));
                }
            }
        }
        return chart;
    }

    /** The names of the map's legend and series: "2 · Power users", noise by its name. */
    static Map<Integer, String> mapNames(ClusterOutcome outcome, SegmentLabels labels) {
        Map<Integer, String> numbered = new HashMap<>();
        names(labels, outcome).forEach((id, name) -> numbered.put(id, id < 0 ? name : id + " · " + name));
        return numbered;
    }

    /**
     * Which customer each dot of the map is, worked out once per run and names: a dot is found by its
     * series (its segment's name) and its place in that series, as the map adds them in the projection's
     * order; and each matrix row's place in the projection, for its coordinates.
     */
    static final class MapIndex {
        private final ClusterOutcome outcome;
        private final SegmentLabels labels;
        private final Map<String, int[]> rowsBySeries = new HashMap<>();
        private final Map<Integer, Integer> pointOfRow = new HashMap<>();

        MapIndex(ClusterOutcome outcome, SegmentLabels labels) {
            this.outcome = outcome;
            this.labels = labels;
            ClusterOutcome.Projection p = outcome.projection();
            int[] assignments = outcome.result().assignments();
            Map<Integer, List<Integer>> byChartId = new HashMap<>();
            for (int i = 0; i < p.rows().length; i++) {
                byChartId.computeIfAbsent(chartId(assignments[p.rows()[i]]), id -> new ArrayList<>()).add(p.rows()[i]);
                pointOfRow.put(p.rows()[i], i);
            }
            mapNames(outcome, labels).forEach((id, name) -> rowsBySeries.put(name,
                    byChartId.getOrDefault(id, List.of()).stream().mapToInt(Integer::intValue).toArray()));
        }

        /** The matrix row of a dot of the map drawn from this run, if the mark is one. */
        java.util.OptionalInt row(JFreeChart chart, org.jfree.chart.entity.ChartEntity mark) {
            if (!(mark instanceof org.jfree.chart.entity.XYItemEntity dot)
                    || dot.getDataset() != chart.getXYPlot().getDataset(0)) {
                return java.util.OptionalInt.empty();
            }
            int[] rows = rowsBySeries.get(String.valueOf(dot.getDataset().getSeriesKey(dot.getSeriesIndex())));
            return rows == null || dot.getItem() >= rows.length ? java.util.OptionalInt.empty()
                    : java.util.OptionalInt.of(rows[dot.getItem()]);
        }

        /** What a dot's tooltip says: the customer, the segment, the place on the map and the features. */
        String tip(int row) {
            int segment = outcome.result().assignments()[row];
            StringBuilder sb = new StringBuilder();
            sb.append("Customer ").append(outcome.matrix().customerIds().get(row)).append('\n')
                    .append(segment < 0 ? labels.nameOf(segment) : (segment + 1) + " · " + labels.nameOf(segment));
            Integer index = pointOfRow.get(row);
            if (index != null) {
                sb.append(String.format(java.util.Locale.US, "%nPC1 %.2f, PC2 %.2f", outcome.projection().x()[index],
                        outcome.projection().y()[index]));
            }
            List<String> features = outcome.matrix().featureNames();
            double[] values = outcome.matrix().rows()[row];
            for (int f = 0; f < features.size() && f < 8; f++) {
                sb.append('\n').append(features.get(f)).append(": ").append(org.segmentlab.ui.common.NumberText.format(values[f]));
            }
            if (features.size() > 8) {
                sb.append("\n… and ").append(features.size() - 8).append(" more");
            }
            return sb.toString();
        }

        ClusterOutcome outcome() {
            return outcome;
        }
    }

    private static JFreeChart plainMap(ClusterOutcome outcome, SegmentLabels labels) {
        ClusterOutcome.Projection p = outcome.projection();
        int[] segments = new int[p.rows().length];
        // one copy of the assignments: the accessor copies the array on every call
        int[] assignments = outcome.result().assignments();
        int[] rows = p.rows();
        for (int i = 0; i < segments.length; i++) {
            segments[i] = chartId(assignments[rows[i]]);
        }
        List<ScatterChart.Centroid> centres = new ArrayList<>();
        for (int s = 0; s < p.centroids().length; s++) {
            centres.add(new ScatterChart.Centroid(chartId(s), p.centroids()[s][0], p.centroids()[s][1]));
        }
        Map<Integer, String> numbered = mapNames(outcome, labels);
        JFreeChart chart = ScatterChart.chart("Customers on the two main directions of the features",
                ScatterChart.componentLabel(1, p.shares()[0]), ScatterChart.componentLabel(2, p.shares()[1]),
                p.x(), p.y(), segments, numbered, p.total(), centres);
        XYItemRenderer centreRenderer = chart.getXYPlot().getRenderer(1);
        if (centreRenderer != null) {
            centreRenderer.setSeriesItemLabelGenerator(0,
                    (dataset, series, item) -> Integer.toString(centres.get(item).segment()));
        }
        return chart;
    }

    /** The value-against-engagement matrix as {@code matrix} says, with a seeded sample of customers as its cloud. */
    static JFreeChart quadrants(ClusterOutcome outcome, SegmentLabels labels, ValueEngagement.Matrix matrix) {
        int e = outcome.matrix().featureIndex(matrix.engagement());
        int v = outcome.matrix().featureIndex(matrix.value());
        ClusteringResult result = outcome.result();
        int[] sizes = result.sizes();
        List<QuadrantChart.Bubble> bubbles = new ArrayList<>();
        for (int s = 0; s < result.k(); s++) {
            bubbles.add(new QuadrantChart.Bubble(chartId(s), labels.nameOf(s), result.centroidsOriginal()[s][e],
                    result.centroidsOriginal()[s][v], sizes[s]));
        }
        double[] engagementValues = outcome.matrix().column(e);
        double[] valueValues = outcome.matrix().column(v);
        // both axes go logarithmic together, so every engagement value must be positive too
        boolean log = QuadrantChart.suggestLogScale(valueValues) && matrix.engagementThreshold() > 0
                && matrix.valueThreshold() > 0
                && Arrays.stream(engagementValues).allMatch(x -> Double.isNaN(x) || x > 0);
        QuadrantChart.Axes axes = new QuadrantChart.Axes(matrix.engagement(), matrix.value(),
                matrix.engagementThreshold(), matrix.valueThreshold(), log);
        QuadrantChart.Cloud cloud = null;
        if (matrix.cloud()) {
            int[] rows = ClusterOutcome.sample(engagementValues.length, ValueEngagement.CLOUD_POINTS,
                    outcome.result().params().seed());
            double[] x = new double[rows.length];
            double[] y = new double[rows.length];
            for (int i = 0; i < rows.length; i++) {
                x[i] = engagementValues[rows[i]];
                y[i] = valueValues[rows[i]];
            }
            cloud = new QuadrantChart.Cloud(x, y);
        }
        return QuadrantChart.chart("Value against engagement", axes, bubbles, matrix.quadrants(), cloud);
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
            int[] leafSegments = result.assignments();
            for (int i = 0; i < leafSegments.length; i++) {
                leafSegments[i] = chartId(leafSegments[i]);
            }
            double cut = cutHeight(tree, result.k());
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

    /**
     * Where to draw the cut that leaves k segments: halfway between the last merge kept and the first
     * one undone. The first undone merge's own height would keep that merge (merges at or below a cut
     * are kept) and so show one segment fewer.
     */
    static double cutHeight(Dendrogram tree, int k) {
        if (k < 2 || k > tree.leafCount()) {
            return Double.NaN;
        }
        double undone = tree.heightForSegments(k);
        double kept = k < tree.leafCount() ? tree.heightForSegments(k + 1) : 0;
        return (kept + undone) / 2;
    }

    /** Whether {@link #algorithmChart} has a chart for this outcome (it has none for k-means). */
    static boolean hasAlgorithmChart(ClusterOutcome outcome) {
        ClusteringResult result = outcome.result();
        KSweep sweep = outcome.sweep();
        return result.dendrogram() != null || result.kDistance() != null
                || (sweep != null && sweep.rows().stream().anyMatch(r -> !Double.isNaN(r.bic())));
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
