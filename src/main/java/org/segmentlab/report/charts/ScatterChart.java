package org.segmentlab.report.charts;

import java.awt.Color;
import java.awt.Paint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Customers on two axes (usually the first two principal components), one colour per segment. */
public final class ScatterChart {

    private ScatterChart() {
    }

    /** A segment's centre on the same two axes, drawn as a larger outlined dot with its name. */
    public record Centroid(int segment, double x, double y) {
    }

    /** The axis label of a principal component: {@code componentLabel(1, 0.43)} is "PC1 (43% of variance)". */
    public static String componentLabel(int component, double varianceShare) {
        return "PC" + component + " (" + ChartParts.percent(varianceShare, 0) + " of variance)";
    }

    /**
     * @param segments        the segment id of each point (1-based; -1 noise)
     * @param names           segment names by id
     * @param totalCustomers  how many customers the points were sampled from; when more than the points,
     *                        a subtitle says so
     * @param centroids       segment centres to mark; may be empty
     */
    public static JFreeChart chart(String title, String xAxis, String yAxis, double[] x, double[] y, int[] segments,
                                   Map<Integer, String> names, long totalCustomers, List<Centroid> centroids) {
        ChartParts.requireSameLength("y (one per point)", x.length, y.length);
        ChartParts.requireSameLength("segment ids (one per point)", x.length, segments.length);
        // noise last, so with the reverse rendering order it is drawn first, underneath everyone
        Map<Integer, XYSeries> bySegment = new TreeMap<>((a, b) -> a < 0 != b < 0 ? (a < 0 ? 1 : -1) : Integer.compare(a, b));
        for (int i = 0; i < x.length; i++) {
            int id = segments[i];
            bySegment.computeIfAbsent(id, s -> new XYSeries(ChartParts.segmentName(names, s), false, true)).add(x[i], y[i]);
        }
        XYSeriesCollection data = new XYSeriesCollection();
        List<Integer> ids = new ArrayList<>(bySegment.keySet());
        for (int id : ids) {
            data.addSeries(bySegment.get(id));
        }
        NumberAxis xa = ChartParts.numberAxis(xAxis);
        xa.setAutoRangeIncludesZero(false);
        NumberAxis ya = ChartParts.numberAxis(yAxis);
        ya.setAutoRangeIncludesZero(false);
        XYLineAndShapeRenderer dots = new XYLineAndShapeRenderer(false, true);
        XYPlot plot = new XYPlot(data, xa, ya, dots);
        plot.setSeriesRenderingOrder(SeriesRenderingOrder.REVERSE);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        ChartStyle.apply(chart);

        Palette palette = ChartParts.palette();
        // small and translucent, so dense regions read darker rather than as a solid blot
        double dot = x.length > 5_000 ? 3.5 : 5;
        double alpha = x.length > 5_000 ? 0.45 : 0.7;
        LegendItemCollection legend = new LegendItemCollection();
        for (int s = 0; s < ids.size(); s++) {
            Color colour = palette.segment(ids.get(s));
            dots.setSeriesPaint(s, ChartParts.withAlpha(colour, alpha));
            dots.setSeriesShape(s, ChartParts.circle(dot));
            legend.add(new LegendItem(ChartParts.segmentName(names, ids.get(s)), null, null, null,
                    ChartParts.circle(9), colour));
        }
        plot.setFixedLegendItems(legend);
        chart.getLegend().setPosition(RectangleEdge.RIGHT);

        if (totalCustomers > x.length) {
            ChartParts.subtitle(chart, "showing " + ChartParts.count(x.length) + " of " + ChartParts.count(totalCustomers)
                    + " customers (seeded sample)");
        }
        if (!centroids.isEmpty()) {
            addCentroids(plot, centroids, names);
        }
        return chart;
    }

    private static void addCentroids(XYPlot plot, List<Centroid> centroids, Map<Integer, String> names) {
        XYSeries centres = new XYSeries("centres", false, true);
        Color[] paints = new Color[centroids.size()];
        Palette palette = ChartParts.palette();
        for (int i = 0; i < centroids.size(); i++) {
            Centroid c = centroids.get(i);
            centres.add(c.x(), c.y());
            paints[i] = palette.segment(c.segment()).darker();
        }
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true) {
            private static final long serialVersionUID = 1L;

            @Override
            public Paint getItemOutlinePaint(int series, int item) {
                return paints[item];
            }
        };
        // a white disc ringed in the segment's dark shade: it stands out on a cloud of its own colour
        renderer.setSeriesShape(0, ChartParts.circle(14));
        renderer.setSeriesFillPaint(0, palette.color("background"));
        renderer.setUseFillPaint(true);
        renderer.setSeriesOutlineStroke(0, ChartParts.solid(3f));
        renderer.setUseOutlinePaint(true);
        renderer.setDrawOutlines(true);
        renderer.setSeriesVisibleInLegend(0, false);
        plot.setDataset(1, new XYSeriesCollection(centres));
        plot.setRenderer(1, renderer);
        String[] labels = centroids.stream().map(c -> ChartParts.segmentName(names, c.segment())).toArray(String[]::new);
        renderer.setSeriesItemLabelGenerator(0, (dataset, series, item) -> labels[item]);
        renderer.setSeriesItemLabelsVisible(0, true);
        renderer.setSeriesItemLabelFont(0, ChartParts.LABEL_BOLD);
        renderer.setSeriesItemLabelPaint(0, palette.color("text"));
        renderer.setSeriesPositiveItemLabelPosition(0,
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        renderer.setSeriesNegativeItemLabelPosition(0,
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        renderer.setItemLabelAnchorOffset(6);
    }
}
