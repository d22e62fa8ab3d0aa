package org.segmentlab.report.charts;

import java.awt.Color;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XIntervalSeries;
import org.jfree.data.xy.XIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.segmentlab.core.campaign.CampaignReadout;
import org.segmentlab.core.campaign.SegmentReadout;
import org.segmentlab.core.campaign.UpliftDecile;
import org.segmentlab.core.campaign.UpliftEvaluation;

/** The charts of a campaign readout and an uplift model, for a report section and a workbench step. */
public final class CampaignCharts {

    private CampaignCharts() {
    }

    /**
     * The forest plot: each segment's difference in conversion (treated − control, percentage points)
     * with its interval, {@code All} on top, and the zero line of "no effect". A segment whose interval
     * excludes zero is drawn in the positive or negative colour, the others muted.
     */
    public static JFreeChart forestPlot(String title, CampaignReadout readout) {
        List<SegmentReadout> rows = readout.rows();
        int n = rows.size();
        String[] names = new String[n];
        XIntervalSeries clearUp = new XIntervalSeries("Clear lift");
        XIntervalSeries clearDown = new XIntervalSeries("Clear fall");
        XIntervalSeries unclear = new XIntervalSeries("No clear effect");
        for (int i = 0; i < n; i++) {
            SegmentReadout r = rows.get(i);
            double y = n - 1 - i;
            names[n - 1 - i] = r.segment();
            double d = 100 * r.difference().estimate();
            if (!Double.isFinite(d)) {
                continue;
            }
            XIntervalSeries series = !r.difference().excludesZero() ? unclear : d > 0 ? clearUp : clearDown;
            series.add(d, 100 * r.difference().low(), 100 * r.difference().high(), y);
        }
        XIntervalSeriesCollection data = new XIntervalSeriesCollection();
        data.addSeries(clearUp);
        data.addSeries(clearDown);
        data.addSeries(unclear);
        NumberAxis difference = ChartParts.numberAxis("Difference in conversion, points ("
                + Math.round(100 * readout.params().confidence()) + "% interval)");
        difference.setAutoRangeIncludesZero(true);
        SymbolAxis segments = new SymbolAxis(null, names);
        segments.setGridBandsVisible(false);
        // room above the top row for the label of the zero line
        segments.setAutoRange(false);
        segments.setRange(-0.6, n - 0.4 + 0.5);
        segments.setTickLabelFont(ChartParts.LABEL);
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDrawXError(true);
        renderer.setDrawYError(false);
        renderer.setDefaultLinesVisible(false);
        renderer.setDefaultShapesVisible(true);
        renderer.setErrorStroke(ChartParts.solid(2f));
        renderer.setCapLength(6);
        XYPlot plot = new XYPlot(data, difference, segments, renderer);
        plot.addDomainMarker(ChartParts.referenceLine(0, "no effect", true));
        plot.setInsets(ChartParts.ROOM_FOR_LAST_TICK);
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        ChartStyle.apply(chart);
        Palette palette = ChartParts.palette();
        Color[] paints = {palette.color("positive"), palette.color("negative"), ChartParts.muted()};
        for (int s = 0; s < paints.length; s++) {
            renderer.setSeriesPaint(s, paints[s]);
            renderer.setSeriesShape(s, ChartParts.circle(8));
        }
        renderer.setErrorPaint(null);
        return chart;
    }

    /**
     * The Qini curve of the test part (incremental conversions per 100 customers of the part, by share
     * targeted highest predicted uplift first) against the straight line of random targeting.
     */
    public static JFreeChart qini(String title, UpliftEvaluation evaluation) {
        return againstRandom(title, evaluation.qiniCurve(), "Added conversions per 100",
                String.format(java.util.Locale.ROOT, "Area above random: %s per 100 customers",
                        ChartParts.signed(100 * evaluation.qiniAreaAboveRandom(), 3)));
    }

    /**
     * The uplift curve of the test part: treated rate minus control rate among the customers targeted so
     * far, weighted by the share targeted (points), against the straight line of random targeting.
     */
    public static JFreeChart upliftCurve(String title, UpliftEvaluation evaluation) {
        return againstRandom(title, evaluation.upliftCurve(), "Uplift × share, points",
                String.format(java.util.Locale.ROOT, "Top 10%% / 20%% / 30%%: %s / %s / %s points",
                        ChartParts.signed(100 * evaluation.upliftAt10(), 2),
                        ChartParts.signed(100 * evaluation.upliftAt20(), 2),
                        ChartParts.signed(100 * evaluation.upliftAt30(), 2)));
    }

    /** A curve by share targeted (in points, its undefined points left out) and the line from 0 to its end. */
    private static JFreeChart againstRandom(String title, List<UpliftEvaluation.CurvePoint> curve, String yLabel,
                                            String reading) {
        XYSeries model = new XYSeries("Model", false, true);
        for (UpliftEvaluation.CurvePoint p : curve) {
            if (Double.isFinite(p.value())) {
                model.add(p.share(), 100 * p.value());
            }
        }
        XYSeries random = new XYSeries("Random targeting", false, true);
        random.add(0, 0);
        random.add(1, 100 * curve.get(curve.size() - 1).value());
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(model);
        data.addSeries(random);
        NumberAxis share = ChartParts.percentAxis("Share targeted, highest uplift first");
        NumberAxis gained = ChartParts.numberAxis(yLabel);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        XYPlot plot = new XYPlot(data, share, gained, renderer);
        plot.setInsets(ChartParts.ROOM_FOR_LAST_TICK);
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        ChartStyle.apply(chart);
        renderer.setSeriesPaint(0, ChartParts.palette().color("accent"));
        renderer.setSeriesStroke(0, ChartParts.solid(2f));
        renderer.setSeriesPaint(1, ChartParts.muted());
        renderer.setSeriesStroke(1, ChartParts.dashed(1.5f));
        ChartParts.subtitle(chart, reading);
        return chart;
    }

    /**
     * Uplift by decile of predicted uplift on the test part (decile 1 the highest): the observed
     * difference between the arms as bars, the mean prediction beside them.
     */
    public static JFreeChart deciles(String title, List<UpliftDecile> deciles) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (UpliftDecile d : deciles) {
            String key = Integer.toString(d.decile());
            data.addValue(Double.isFinite(d.observedUplift()) ? 100 * d.observedUplift() : null, "Observed", key);
            data.addValue(100 * d.predictedUplift(), "Predicted", key);
        }
        NumberAxis value = ChartParts.numberAxis("Uplift, points");
        value.setAutoRangeIncludesZero(true);
        CategoryAxis decile = new CategoryAxis("Decile of predicted uplift (1 = highest)");
        decile.setTickLabelFont(ChartParts.LABEL);
        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setItemMargin(0.05);
        CategoryPlot plot = new CategoryPlot(data, decile, value, renderer);
        plot.addRangeMarker(ChartParts.referenceLine(0, null, false));
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        ChartStyle.apply(chart);
        renderer.setSeriesPaint(0, ChartParts.palette().color("accent"));
        renderer.setSeriesPaint(1, ChartParts.muted());
        return chart;
    }
}
