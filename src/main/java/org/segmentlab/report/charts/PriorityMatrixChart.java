package org.segmentlab.report.charts;

import java.awt.Color;
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
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.TextAnchor;
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

    /**
     * @param potentialThreshold the share of value potential above which a segment counts as valuable
     * @param easeThreshold      the ease at or above which a segment counts as easy to reach
     */
    public static JFreeChart chart(String title, List<Bubble> bubbles, double potentialThreshold,
                                   double easeThreshold) {
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
        ChartParts.subtitle(chart, "Bubble area shows each segment's customers; value potential is customers "
                + "\u00d7 mean value");
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

    /** The quadrant names in the plot's corners. */
    static final class QuadrantNames extends AbstractXYAnnotation {

        private static final long serialVersionUID = 1L;

        @Override
        public void draw(Graphics2D g2, XYPlot plot, Rectangle2D area, ValueAxis domainAxis, ValueAxis rangeAxis,
                         int rendererIndex, PlotRenderingInfo info) {
            Palette palette = ChartParts.palette();
            float inset = 8;
            corner(g2, Quadrant.QUICK_WINS, (float) area.getMaxX() - inset, (float) area.getMinY() + inset,
                    TextAnchor.TOP_RIGHT, TextAnchor.TOP_RIGHT, palette.color("positive"));
            corner(g2, Quadrant.BIG_BETS, (float) area.getMinX() + inset, (float) area.getMinY() + inset,
                    TextAnchor.TOP_LEFT, TextAnchor.TOP_LEFT, palette.color("accent"));
            corner(g2, Quadrant.FILL_INS, (float) area.getMaxX() - inset, (float) area.getMaxY() - inset,
                    TextAnchor.BOTTOM_RIGHT, TextAnchor.BOTTOM_RIGHT, palette.color("text.muted"));
            corner(g2, Quadrant.DEPRIORITISE, (float) area.getMinX() + inset, (float) area.getMaxY() - inset,
                    TextAnchor.BOTTOM_LEFT, TextAnchor.BOTTOM_LEFT, palette.color("text.muted"));
        }

        private static void corner(Graphics2D g2, Quadrant q, float x, float y, TextAnchor nameAnchor,
                                   TextAnchor readingAnchor, Color colour) {
            boolean top = nameAnchor == TextAnchor.TOP_RIGHT || nameAnchor == TextAnchor.TOP_LEFT;
            g2.setFont(ChartParts.LABEL_BOLD.deriveFont(13f));
            float h = g2.getFontMetrics().getHeight();
            g2.setPaint(colour);
            TextUtils.drawAlignedString(q.label(), g2, x, top ? y : y - h, nameAnchor);
            g2.setFont(ChartParts.SMALL);
            g2.setPaint(ChartParts.muted());
            TextUtils.drawAlignedString(q.reading(), g2, x, top ? y + h : y, readingAnchor);
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
     * The bubbles and their names. Each name goes to the first place beside its bubble (right, left,
     * above, below) where it covers no other name and no quadrant title; if none is free, to the right.
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

        @Override
        public void draw(Graphics2D g2, XYPlot plot, Rectangle2D area, ValueAxis domainAxis, ValueAxis rangeAxis,
                         int rendererIndex, PlotRenderingInfo info) {
            Palette palette = ChartParts.palette();
            long largest = bubbles.stream().mapToLong(Bubble::customers).max().orElse(1);
            double maxR = MAX_RADIUS_SHARE * Math.min(area.getWidth(), area.getHeight());
            double[] cx = new double[bubbles.size()];
            double[] cy = new double[bubbles.size()];
            double[] r = new double[bubbles.size()];
            for (int i = 0; i < bubbles.size(); i++) {
                Bubble b = bubbles.get(i);
                cx[i] = domainAxis.valueToJava2D(b.ease(), area, plot.getDomainAxisEdge());
                cy[i] = rangeAxis.valueToJava2D(b.potential(), area, plot.getRangeAxisEdge());
                r[i] = Math.max(4, maxR * Math.sqrt(b.customers() / (double) Math.max(1, largest)));
                Ellipse2D circle = new Ellipse2D.Double(cx[i] - r[i], cy[i] - r[i], 2 * r[i], 2 * r[i]);
                Color colour = palette.segment(b.colour());
                g2.setPaint(ChartParts.withAlpha(colour, 0.8));
                g2.fill(circle);
                g2.setPaint(colour.darker());
                g2.setStroke(ChartParts.solid(1.2f));
                g2.draw(circle);
            }
            g2.setFont(ChartParts.LABEL_BOLD);
            double h = g2.getFontMetrics().getHeight();
            List<Rectangle2D> taken = new ArrayList<>();
            // the quadrant titles keep their corners
            double titleW = Math.min(area.getWidth() * 0.3, 150);
            taken.add(new Rectangle2D.Double(area.getMinX(), area.getMinY(), titleW, 2.4 * h));
            taken.add(new Rectangle2D.Double(area.getMaxX() - titleW, area.getMinY(), titleW, 2.4 * h));
            taken.add(new Rectangle2D.Double(area.getMinX(), area.getMaxY() - 2.4 * h, titleW, 2.4 * h));
            taken.add(new Rectangle2D.Double(area.getMaxX() - titleW, area.getMaxY() - 2.4 * h, titleW, 2.4 * h));
            // and no name covers another segment's bubble
            for (int i = 0; i < bubbles.size(); i++) {
                taken.add(new Rectangle2D.Double(cx[i] - r[i], cy[i] - r[i], 2 * r[i], 2 * r[i]));
            }
            for (int i = 0; i < bubbles.size(); i++) {
                String name = bubbles.get(i).name();
                double w = g2.getFontMetrics().stringWidth(name);
                Rectangle2D[] tries = {
                    new Rectangle2D.Double(cx[i] + r[i] + 3, cy[i] - h / 2, w, h),
                    new Rectangle2D.Double(cx[i] - r[i] - 3 - w, cy[i] - h / 2, w, h),
                    new Rectangle2D.Double(cx[i] - w / 2, cy[i] - r[i] - 2 - h, w, h),
                    new Rectangle2D.Double(cx[i] - w / 2, cy[i] + r[i] + 2, w, h),
                    new Rectangle2D.Double(cx[i] + r[i] + 3, cy[i] - r[i] - h, w, h),
                    new Rectangle2D.Double(cx[i] + r[i] + 3, cy[i] + r[i], w, h),
                    new Rectangle2D.Double(cx[i] - r[i] - 3 - w, cy[i] - r[i] - h, w, h),
                    new Rectangle2D.Double(cx[i] - r[i] - 3 - w, cy[i] + r[i], w, h)};
                Rectangle2D chosen = null;
                for (Rectangle2D t : tries) {
                    if (area.contains(t) && taken.stream().noneMatch(t::intersects)) {
                        chosen = t;
                        break;
                    }
                }
                if (chosen == null) {
                    chosen = tries[0];
                    for (Rectangle2D t : tries) {
                        if (area.contains(t)) {
                            chosen = t;
                            break;
                        }
                    }
                }
                taken.add(chosen);
                g2.setPaint(ChartParts.withAlpha(palette.color("background"), 0.8));
                g2.fill(new Rectangle2D.Double(chosen.getX() - 2, chosen.getY(), chosen.getWidth() + 4,
                        chosen.getHeight()));
                g2.setPaint(palette.color("text"));
                TextUtils.drawAlignedString(name, g2, (float) chosen.getX(), (float) chosen.getCenterY(),
                        TextAnchor.CENTER_LEFT);
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
