package org.segmentlab.report.charts;

import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.annotations.XYTitleAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.chart.ui.VerticalAlignment;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * How well models rank customers: ROC curves (true against false positive rate) and precision–recall
 * curves, several models overlaid, each named with its area under the curve.
 */
public final class CurveChart {

    private CurveChart() {
    }

    /**
     * One model's curve: points in drawing order and the area under it (AUC for ROC, average precision for PR).
     * For ROC x is the false positive rate and y the true positive rate; for PR x is recall and y precision.
     */
    public record Curve(String model, double[] x, double[] y, double area) {
        public Curve {
            ChartParts.requireSameLength(model + ": y (one per x)", x.length, y.length);
        }
    }

    /** ROC curves with the diagonal of a model that guesses; legend entries like "Logistic (AUC 0.84)". */
    public static JFreeChart roc(String title, List<Curve> curves) {
        XYPlot plot = plot(curves, "AUC", "False positive rate (share of negatives flagged)",
                "True positive rate (recall)");
        JFreeChart chart = finish(title, plot, curves.size(), RectangleAnchor.BOTTOM_RIGHT);
        plot.addAnnotation(new XYLineAnnotation(0, 0, 1, 1, ChartParts.dashed(1.2f), ChartParts.muted()));
        plot.addAnnotation(new GuessLabel());
        return chart;
    }

    /**
     * Names the diagonal just below it, right of 60% of the way up, where the curves leave room; in a
     * narrow plot it slides down the line so it never runs past the plot's right edge.
     */
    static final class GuessLabel extends AbstractXYAnnotation {

        private static final long serialVersionUID = 1L;
        static final String TEXT = "random guess (AUC 0.50)";
        private static final double INSET = 4;

        /** Where the text goes in a plot drawn in {@code area}. */
        Rectangle2D bounds(Graphics2D g2, Rectangle2D area, XYPlot plot, ValueAxis x, ValueAxis y) {
            FontMetrics metrics = g2.getFontMetrics(ChartParts.SMALL);
            double w = metrics.stringWidth(TEXT);
            double h = metrics.getHeight();
            double left = Math.min(x.valueToJava2D(0.6, area, plot.getDomainAxisEdge()),
                    area.getMaxX() - INSET - w);
            left = Math.max(area.getMinX() + INSET, left);
            double atLine = y.valueToJava2D(x.java2DToValue(left, area, plot.getDomainAxisEdge()), area,
                    plot.getRangeAxisEdge());
            double top = Math.min(atLine + 3, area.getMaxY() - INSET - h);
            return new Rectangle2D.Double(left, top, w, h);
        }

        @Override
        public void draw(Graphics2D g2, XYPlot plot, Rectangle2D area, ValueAxis x, ValueAxis y, int rendererIndex,
                         PlotRenderingInfo info) {
            Rectangle2D box = bounds(g2, area, plot, x, y);
            g2.setFont(ChartParts.SMALL);
            g2.setPaint(ChartParts.muted());
            g2.drawString(TEXT, (float) box.getMinX(), (float) (box.getMinY() + g2.getFontMetrics().getAscent()));
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof GuessLabel;
        }

        @Override
        public int hashCode() {
            return 11;
        }
    }

    /** Precision–recall curves with the baseline precision of a model that guesses (the positive rate). */
    public static JFreeChart precisionRecall(String title, List<Curve> curves, double positiveRate) {
        XYPlot plot = plot(curves, "AP", "Recall (share of positives found)", "Precision (share of flagged that are positive)");
        // no corner of a precision-recall plot is sure to stay empty (a weak model's curve runs anywhere,
        // the guess line sits at the positive rate): the legend goes under the plot
        JFreeChart chart = finish(title, plot, curves.size(), null);
        ValueMarker baseline = ChartParts.referenceLine(positiveRate,
                "random guess (positive rate " + ChartParts.percent(positiveRate, 1) + ")", false);
        // at the left, where the curves are high above it
        baseline.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        baseline.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
        plot.addRangeMarker(baseline);
        return chart;
    }

    /** The label of a model in the legend: "Logistic (AUC 0.84)". */
    static String legendLabel(Curve c, String areaName) {
        return c.model() + " (" + areaName + " " + ChartParts.decimal(c.area(), 2) + ")";
    }

    private static XYPlot plot(List<Curve> curves, String areaName, String xLabel, String yLabel) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (Curve c : curves) {
            XYSeries s = new XYSeries(legendLabel(c, areaName), false, true);
            for (int i = 0; i < c.x().length; i++) {
                s.add(c.x()[i], c.y()[i]);
            }
            data.addSeries(s);
        }
        NumberAxis x = ChartParts.percentAxis(xLabel);
        NumberAxis y = ChartParts.percentAxis(yLabel);
        y.setRange(0, 1.02);
        x.setRange(0, 1.0);
        XYPlot plot = new XYPlot(data, x, y, new XYLineAndShapeRenderer(true, false));
        plot.setInsets(ChartParts.ROOM_FOR_LAST_TICK);
        return plot;
    }

    /** @param legendCorner the corner of the plot the legend sits in; null = under the plot */
    private static JFreeChart finish(String title, XYPlot plot, int models, RectangleAnchor legendCorner) {
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        ChartStyle.apply(chart);
        XYLineAndShapeRenderer renderer = (XYLineAndShapeRenderer) plot.getRenderer();
        for (int i = 0; i < models; i++) {
            renderer.setSeriesPaint(i, ChartParts.palette().segment(i + 1));
            renderer.setSeriesStroke(i, ChartParts.solid(2.2f));
        }
        // the legend inside the plot, in the corner the curves leave empty
        LegendTitle legend = new LegendTitle(plot);
        legend.setItemFont(ChartParts.LABEL);
        legend.setItemPaint(ChartParts.text());
        legend.setBackgroundPaint(ChartParts.withAlpha(ChartParts.palette().color("background"), 0.9));
        legend.setFrame(new BlockBorder(ChartParts.palette().color("grid")));
        legend.setItemLabelPadding(new RectangleInsets(2, 4, 2, 4));
        if (legendCorner == null) {
            legend.setPosition(RectangleEdge.BOTTOM);
            legend.setFrame(BlockBorder.NONE);
            legend.setBackgroundPaint(null);
            chart.addSubtitle(legend);
            return chart;
        }
        legend.setPosition(RectangleEdge.RIGHT);
        double x = legendCorner == RectangleAnchor.TOP_RIGHT || legendCorner == RectangleAnchor.BOTTOM_RIGHT ? 0.98 : 0.02;
        double y = legendCorner == RectangleAnchor.TOP_RIGHT || legendCorner == RectangleAnchor.TOP_LEFT ? 0.97 : 0.03;
        legend.setVerticalAlignment(VerticalAlignment.TOP);
        XYTitleAnnotation inside = new XYTitleAnnotation(x, y, legend, legendCorner);
        plot.addAnnotation(inside);
        return chart;
    }
}
