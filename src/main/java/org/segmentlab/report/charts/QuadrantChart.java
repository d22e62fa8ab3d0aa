package org.segmentlab.report.charts;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
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
import org.jfree.chart.ui.Layer;
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

    /**
     * What a quadrant holds, computed by the caller: its customers and their share (0..1) of the value
     * measure's total, which is revenue unless {@code shareOf} names another measure.
     */
    public record Quadrant(Corner corner, String name, long customers, double revenueShare, String shareOf,
                           double mean, String meanOf) {
        public Quadrant {
            Objects.requireNonNull(corner, "corner");
            if (name == null || name.isBlank()) {
                name = corner.defaultName();
            }
            if (shareOf == null || shareOf.isBlank()) {
                shareOf = "revenue";
            }
        }

        public Quadrant(Corner corner, String name, long customers, double revenueShare, String shareOf) {
            this(corner, name, customers, revenueShare, shareOf, Double.NaN, null);
        }

        public Quadrant(Corner corner, String name, long customers, double revenueShare) {
            this(corner, name, customers, revenueShare, null);
        }

        public static Quadrant of(Corner corner, long customers, double revenueShare) {
            return new Quadrant(corner, corner.defaultName(), customers, revenueShare);
        }

        /** The same quadrant with its share of the total of another measure than revenue. */
        public Quadrant withShareOf(String measure) {
            return new Quadrant(corner, name, customers, revenueShare, measure, mean, meanOf);
        }

        /** The same quadrant with the mean of the value measure over its customers (kept, not yet said). */
        public Quadrant withMean(double value) {
            return new Quadrant(corner, name, customers, revenueShare, shareOf, value, meanOf);
        }

        /**
         * The same quadrant said by the mean of a measure whose totals mean nothing (a 1–100 score, an
         * age, a rate): its share of "all" of it would read as a quantity.
         */
        public Quadrant saidAsMeanOf(String measure) {
            return new Quadrant(corner, name, customers, revenueShare, shareOf, mean, measure);
        }

        /** "1,234 customers · 56% of revenue", or "70 customers · mean Spending Score (1-100) 38" */
        public String summary() {
            String count = ChartParts.count(customers) + (customers == 1 ? " customer" : " customers");
            if (meanOf != null) {
                return count + (Double.isNaN(mean) ? "" : " · mean " + meanOf + " " + ChartParts.significant(mean, 3));
            }
            return count + " · " + ChartParts.percent(revenueShare, 0) + " of " + shareOf;
        }
    }

    /**
     * Whether a measure's total means something, so a quadrant may say its share of it (spend,
     * orders, visits): not for scores, rates, ratios, ages, incomes, trends, days since or per-unit
     * figures, whose share of "all" reads as a quantity that is none.
     */
    public static boolean addsUp(String measure) {
        if (measure == null) {
            return true;
        }
        String m = measure.toLowerCase(java.util.Locale.ROOT);
        for (String level : new String[] {"score", "rate", "ratio", "share", "pct", "percent", "%", "(1-100)",
            "age", "income", "days_since", "recency", "avg", "average", "mean", "median", "trend", "per_", "_per",
            " per ", "tenure", "probability", "p_alive", "std", "satisfaction", "rating"}) {
            if (m.contains(level)) {
                return false;
            }
        }
        return true;
    }

    /**
     * What a quadrant's share is a share of, for a value measure named as in a customer table:
     * revenue for {@code monetary} (spend), else the total of the measure itself.
     */
    public static String shareOf(String valueMeasure) {
        return valueMeasure != null && valueMeasure.startsWith("monetary") ? "revenue" : "all " + valueMeasure;
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
        XYPlot plot = new QuadrantPlot(x, y);
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
        // drawn over the cloud and under the bubbles (see QuadrantPlot): a bubble in a corner covers part of a
        // label rather than a label hiding a bubble
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

    /**
     * Draws the corner labels after the faint cloud and before the bubbles. The plot draws every
     * background annotation before any data, which would put the cloud's dots over the labels' text.
     */
    static final class QuadrantPlot extends XYPlot {

        private static final long serialVersionUID = 1L;

        QuadrantPlot(ValueAxis x, ValueAxis y) {
            super(null, x, y, null);
        }

        @Override
        public boolean render(Graphics2D g2, Rectangle2D dataArea, int index, PlotRenderingInfo info,
                              CrosshairState crosshairState) {
            if (getRenderer(index) instanceof BubbleRenderer) {
                ((BubbleRenderer) getRenderer(index)).drawCornerLabels(g2, this, dataArea, info);
            }
            return super.render(g2, dataArea, index, info, crosshairState);
        }
    }

    /**
     * Draws each segment as a circle sized in screen space, then (in a second pass, on top of all
     * circles) its name where it overlaps no other name, no corner label and, where it can, no circle.
     */
    /** Outlines the bubble of one segment heavily (the one selected in an interactive view). */
    public static void select(JFreeChart chart, int segment) {
        XYPlot plot = chart.getXYPlot();
        for (int i = 0; i < plot.getRendererCount(); i++) {
            if (plot.getRenderer(i) instanceof BubbleRenderer) {
                ((BubbleRenderer) plot.getRenderer(i)).selected = segment;
            }
        }
    }

    /** The bubble of a mark of this chart (an entity its bubbles recorded), if it is one. */
    public static java.util.Optional<Bubble> bubbleOf(JFreeChart chart, org.jfree.chart.entity.ChartEntity mark) {
        if (!(mark instanceof org.jfree.chart.entity.XYItemEntity)) {
            return java.util.Optional.empty();
        }
        org.jfree.chart.entity.XYItemEntity item = (org.jfree.chart.entity.XYItemEntity) mark;
        XYPlot plot = chart.getXYPlot();
        for (int i = 0; i < plot.getRendererCount(); i++) {
            if (plot.getRenderer(i) instanceof BubbleRenderer && plot.getDataset(i) == item.getDataset()) {
                List<Bubble> bubbles = ((BubbleRenderer) plot.getRenderer(i)).bubbles;
                return item.getItem() < bubbles.size() ? java.util.Optional.of(bubbles.get(item.getItem()))
                        : java.util.Optional.empty();
            }
        }
        return java.util.Optional.empty();
    }

    static final class BubbleRenderer extends AbstractXYItemRenderer {

        private static final long serialVersionUID = 1L;

        private final List<Bubble> bubbles;
        private final long largest;
        /** The segment drawn with a heavy outline, or {@link Integer#MIN_VALUE} for none. */
        private int selected = Integer.MIN_VALUE;
        /** Where each bubble's name goes, worked out once per drawing (at the first name of pass 1). */
        private transient List<BubbleLabels.Spot> spots = List.of();

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

        /** The corner labels are this renderer's background annotations; {@link QuadrantPlot} draws them. */
        @Override
        public void drawAnnotations(Graphics2D g2, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
                                    Layer layer, PlotRenderingInfo info) {
            if (layer != Layer.BACKGROUND) {
                super.drawAnnotations(g2, dataArea, domainAxis, rangeAxis, layer, info);
            }
        }

        void drawCornerLabels(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, PlotRenderingInfo info) {
            List<CornerLabel> labels = cornerLabels();
            int smaller = CornerLabel.shrinkToFit(g2, dataArea, labels);
            for (CornerLabel label : labels) {
                label.draw(g2, dataArea, smaller);
            }
        }

        List<CornerLabel> cornerLabels() {
            List<CornerLabel> labels = new ArrayList<>();
            for (Object annotation : getAnnotations()) {
                if (annotation instanceof CornerLabel) {
                    labels.add((CornerLabel) annotation);
                }
            }
            return labels;
        }

        /** The boxes the corner labels take in a plot this size. */
        List<Rectangle2D> cornerBoxes(Graphics2D g2, Rectangle2D dataArea) {
            List<CornerLabel> labels = cornerLabels();
            int smaller = CornerLabel.shrinkToFit(g2, dataArea, labels);
            List<Rectangle2D> boxes = new ArrayList<>();
            for (CornerLabel label : labels) {
                boxes.add(label.bounds(g2, dataArea, smaller));
            }
            return boxes;
        }

        @Override
        public void drawItem(Graphics2D g2, XYItemRendererState state, Rectangle2D dataArea, PlotRenderingInfo info,
                             XYPlot plot, ValueAxis domainAxis, ValueAxis rangeAxis, XYDataset dataset, int series,
                             int item, CrosshairState crosshairState, int pass) {
            Bubble b = bubbles.get(item);
            Palette palette = ChartParts.palette();
            if (pass == 0) {
                Ellipse2D circle = circle(b, dataArea, plot, domainAxis, rangeAxis);
                Color colour = palette.segment(b.segment());
                g2.setPaint(ChartParts.withAlpha(colour, 0.85));
                g2.fill(circle);
                boolean chosen = b.segment() == selected;
                g2.setPaint(chosen ? ChartParts.text() : colour.darker());
                g2.setStroke(ChartParts.solid(chosen ? 3f : 1.2f));
                g2.draw(circle);
                if (info != null) {
                    // the bubble is a mark an interactive view can name and select
                    addEntity(info.getOwner().getEntityCollection(), circle, dataset, series, item,
                            circle.getCenterX(), circle.getCenterY());
                }
                return;
            }
            if (item == 0) {
                spots = layOutNames(g2, dataArea, plot, domainAxis, rangeAxis);
                rewriteCoveredCornerLabels(g2, dataArea, plot, domainAxis, rangeAxis);
            }
            BubbleLabels.Spot spot = item < spots.size() ? spots.get(item) : null;
            if (spot == null || b.name() == null || b.name().isEmpty()) {
                return;
            }
            g2.setFont(ChartParts.LABEL_BOLD);
            BubbleLabels.draw(g2, b.name(), spot, circle(b, dataArea, plot, domainAxis, rangeAxis));
        }

        /** A corner label a bubble was drawn across is written again over it, ringed so it reads. */
        private void rewriteCoveredCornerLabels(Graphics2D g2, Rectangle2D dataArea, XYPlot plot, ValueAxis domainAxis,
                                                ValueAxis rangeAxis) {
            List<CornerLabel> labels = cornerLabels();
            int smaller = CornerLabel.shrinkToFit(g2, dataArea, labels);
            List<Ellipse2D> circles = bubbles.stream().map(b -> circle(b, dataArea, plot, domainAxis, rangeAxis)).toList();
            for (CornerLabel label : labels) {
                Rectangle2D box = label.bounds(g2, dataArea, smaller);
                if (circles.stream().anyMatch(circle -> circle.intersects(box))) {
                    label.drawText(g2, box, smaller, true);
                }
            }
        }

        private Ellipse2D circle(Bubble b, Rectangle2D dataArea, XYPlot plot, ValueAxis domainAxis,
                                 ValueAxis rangeAxis) {
            double cx = domainAxis.valueToJava2D(b.engagement(), dataArea, plot.getDomainAxisEdge());
            double cy = rangeAxis.valueToJava2D(b.value(), dataArea, plot.getRangeAxisEdge());
            double r = radius(b.customers(), largest, dataArea);
            return new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r);
        }

        /**
         * Places the names largest segment first (see {@link BubbleLabels}), clear of the corner labels.
         */
        List<BubbleLabels.Spot> layOutNames(Graphics2D g2, Rectangle2D dataArea, XYPlot plot, ValueAxis domainAxis,
                                            ValueAxis rangeAxis) {
            g2.setFont(ChartParts.LABEL_BOLD);
            List<Ellipse2D> circles = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (Bubble b : bubbles) {
                circles.add(circle(b, dataArea, plot, domainAxis, rangeAxis));
                names.add(b.name());
            }
            return BubbleLabels.layOut(names, circles, cornerBoxes(g2, dataArea), dataArea, g2.getFontMetrics());
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

    /** A quadrant's name and numbers, pinned to its corner of the plot whatever the axes' scale, never past its edges. */
    static final class CornerLabel extends AbstractXYAnnotation {

        private static final long serialVersionUID = 1L;
        private static final float INSET = 6;
        private static final float PAD = 3;

        private final Quadrant quadrant;

        CornerLabel(Quadrant quadrant) {
            this.quadrant = quadrant;
        }

        Quadrant quadrant() {
            return quadrant;
        }

        private boolean right() {
            return quadrant.corner() == Corner.TOP_RIGHT || quadrant.corner() == Corner.BOTTOM_RIGHT;
        }

        private boolean top() {
            return quadrant.corner() == Corner.TOP_RIGHT || quadrant.corner() == Corner.TOP_LEFT;
        }

        /** The fonts {@code smaller} points below the usual 13 (name) and 11 (numbers). */
        private static Font[] fonts(int smaller) {
            return new Font[] {ChartParts.LABEL_BOLD.deriveFont(13f - smaller),
                ChartParts.LABEL.deriveFont(11f - smaller)};
        }

        /** Whether this label and one beside it of the same width fit across the plot with fonts this much smaller. */
        boolean fits(Graphics2D g2, Rectangle2D dataArea, int smaller) {
            return 2 * (width(g2, fonts(smaller)) + INSET) + 8 <= dataArea.getWidth();
        }

        /**
         * How many points smaller than usual all four labels must be so that two side by side fit across
         * the plot; they shrink together, so they stay alike. At most four.
         */
        static int shrinkToFit(Graphics2D g2, Rectangle2D dataArea, List<CornerLabel> labels) {
            int smaller = 0;
            while (smaller < 4) {
                int step = smaller;
                if (labels.stream().allMatch(label -> label.fits(g2, dataArea, step))) {
                    break;
                }
                smaller++;
            }
            return smaller;
        }

        private double width(Graphics2D g2, Font[] fonts) {
            return Math.max(g2.getFontMetrics(fonts[0]).stringWidth(quadrant.name()),
                    g2.getFontMetrics(fonts[1]).stringWidth(quadrant.summary())) + 2 * PAD;
        }

        /** The box the label takes, background included; always inside the plot where the plot is wide enough. */
        Rectangle2D bounds(Graphics2D g2, Rectangle2D dataArea, int smaller) {
            Font[] fonts = fonts(smaller);
            FontMetrics first = g2.getFontMetrics(fonts[0]);
            FontMetrics second = g2.getFontMetrics(fonts[1]);
            double width = width(g2, fonts);
            double height = first.getHeight() + second.getHeight() + 2 * PAD;
            double x = right() ? dataArea.getMaxX() - INSET - width : dataArea.getMinX() + INSET;
            double y = top() ? dataArea.getMinY() + INSET : dataArea.getMaxY() - INSET - height;
            return new Rectangle2D.Double(Math.max(dataArea.getMinX(), x), y, width, height);
        }

        @Override
        public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
                         int rendererIndex, PlotRenderingInfo info) {
            draw(g2, dataArea, shrinkToFit(g2, dataArea, List.of(this)));
        }

        void draw(Graphics2D g2, Rectangle2D dataArea, int smaller) {
            Rectangle2D box = bounds(g2, dataArea, smaller);
            g2.setPaint(ChartParts.withAlpha(ChartParts.palette().color("background"), 0.8));
            g2.fill(box);
            drawText(g2, box, smaller, false);
        }

        /**
         * Writes the name and numbers in their box (see {@link #bounds}); with {@code halo}, each letter ringed in the page's colour, so the
         * text reads over a bubble drawn across the corner while the bubble shows around it.
         */
        void drawText(Graphics2D g2, Rectangle2D box, int smaller, boolean halo) {
            Palette palette = ChartParts.palette();
            Font[] fonts = fonts(smaller);
            FontMetrics first = g2.getFontMetrics(fonts[0]);
            FontMetrics second = g2.getFontMetrics(fonts[1]);
            float nameX = (float) (right() ? box.getMaxX() - PAD - first.stringWidth(quadrant.name()) : box.getMinX() + PAD);
            float lineX = (float) (right() ? box.getMaxX() - PAD - second.stringWidth(quadrant.summary())
                    : box.getMinX() + PAD);
            float baseline = (float) box.getMinY() + PAD + first.getAscent();
            float secondBaseline = baseline + first.getDescent() + first.getLeading() + second.getAscent();
            write(g2, quadrant.name(), fonts[0], nameX, baseline, palette.color("text"), halo);
            write(g2, quadrant.summary(), fonts[1], lineX, secondBaseline, palette.color("text.muted"), halo);
        }

        private static void write(Graphics2D g2, String text, Font font, float x, float y, Color ink, boolean halo) {
            if (text == null || text.isEmpty()) {
                return;
            }
            g2.setFont(font);
            if (halo) {
                java.awt.Shape outline = new java.awt.font.TextLayout(text, font, g2.getFontRenderContext())
                        .getOutline(java.awt.geom.AffineTransform.getTranslateInstance(x, y));
                java.awt.Stroke was = g2.getStroke();
                g2.setStroke(new java.awt.BasicStroke(3f, java.awt.BasicStroke.CAP_ROUND,
                        java.awt.BasicStroke.JOIN_ROUND));
                g2.setPaint(ChartParts.palette().color("background"));
                g2.draw(outline);
                g2.setStroke(was);
            }
            g2.setPaint(ink);
            g2.drawString(text, x, y);
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
