package org.segmentlab.report.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Whether predicted probabilities can be taken at their word: for bins of customers, the mean predicted
 * probability against the share that turned out positive. On the diagonal, "30%" means 30%.
 */
public final class CalibrationChart {

    private CalibrationChart() {
    }

    /**
     * @param meanPredicted the mean predicted probability in each bin
     * @param observedRate  the share of positives in each bin
     * @param customers     customers in each bin, drawn as bars under the curve
     */
    public static JFreeChart chart(String title, String model, double[] meanPredicted, double[] observedRate,
                                   long[] customers) {
        ChartParts.requireSameLength("observed rates (one per bin)", meanPredicted.length, observedRate.length);
        ChartParts.requireSameLength("customers (one per bin)", meanPredicted.length, customers.length);
        XYSeries curve = new XYSeries(model, false, true);
        XYIntervalSeries counts = new XYIntervalSeries("Customers");
        double width = 0.6 / Math.max(10, meanPredicted.length);
        for (int i = 0; i < meanPredicted.length; i++) {
            if (customers[i] == 0) {
                continue;
            }
            curve.add(meanPredicted[i], observedRate[i]);
            counts.add(meanPredicted[i], meanPredicted[i] - width / 2, meanPredicted[i] + width / 2,
                    customers[i], customers[i], customers[i]);
        }
        NumberAxis predicted = ChartParts.percentAxis("Mean predicted probability");
        NumberAxis observed = ChartParts.percentAxis("Observed positive rate");
        observed.setRange(0, 1.02);
        XYPlot calibration = new XYPlot(new XYSeriesCollection(curve), null, observed, SweepChart.pointsAndLine());

        XYIntervalSeriesCollection countData = new XYIntervalSeriesCollection();
        countData.addSeries(counts);
        NumberAxis countAxis = ChartParts.numberAxis("Customers");
        countAxis.setNumberFormatOverride(ChartParts.format("#,##0"));
        countAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        XYBarRenderer bars = new XYBarRenderer();
        bars.setDrawBarOutline(false);
        XYPlot histogram = new XYPlot(countData, null, countAxis, bars);

        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(predicted);
        combined.setGap(12);
        combined.add(calibration, 4);
        combined.add(histogram, 1);
        combined.setInsets(ChartParts.ROOM_FOR_LAST_TICK);
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, combined, false);
        ChartStyle.apply(chart);
        bars.setSeriesPaint(0, ChartParts.palette().color("grid").darker());
        calibration.addAnnotation(new XYLineAnnotation(0, 0, 1, 1, ChartParts.dashed(1.2f), ChartParts.muted()));
        calibration.addAnnotation(ChartParts.text("perfectly calibrated", 0.62, 0.59, ChartParts.SMALL, ChartParts.muted(),
                TextAnchor.TOP_LEFT));
        ChartParts.subtitle(chart, model + ": points above the diagonal mean the model under-predicts");
        return chart;
    }
}
