package org.segmentlab.report.charts;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Where to start: each segment placed by how easy it is to reach (across) against its value potential
 * (up), a bubble sized by its customers, in four quadrants: quick wins (valuable and easy), big bets
 * (valuable, hard), fill-ins (easy, less valuable) and those to deprioritise.
 */
public final class PriorityMatrixChart {

    /** The four quadrants, top right first. */
    public enum Quadrant {
        QUICK_WINS("Quick wins", "valuable and easy to reach"),
        BIG_BETS("Big bets", "valuable, harder to reach"),
        FILL_INS("Fill-ins", "easy, less value at stake"),
        DEPRIORITISE("Deprioritise", "hard, little value at stake");

        private final String label;
        private final String reading;

        Quadrant(String label, String reading) {
            this.label = label;
            this.reading = reading;
        }

        public String label() {
            return label;
        }

        public String reading() {
            return reading;
        }
    }

    /**
     * One segment.
     *
     * @param colour    palette segment id (1-based; −1 grey)
     * @param ease      1 (hard) to 5 (easy)
     * @param potential share of the total value potential, 0..1
     */
    public record Bubble(int colour, String name, double ease, double potential, long customers) {
        public Bubble {
            Objects.requireNonNull(name, "name");
        }
    }

    private PriorityMatrixChart() {
    }

    /** What the value potential is without a value model. */
    public static final String MEAN_VALUE_POTENTIAL = "customers \u00d7 mean value";
    /** What the value potential is with a value model. */
    public static final String LIFETIME_VALUE_POTENTIAL = "the segment's total lifetime value";

    /** The matrix of a value potential of customers × mean value. */
    public static JFreeChart chart(String title, List<Bubble> bubbles, double potentialThreshold,
                                   double easeThreshold) {
        return chart(title, bubbles, potentialThreshold, easeThreshold, MEAN_VALUE_POTENTIAL);
    }

    /**
     * @param potentialThreshold the share of value potential above which a segment counts as valuable
     * @param easeThreshold      the ease at or above which a segment counts as easy to reach
     * @param potential          what the value potential is, for the subtitle
     */
    public static JFreeChart chart(String title, List<Bubble> bubbles, double potentialThreshold,
                                   double easeThreshold, String potential) {
        NumberAxis ease = ChartParts.numberAxis("Ease of reach (1 = hard, 5 = easy)");
        ease.setRange(0.4, 5.6);
        ease.setTickUnit(new NumberTickUnit(1, ChartParts.format("0")));
        double top = potentialThreshold;
        for (Bubble b : bubbles) {
            top = Math.max(top, b.potential());
        }
        NumberAxis value = ChartParts.percentAxis("Value potential (share of the total)");
        value.setRange(-top * 0.12, Math.max(0.05, top * 1.3));
        value.setNumberFormatOverride(ChartParts.nonNegative(ChartParts.format("0%")));
        XYPlot plot = new XYPlot(new XYSeriesCollection(), ease, value, new XYLineAndShapeRenderer(false, false));
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        ChartStyle.apply(chart);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.addDomainMarker(ChartParts.referenceLine(easeThreshold - 0.5, null, true));
        plot.addRangeMarker(ChartParts.referenceLine(potentialThreshold, null, false));
        plot.getRenderer().addAnnotation(new QuadrantNames(), Layer.BACKGROUND);
        plot.getRenderer().addAnnotation(new Bubbles(spread(bubbles)), Layer.FOREGROUND);
        ChartParts.subtitle(chart, "Bubble area shows customers; value potential is " + potential);
        return chart;
    }

    /**
     * Segments that share an ease stand side by side rather than on top of each other: within one ease
     * they are spread across a third of the step, in order of their value potential.
     */
    static List<Bubble> spread(List<Bubble> bubbles) {
        List<Bubble> out = new ArrayList<>();
        for (Bubble b : bubbles) {
            List<Bubble> same = new ArrayList<>();
            for (Bubble o : bubbles) {
                if (o.ease() == b.ease()) {
                    same.add(o);
                }
            }
            same.sort(Comparator.comparingDouble(Bubble::potential).reversed());
            int n = same.size();
            int i = same.indexOf(b);
            double offset = n == 1 ? 0 : -0.3 + 0.6 * i / (n - 1);
            out.add(new Bubble(b.colour(), b.name(), b.ease() + offset, b.potential(), b.customers()));
        }
        return out;
    }

    /**
     * The quadrant names in the plot's corners, each with how to read it beneath when the plot is tall and
     * wide enough; in a small plot the names alone leave the segments room.
     */
    static final class QuadrantNames extends AbstractXYAnnotation {

        private static final long serialVersionUID = 1L;
        private static final double INSET = 6;
        private static final double PAD = 2;
        private static final Font NAME = ChartParts.LABEL_BOLD.deriveFont(13f);

        private static boolean right(Quadrant q) {
            return q == Quadrant.QUICK_WINS || q == Quadrant.FILL_INS;
        }

        private static boolean top(Quadrant q) {
            return q == Quadrant.QUICK_WINS || q == Quadrant.BIG_BETS;
        }

        /**
         * Whether the readings fit: two corner labels side by side across the plot, and the top and bottom
         * ones taking no more than a third of its height.
         */
        static boolean withReadings(Graphics2D g2, Rectangle2D area) {
            double across = width(g2, Quadrant.QUICK_WINS, true) + width(g2, Quadrant.BIG_BETS, true);
            across = Math.max(across, width(g2, Quadrant.FILL_INS, true) + width(g2, Quadrant.DEPRIORITISE, true));
            return across + 2 * INSET + 8 <= area.getWidth() && 6 * height(g2, true) <= area.getHeight();
        }

        private static double width(Graphics2D g2, Quadrant q, boolean readings) {
            double w = g2.getFontMetrics(NAME).stringWidth(q.label());
            if (readings) {
                w = Math.max(w, g2.getFontMetrics(ChartParts.SMALL).stringWidth(q.reading()));
            }
            return w + 2 * PAD;
        }

        private static double height(Graphics2D g2, boolean readings) {
            return g2.getFontMetrics(NAME).getHeight() + (readings ? g2.getFontMetrics(ChartParts.SMALL).getHeight() : 0)
                    + 2 * PAD;
        }

        /** The box a quadrant's label takes in its corner. */
        static Rectangle2D bounds(Graphics2D g2, Quadrant q, Rectangle2D area, boolean readings) {
            double w = width(g2, q, readings);
            double h = height(g2, readings);
            double x = right(q) ? area.getMaxX() - INSET - w : area.getMinX() + INSET;
            double y = top(q) ? area.getMinY() + INSET : area.getMaxY() - INSET - h;
            return new Rectangle2D.Double(Math.max(area.getMinX(), x), y, w, h);
        }

        /** The boxes of all four labels in a plot drawn in {@code area}. */
        static List<Rectangle2D> boxes(Graphics2D g2, Rectangle2D area) {
            boolean readings = withReadings(g2, area);
            List<Rectangle2D> boxes = new ArrayList<>();
            for (Quadrant q : Quadrant.values()) {
                boxes.add(bounds(g2, q, area, readings));
            }
            return boxes;
        }

        @Override
        public void draw(Graphics2D g2, XYPlot plot, Rectangle2D area, ValueAxis domainAxis, ValueAxis rangeAxis,
                         int rendererIndex, PlotRenderingInfo info) {
            Palette palette = ChartParts.palette();
            boolean readings = withReadings(g2, area);
            for (Quadrant q : Quadrant.values()) {
                Rectangle2D box = bounds(g2, q, area, readings);
                Color colour = q == Quadrant.QUICK_WINS ? palette.color("positive")
                        : q == Quadrant.BIG_BETS ? palette.color("accent") : palette.color("text.muted");
                FontMetrics name = g2.getFontMetrics(NAME);
                double nameX = right(q) ? box.getMaxX() - PAD - name.stringWidth(q.label()) : box.getMinX() + PAD;
                float baseline = (float) (box.getMinY() + PAD + name.getAscent());
                g2.setFont(NAME);
                g2.setPaint(colour);
                g2.drawString(q.label(), (float) nameX, baseline);
                if (readings) {
                    FontMetrics small = g2.getFontMetrics(ChartParts.SMALL);
                    double readingX = right(q) ? box.getMaxX() - PAD - small.stringWidth(q.reading())
                            : box.getMinX() + PAD;
                    g2.setFont(ChartParts.SMALL);
                    g2.setPaint(ChartParts.muted());
                    g2.drawString(q.reading(), (float) readingX,
                            baseline + name.getDescent() + name.getLeading() + small.getAscent());
                }
            }
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof QuadrantNames;
        }

        @Override
        public int hashCode() {
            return 7;
        }
    }

    /**
     * The bubbles and their names; the names are placed as in {@link QuadrantChart} (see
     * {@link BubbleLabels}), clear of each other and of the quadrant names.
     */
    static final class Bubbles extends AbstractXYAnnotation {

        private static final long serialVersionUID = 1L;
        static final double MAX_RADIUS_SHARE = 0.07;

        private final List<Bubble> bubbles;

        Bubbles(List<Bubble> bubbles) {
            List<Bubble> largestFirst = new ArrayList<>(bubbles);
            largestFirst.sort(Comparator.comparingLong(Bubble::customers).reversed());
            this.bubbles = List.copyOf(largestFirst);
        }

        List<Ellipse2D> circles(XYPlot plot, Rectangle2D area, ValueAxis domainAxis, ValueAxis rangeAxis) {
            long largest = bubbles.stream().mapToLong(Bubble::customers).max().orElse(1);
            double maxR = MAX_RADIUS_SHARE * Math.min(area.getWidth(), area.getHeight());
            List<Ellipse2D> circles = new ArrayList<>();
            for (Bubble b : bubbles) {
                double cx = domainAxis.valueToJava2D(b.ease(), area, plot.getDomainAxisEdge());
                double cy = rangeAxis.valueToJava2D(b.potential(), area, plot.getRangeAxisEdge());
                double r = Math.max(4, maxR * Math.sqrt(b.customers() / (double) Math.max(1, largest)));
                circles.add(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
            }
            return circles;
        }

        /** Where the names go, largest segment first, in a plot drawn in {@code area}. */
        List<BubbleLabels.Spot> layOutNames(Graphics2D g2, XYPlot plot, Rectangle2D area, ValueAxis domainAxis,
                                            ValueAxis rangeAxis) {
            List<String> names = new ArrayList<>();
            for (Bubble b : bubbles) {
                names.add(b.name());
            }
            return BubbleLabels.layOut(names, circles(plot, area, domainAxis, rangeAxis),
                    QuadrantNames.boxes(g2, area), area, g2.getFontMetrics(ChartParts.LABEL_BOLD));
        }

        @Override
        public void draw(Graphics2D g2, XYPlot plot, Rectangle2D area, ValueAxis domainAxis, ValueAxis rangeAxis,
                         int rendererIndex, PlotRenderingInfo info) {
            Palette palette = ChartParts.palette();
            List<Ellipse2D> circles = circles(plot, area, domainAxis, rangeAxis);
            for (int i = 0; i < bubbles.size(); i++) {
                Color colour = palette.segment(bubbles.get(i).colour());
                g2.setPaint(ChartParts.withAlpha(colour, 0.8));
                g2.fill(circles.get(i));
                g2.setPaint(colour.darker());
                g2.setStroke(ChartParts.solid(1.2f));
                g2.draw(circles.get(i));
            }
            List<BubbleLabels.Spot> spots = layOutNames(g2, plot, area, domainAxis, rangeAxis);
            g2.setFont(ChartParts.LABEL_BOLD);
            for (int i = 0; i < bubbles.size(); i++) {
                if (spots.get(i) != null) {
                    BubbleLabels.draw(g2, bubbles.get(i).name(), spots.get(i), circles.get(i));
                }
            }
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Bubbles && ((Bubbles) o).bubbles.equals(bubbles);
        }

        @Override
        public int hashCode() {
            return bubbles.hashCode();
        }
    }
}
