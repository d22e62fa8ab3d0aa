package org.segmentlab.report.charts;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.labels.XYItemLabelGenerator;
import org.jfree.chart.plot.CrosshairState;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRendererState;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYDataset;
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
        CentreRenderer renderer = new CentreRenderer(paints);
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
    }

    /**
     * The segments' centres, each ringed in its segment's dark shade, with their names (or whatever the
     * item label generator gives) placed clear of each other and inside the plot, as the bubble charts
     * place theirs (see {@link BubbleLabels}).
     */
    static final class CentreRenderer extends XYLineAndShapeRenderer {

        private static final long serialVersionUID = 1L;
        /** The drawn disc's radius with its ring, in Java2D units. */
        static final double RADIUS = 8.5;

        private final Color[] rings;

        CentreRenderer(Color[] rings) {
            super(false, true);
            this.rings = rings.clone();
        }

        @Override
        public Paint getItemOutlinePaint(int series, int item) {
            return rings[item];
        }

        /** The names are drawn all at once, after the last centre. */
        @Override
        protected void drawItemLabel(Graphics2D g2, PlotOrientation orientation, XYDataset dataset, int series,
                                     int item, double x, double y, boolean negative) {
        }

        @Override
        public void drawItem(Graphics2D g2, XYItemRendererState state, Rectangle2D dataArea, PlotRenderingInfo info,
                             XYPlot plot, ValueAxis domainAxis, ValueAxis rangeAxis, XYDataset dataset, int series,
                             int item, CrosshairState crosshairState, int pass) {
            super.drawItem(g2, state, dataArea, info, plot, domainAxis, rangeAxis, dataset, series, item,
                    crosshairState, pass);
            if (pass == 1 && item == dataset.getItemCount(series) - 1) {
                List<BubbleLabels.Spot> spots = layOutNames(g2, dataArea, plot, domainAxis, rangeAxis, dataset);
                List<Ellipse2D> discs = discs(dataArea, plot, domainAxis, rangeAxis, dataset);
                g2.setFont(ChartParts.LABEL_BOLD);
                for (int i = 0; i < spots.size(); i++) {
                    if (spots.get(i) != null) {
                        BubbleLabels.draw(g2, name(dataset, i), spots.get(i), discs.get(i));
                    }
                }
            }
        }

        private String name(XYDataset dataset, int item) {
            XYItemLabelGenerator generator = getItemLabelGenerator(0, item);
            return generator == null || !isItemLabelVisible(0, item) ? null
                    : generator.generateLabel(dataset, 0, item);
        }

        private static List<Ellipse2D> discs(Rectangle2D area, XYPlot plot, ValueAxis domainAxis,
                                             ValueAxis rangeAxis, XYDataset dataset) {
            List<Ellipse2D> discs = new ArrayList<>();
            for (int i = 0; i < dataset.getItemCount(0); i++) {
                double cx = domainAxis.valueToJava2D(dataset.getXValue(0, i), area, plot.getDomainAxisEdge());
                double cy = rangeAxis.valueToJava2D(dataset.getYValue(0, i), area, plot.getRangeAxisEdge());
                discs.add(new Ellipse2D.Double(cx - RADIUS, cy - RADIUS, 2 * RADIUS, 2 * RADIUS));
            }
            return discs;
        }

        /** Where the centres' names go in a plot drawn in {@code area}. */
        List<BubbleLabels.Spot> layOutNames(Graphics2D g2, Rectangle2D area, XYPlot plot, ValueAxis domainAxis,
                                            ValueAxis rangeAxis, XYDataset dataset) {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < dataset.getItemCount(0); i++) {
                names.add(name(dataset, i));
            }
            return BubbleLabels.layOut(names, discs(area, plot, domainAxis, rangeAxis, dataset), List.of(), area,
                    g2.getFontMetrics(ChartParts.LABEL_BOLD));
        }
    }
}
