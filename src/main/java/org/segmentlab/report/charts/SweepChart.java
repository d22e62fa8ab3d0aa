package org.segmentlab.report.charts;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTitleAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * How well k segments fit, for each k tried: the elbow of the within-cluster sum of squares and three
 * validity indices, stacked on one k axis with the chosen k marked, so the choice can be defended.
 */
public final class SweepChart {

    private SweepChart() {
    }

    /** One k of the sweep. A metric that was not computed is NaN and is left out of the chart. */
    public record Point(int k, double wcss, double silhouette, double calinskiHarabasz, double daviesBouldin) {
    }

    /** The four measures, with the words an analyst reads them by. */
    public enum Metric {
        WCSS("WCSS", "Within-cluster sum of squares: look for the elbow", Point::wcss),
        SILHOUETTE("Silhouette", "Silhouette: higher is better", Point::silhouette),
        // short axis labels fit a quarter-height sub-plot; the note in the plot spells the index out
        CALINSKI_HARABASZ("CH index", "Calinski–Harabasz index: higher is better", Point::calinskiHarabasz),
        DAVIES_BOULDIN("DB index", "Davies–Bouldin index: lower is better", Point::daviesBouldin);

        private final String axisLabel;
        private final String reading;
        private final ToDoubleFunction<Point> value;

        Metric(String axisLabel, String reading, ToDoubleFunction<Point> value) {
            this.axisLabel = axisLabel;
            this.reading = reading;
            this.value = value;
        }

        public String axisLabel() {
            return axisLabel;
        }

        /** How to read the metric, e.g. "Silhouette: higher is better". */
        public String reading() {
            return reading;
        }

        public double of(Point p) {
            return value.applyAsDouble(p);
        }
    }

    static final String K_AXIS = "Number of segments (k)";

    /** All computed metrics stacked over one shared k axis, the chosen k marked on each. */
    /** The height below which the four stacked panels no longer each get three ticks. */
    public static final double MIN_READABLE_HEIGHT = 560;

    public static JFreeChart chart(String title, List<Point> sweep, int chosenK) {
        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(kAxis(sweep));
        combined.setGap(22);
        List<XYPlot> subplots = new ArrayList<>();
        List<Metric> shown = new ArrayList<>();
        for (Metric metric : Metric.values()) {
            if (sweep.stream().anyMatch(p -> !Double.isNaN(metric.of(p)))) {
                XYPlot plot = metricPlot(metric, sweep, null);
                combined.add(plot, 1);
                subplots.add(plot);
                shown.add(metric);
            }
        }
        if (subplots.isEmpty()) {
            throw new IllegalArgumentException("the sweep has no computed metric to show");
        }
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, combined, false);
        ChartStyle.apply(chart);
        for (int i = 0; i < subplots.size(); i++) {
            decorate(subplots.get(i), chosenK, i == 0);
            addReading(subplots.get(i), shown.get(i).reading(), chosenOnLeft(sweep, chosenK));
        }
        return chart;
    }

    /** One metric over k, the chosen k marked. */
    public static JFreeChart metric(String title, Metric metric, List<Point> sweep, int chosenK) {
        XYPlot plot = metricPlot(metric, sweep, kAxis(sweep));
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        ChartStyle.apply(chart);
        decorate(plot, chosenK, true);
        ChartParts.subtitle(chart, metric.reading());
        return chart;
    }

    static NumberAxis kAxis(List<Point> sweep) {
        NumberAxis axis = ChartParts.integerAxis(K_AXIS);
        int lo = sweep.stream().mapToInt(Point::k).min().orElse(1);
        int hi = sweep.stream().mapToInt(Point::k).max().orElse(lo + 1);
        axis.setRange(lo - 0.4, Math.max(hi, lo + 1) + 0.4);
        return axis;
    }

    private static XYPlot metricPlot(Metric metric, List<Point> sweep, NumberAxis kAxis) {
        XYSeries series = new XYSeries(metric.axisLabel());
        for (Point p : sweep) {
            double v = metric.of(p);
            if (!Double.isNaN(v)) {
                series.add(p.k(), v);
            }
        }
        NumberAxis valueAxis = ChartParts.numberAxis(metric.axisLabel());
        valueAxis.setAutoRangeIncludesZero(false);
        // each metric's reading sits in its plot's top corner: room above the curve keeps the first points
        // (often the highest) clear of it, also in a short workbench pane
        valueAxis.setUpperMargin(0.45);
        XYPlot plot = new XYPlot(new XYSeriesCollection(series), kAxis, valueAxis, pointsAndLine());
        plot.setDomainGridlinesVisible(false);
        return plot;
    }

    /** A line with a dot at every point, in the accent colour; call after styling (the theme resets paints). */
    static XYLineAndShapeRenderer pointsAndLine() {
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        renderer.setAutoPopulateSeriesPaint(false);
        renderer.setAutoPopulateSeriesStroke(false);
        renderer.setAutoPopulateSeriesShape(false);
        renderer.setDefaultPaint(ChartParts.palette().color("accent"));
        renderer.setDefaultStroke(ChartParts.solid(2f));
        renderer.setDefaultShape(ChartParts.circle(7));
        renderer.setDefaultFillPaint(Color.WHITE);
        renderer.setUseFillPaint(true);
        renderer.setDrawOutlines(true);
        renderer.setUseOutlinePaint(false);
        return renderer;
    }

    private static void decorate(XYPlot plot, int chosenK, boolean labelled) {
        plot.addDomainMarker(ChartParts.referenceLine(chosenK, labelled ? "chosen k = " + chosenK : null, true));
    }

    /** Whether the chosen k sits in the left part of the axis, where its label would meet a note in the top-left corner. */
    private static boolean chosenOnLeft(List<Point> sweep, int chosenK) {
        int lo = sweep.stream().mapToInt(Point::k).min().orElse(chosenK);
        int hi = sweep.stream().mapToInt(Point::k).max().orElse(chosenK);
        return hi > lo && (chosenK - lo) / (double) (hi - lo) < 0.5;
    }

    /** How to read the metric, small, in a top corner of its panel: the one away from the chosen-k label. */
    static void addReading(XYPlot plot, String reading, boolean rightCorner) {
        TextTitle note = new TextTitle(reading, ChartParts.SMALL);
        note.setPaint(ChartParts.muted());
        note.setBackgroundPaint(ChartParts.withAlpha(Color.WHITE, 0.8));
        plot.addAnnotation(rightCorner
                ? new XYTitleAnnotation(0.99, 0.98, note, RectangleAnchor.TOP_RIGHT)
                : new XYTitleAnnotation(0.01, 0.98, note, RectangleAnchor.TOP_LEFT));
    }
}
