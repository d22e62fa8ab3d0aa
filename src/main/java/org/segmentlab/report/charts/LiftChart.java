package org.segmentlab.report.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * What contacting the best-scored customers first buys: cumulative gains (share of all positives found
 * after contacting the top x% of customers) above, and the lift of each decile over random below.
 */
public final class LiftChart {

    private LiftChart() {
    }

    /** Cumulative shares and lifts computed from per-bin counts; the bins run from the highest scores down. */
    record Gains(double[] contacted, double[] captured, double[] lift) {
    }

    /**
     * @param customers customers in each bin (usually ten deciles), highest scores first
     * @param positives positives (e.g. churners) in each bin
     */
    public static JFreeChart chart(String title, long[] customers, long[] positives) {
        Gains g = gains(customers, positives);
        XYSeries curve = new XYSeries("Model", false, true);
        curve.add(0, 0);
        for (int i = 0; i < g.contacted().length; i++) {
            curve.add(g.contacted()[i], g.captured()[i]);
        }
        NumberAxis contacted = ChartParts.percentAxis("Customers contacted, highest scores first");
        contacted.setTickUnit(new NumberTickUnit(0.1, ChartParts.format("0%")));
        NumberAxis captured = ChartParts.percentAxis("Positives found (cumulative)");
        captured.setRange(0, 1.04);
        XYLineAndShapeRenderer line = SweepChart.pointsAndLine();
        XYPlot gainsPlot = new XYPlot(new XYSeriesCollection(curve), null, captured, line);

        XYIntervalSeries bars = new XYIntervalSeries("Lift");
        double start = 0;
        double maxLift = 1;
        for (int i = 0; i < g.lift().length; i++) {
            double end = g.contacted()[i];
            bars.add((start + end) / 2, start, end, g.lift()[i], g.lift()[i], g.lift()[i]);
            maxLift = Math.max(maxLift, g.lift()[i]);
            start = end;
        }
        XYIntervalSeriesCollection barData = new XYIntervalSeriesCollection();
        barData.addSeries(bars);
        NumberAxis liftAxis = ChartParts.numberAxis("Lift over random (×)");
        liftAxis.setRange(0, maxLift * 1.25);
        XYBarRenderer barRenderer = new XYBarRenderer(0.12);
        barRenderer.setDrawBarOutline(false);
        XYPlot liftPlot = new XYPlot(barData, null, liftAxis, barRenderer);

        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(contacted);
        combined.setGap(16);
        combined.add(gainsPlot, 3);
        combined.add(liftPlot, 2);
        combined.setInsets(ChartParts.ROOM_FOR_LAST_TICK);
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, combined, false);
        ChartStyle.apply(chart);
        Palette palette = ChartParts.palette();
        barRenderer.setSeriesPaint(0, palette.color("accent"));
        barRenderer.setSeriesItemLabelGenerator(0, (data, s, i) -> ChartParts.decimal(data.getYValue(s, i), 1) + "×");
        barRenderer.setSeriesItemLabelsVisible(0, true);
        barRenderer.setSeriesItemLabelFont(0, ChartParts.SMALL);
        barRenderer.setSeriesItemLabelPaint(0, palette.color("text"));
        barRenderer.setSeriesPositiveItemLabelPosition(0,
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
        gainsPlot.addAnnotation(new XYLineAnnotation(0, 0, 1, 1, ChartParts.dashed(1.2f), ChartParts.muted()));
        gainsPlot.addAnnotation(ChartParts.text("random", 0.72, 0.69, ChartParts.SMALL, ChartParts.muted(), TextAnchor.TOP_LEFT));
        liftPlot.addRangeMarker(ChartParts.referenceLine(1, "random = 1×", false));
        gainsPlot.setDomainGridlinesVisible(false);
        liftPlot.setDomainGridlinesVisible(false);
        if (g.contacted().length > 0) {
            int fifth = Math.min(g.contacted().length, Math.max(1, Math.round(g.contacted().length / 5f))) - 1;
            ChartParts.subtitle(chart, "Contacting the top " + ChartParts.percent(g.contacted()[fifth], 0) + " finds "
                    + ChartParts.percent(g.captured()[fifth], 0) + " of all positives");
        }
        return chart;
    }

    static Gains gains(long[] customers, long[] positives) {
        ChartParts.requireSameLength("positives per bin", customers.length, positives.length);
        long n = 0;
        long p = 0;
        for (int i = 0; i < customers.length; i++) {
            if (positives[i] < 0 || positives[i] > customers[i]) {
                throw new IllegalArgumentException("bin " + (i + 1) + " has " + positives[i] + " positives among "
                        + customers[i] + " customers");
            }
            n += customers[i];
            p += positives[i];
        }
        if (n == 0 || p == 0) {
            throw new IllegalArgumentException("gains need at least one customer and one positive");
        }
        double rate = p / (double) n;
        double[] contacted = new double[customers.length];
        double[] captured = new double[customers.length];
        double[] lift = new double[customers.length];
        long cn = 0;
        long cp = 0;
        for (int i = 0; i < customers.length; i++) {
            cn += customers[i];
            cp += positives[i];
            contacted[i] = cn / (double) n;
            captured[i] = cp / (double) p;
            lift[i] = customers[i] == 0 ? 0 : positives[i] / (double) customers[i] / rate;
        }
        return new Gains(contacted, captured, lift);
    }
}
