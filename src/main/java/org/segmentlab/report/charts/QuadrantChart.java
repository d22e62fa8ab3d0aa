package org.segmentlab.report.charts;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CrosshairState;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.AbstractXYItemRenderer;
import org.jfree.chart.renderer.xy.XYItemRendererState;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.text.TextBlock;
import org.jfree.chart.text.TextBlockAnchor;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.Size2D;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.Range;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The value-versus-engagement matrix: engagement across, value up, split into four quadrants at the
 * thresholds. Each segment is a bubble at its average customer, its area in proportion to its customers.
 */
public final class QuadrantChart {

    /** The largest bubble's radius as a share of the plot's shorter side; sizes are in screen space so circles stay round. */
    static final double MAX_RADIUS_SHARE = 0.085;

    private QuadrantChart() {
    }

    /** The four quadrants with their usual names. */
    public enum Corner {
        TOP_RIGHT("Stars"),
        TOP_LEFT("Sleeping giants"),
        BOTTOM_RIGHT("Fans"),
        BOTTOM_LEFT("Casuals");

        private final String defaultName;

        Corner(String defaultName) {
            this.defaultName = defaultName;
        }

        public String defaultName() {
            return defaultName;
        }
    }

    /** What a quadrant holds, computed by the caller: its customers and their share of revenue (0..1). */
    public record Quadrant(Corner corner, String name, long customers, double revenueShare) {
        public Quadrant {
            Objects.requireNonNull(corner, "corner");
            if (name == null || name.isBlank()) {
                name = corner.defaultName();
            }
        }

        public static Quadrant of(Corner corner, long customers, double revenueShare) {
            return new Quadrant(corner, corner.defaultName(), customers, revenueShare);
        }

        /** "1,234 customers · 56% of revenue" */
        public String summary() {
            return ChartParts.count(customers) + (customers == 1 ? " customer" : " customers") + " · "
                    + ChartParts.percent(revenueShare, 0) + " of revenue";
        }
    }

    /** A segment at its mean engagement and mean value. */
    public record Bubble(int segment, String name, double engagement, double value, long customers) {
    }

    /** Axis titles (with units), the thresholds that split the quadrants, and whether both axes are logarithmic. */
    public record Axes(String engagement, String value, double engagementThreshold, double valueThreshold,
                       boolean logScale) {
    }

    /** A sample of customers drawn as a faint cloud behind the bubbles. */
    public record Cloud(double[] engagement, double[] value) {
        public Cloud {
            ChartParts.requireSameLength("cloud values (one per customer)", engagement.length, value.length);
        }
    }

    public static JFreeChart chart(String title, Axes axes, List<Bubble> bubbles, List<Quadrant> quadrants) {
        return chart(title, axes, bubbles, quadrants, null);
    }

    /** @param cloud customers to draw faintly behind the bubbles; null for none */
    public static JFreeChart chart(String title, Axes axes, List<Bubble> bubbles, List<Quadrant> quadrants, Cloud cloud) {
        List<Bubble> largestFirst = new ArrayList<>(bubbles);
        largestFirst.sort(Comparator.comparingLong(Bubble::customers).reversed());
        if (axes.logScale()) {
            largestFirst.removeIf(b -> !(b.engagement() > 0 && b.value() > 0));
        }
        DefaultXYZDataset bubbleData = new DefaultXYZDataset();
        double[][] xyz = new double[3][largestFirst.size()];
        for (int i = 0; i < largestFirst.size(); i++) {
            xyz[0][i] = largestFirst.get(i).engagement();
            xyz[1][i] = largestFirst.get(i).value();
            xyz[2][i] = largestFirst.get(i).customers();
        }
        bubbleData.addSeries("segments", xyz);

        double[] xs = concat(xyz[0], axes.engagementThreshold(), cloud == null ? null : cloud.engagement());
        double[] ys = concat(xyz[1], axes.valueThreshold(), cloud == null ? null : cloud.value());
        ValueAxis x = axis(axes.engagement(), xs, axes.logScale());
        ValueAxis y = axis(axes.value(), ys, axes.logScale());

        BubbleRenderer bubblesRenderer = new BubbleRenderer(largestFirst);
        XYPlot plot = new XYPlot(null, x, y, null);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        XYLineAndShapeRenderer cloudRenderer = null;
        if (cloud != null) {
            plot.setDataset(0, cloudData(cloud, axes.logScale()));
            cloudRenderer = new XYLineAndShapeRenderer(false, true);
            plot.setRenderer(0, cloudRenderer);
            plot.setDataset(1, bubbleData);
            plot.setRenderer(1, bubblesRenderer);
        } else {
            plot.setDataset(0, bubbleData);
            plot.setRenderer(0, bubblesRenderer);
        }
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        ChartStyle.apply(chart);
        if (cloudRenderer != null) {
            cloudRenderer.setSeriesPaint(0, ChartParts.withAlpha(ChartParts.muted(), 0.22));
            cloudRenderer.setSeriesShape(0, ChartParts.circle(3));
            cloudRenderer.setSeriesVisibleInLegend(0, false);
        }
        plot.addDomainMarker(ChartParts.referenceLine(axes.engagementThreshold(), null, true));
        plot.addRangeMarker(ChartParts.referenceLine(axes.valueThreshold(), null, false));
        // behind the data: a bubble in a corner covers part of a label rather than a label hiding a bubble
        for (Quadrant q : quadrants) {
            bubblesRenderer.addAnnotation(new CornerLabel(q), Layer.BACKGROUND);
        }
        String note = "Bubble area shows each segment's customers";
        if (cloud != null) {
            note += "; grey dots are " + ChartParts.count(cloud.engagement().length) + " sampled customers";
        }
        if (axes.logScale()) {
            note += "; both axes on a log scale";
        }
        ChartParts.subtitle(chart, note);
        return chart;
    }

    /**
     * Whether a measure is skewed enough to read better on a log scale: all values positive and the
     * 99th percentile more than 20 times the median (typical of spend and visit counts).
     */
    public static boolean suggestLogScale(double[] values) {
        double[] sorted = Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
        if (sorted.length < 2 || sorted[0] <= 0) {
            return false;
        }
        double median = sorted[(sorted.length - 1) / 2];
        double p99 = sorted[(int) Math.floor(0.99 * (sorted.length - 1))];
        return p99 > 20 * median;
    }

    private static double[] concat(double[] points, double threshold, double[] cloud) {
        double[] out = Arrays.copyOf(points, points.length + 1);
        out[points.length] = threshold;
        if (cloud == null || cloud.length == 0) {
            return out;
        }
        // the cloud widens the axes only to its 1st..99th percentile, so a few extreme customers do not squash the bubbles
        double[] sorted = Arrays.stream(cloud).filter(v -> !Double.isNaN(v)).sorted().toArray();
        if (sorted.length == 0) {
            return out;
        }
        double[] more = Arrays.copyOf(out, out.length + 2);
        more[out.length] = sorted[(int) Math.floor(0.01 * (sorted.length - 1))];
        more[out.length + 1] = sorted[(int) Math.ceil(0.99 * (sorted.length - 1))];
        return more;
    }

    static Range paddedRange(double[] values, boolean log) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            if (Double.isNaN(v) || (log && v <= 0)) {
                continue;
            }
            double t = log ? Math.log10(v) : v;
            lo = Math.min(lo, t);
            hi = Math.max(hi, t);
        }
        if (lo > hi) {
            return log ? new Range(1, 10) : new Range(0, 1);
        }
        double span = hi - lo;
        if (span == 0) {
            span = log ? 1 : Math.max(1, Math.abs(hi));
        }
        // room for the largest bubble's radius and its label at either edge, clear of the corner labels
        double pad = span * 0.2;
        return log ? new Range(Math.pow(10, lo - pad), Math.pow(10, hi + pad)) : new Range(lo - pad, hi + pad);
    }

    private static ValueAxis axis(String label, double[] values, boolean log) {
        Range range = paddedRange(values, log);
        if (log) {
            LogAxis axis = new LogAxis(label + " (log scale)");
            axis.setBase(10);
            axis.setSmallestValue(range.getLowerBound());
            axis.setRange(range);
            axis.setTickUnit(new NumberTickUnit(1));
            axis.setMinorTickMarksVisible(true);
            axis.setNumberFormatOverride(ChartParts.format("#,##0.##"));
            return axis;
        }
        NumberAxis axis = ChartParts.numberAxis(label);
        axis.setRange(range);
        if (Arrays.stream(values).allMatch(v -> Double.isNaN(v) || v >= 0)) {
            // the padding may reach below zero; a measure that cannot be negative shows no negative ticks
            axis.setNumberFormatOverride(ChartParts.nonNegative(ChartParts.format("#,##0.##")));
        }
        return axis;
    }

    private static XYSeriesCollection cloudData(Cloud cloud, boolean log) {
        XYSeries series = new XYSeries("customers", false, true);
        for (int i = 0; i < cloud.engagement().length; i++) {
            double ex = cloud.engagement()[i];
            double vy = cloud.value()[i];
            if (Double.isNaN(ex) || Double.isNaN(vy) || (log && (ex <= 0 || vy <= 0))) {
                continue;
            }
            series.add(ex, vy);
        }
        return new XYSeriesCollection(series);
    }

    /** Draws each segment as a circle sized in screen space, then (in a second pass, on top of all circles) its name. */
    static final class BubbleRenderer extends AbstractXYItemRenderer {

        private static final long serialVersionUID = 1L;

        private final List<Bubble> bubbles;
        private final long largest;

        BubbleRenderer(List<Bubble> bubbles) {
            this.bubbles = List.copyOf(bubbles);
            this.largest = bubbles.stream().mapToLong(Bubble::customers).max().orElse(1);
        }

        @Override
        public int getPassCount() {
            return 2;
        }

        /** Radius in Java2D units; area in proportion to customers. */
        static double radius(long customers, long largest, Rectangle2D dataArea) {
            double max = MAX_RADIUS_SHARE * Math.min(dataArea.getWidth(), dataArea.getHeight());
            return Math.max(3, max * Math.sqrt(customers / (double) Math.max(1, largest)));
        }

        @Override
        public void drawItem(Graphics2D g2, XYItemRendererState state, Rectangle2D dataArea, PlotRenderingInfo info,
                             XYPlot plot, ValueAxis domainAxis, ValueAxis rangeAxis, XYDataset dataset, int series,
                             int item, CrosshairState crosshairState, int pass) {
            Bubble b = bubbles.get(item);
            double cx = domainAxis.valueToJava2D(b.engagement(), dataArea, plot.getDomainAxisEdge());
            double cy = rangeAxis.valueToJava2D(b.value(), dataArea, plot.getRangeAxisEdge());
            double r = radius(b.customers(), largest, dataArea);
            Palette palette = ChartParts.palette();
            if (pass == 0) {
                Ellipse2D circle = new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r);
                Color colour = palette.segment(b.segment());
                g2.setPaint(ChartParts.withAlpha(colour, 0.85));
                g2.fill(circle);
                g2.setPaint(colour.darker());
                g2.setStroke(ChartParts.solid(1.2f));
                g2.draw(circle);
                return;
            }
            g2.setFont(ChartParts.LABEL_BOLD);
            double width = g2.getFontMetrics().stringWidth(b.name());
            double h = g2.getFontMetrics().getHeight();
            boolean inside = width < 1.7 * r;
            // outside labels go towards the middle of the plot, away from the corner labels
            boolean above = cy > dataArea.getCenterY();
            double ty = inside ? cy : above ? cy - r - 3 : cy + r + 3;
            TextAnchor anchor = inside ? TextAnchor.CENTER : above ? TextAnchor.BOTTOM_CENTER : TextAnchor.TOP_CENTER;
            if (!inside) {
                g2.setPaint(ChartParts.withAlpha(palette.color("background"), 0.75));
                g2.fill(new Rectangle2D.Double(cx - width / 2 - 3, above ? ty - h : ty, width + 6, h));
            }
            g2.setPaint(inside ? palette.color("background") : palette.color("text"));
            TextUtils.drawAlignedString(b.name(), g2, (float) cx, (float) ty, anchor);
        }

        @Override
        public Range findDomainBounds(XYDataset dataset) {
            return null;
        }

        @Override
        public Range findRangeBounds(XYDataset dataset) {
            return null;
        }
    }

    /** A quadrant's name and numbers, pinned to its corner of the plot whatever the axes' scale. */
    static final class CornerLabel extends AbstractXYAnnotation {

        private static final long serialVersionUID = 1L;

        private final Quadrant quadrant;

        CornerLabel(Quadrant quadrant) {
            this.quadrant = quadrant;
        }

        @Override
        public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
                         int rendererIndex, PlotRenderingInfo info) {
            Palette palette = ChartParts.palette();
            TextBlock block = TextUtils.createTextBlock(quadrant.name(), ChartParts.LABEL_BOLD.deriveFont(13f),
                    palette.color("text"));
            block.addLine(quadrant.summary(), ChartParts.LABEL, palette.color("text.muted"));
            boolean right = quadrant.corner() == Corner.TOP_RIGHT || quadrant.corner() == Corner.BOTTOM_RIGHT;
            boolean top = quadrant.corner() == Corner.TOP_RIGHT || quadrant.corner() == Corner.TOP_LEFT;
            block.setLineAlignment(right ? HorizontalAlignment.RIGHT : HorizontalAlignment.LEFT);
            float inset = 8;
            float x = (float) (right ? dataArea.getMaxX() - inset : dataArea.getMinX() + inset);
            float y = (float) (top ? dataArea.getMinY() + inset : dataArea.getMaxY() - inset);
            TextBlockAnchor anchor = top
                    ? (right ? TextBlockAnchor.TOP_RIGHT : TextBlockAnchor.TOP_LEFT)
                    : (right ? TextBlockAnchor.BOTTOM_RIGHT : TextBlockAnchor.BOTTOM_LEFT);
            Size2D size = block.calculateDimensions(g2);
            double bx = right ? x - size.width : x;
            double by = top ? y : y - size.height;
            g2.setPaint(ChartParts.withAlpha(palette.color("background"), 0.8));
            g2.fill(new Rectangle2D.Double(bx - 3, by - 2, size.width + 6, size.height + 4));
            block.draw(g2, x, y, anchor);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof CornerLabel && ((CornerLabel) o).quadrant.equals(quadrant);
        }

        @Override
        public int hashCode() {
            return quadrant.hashCode();
        }
    }
}
