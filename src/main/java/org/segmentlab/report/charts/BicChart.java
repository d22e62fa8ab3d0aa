package org.segmentlab.report.charts;

import java.util.Arrays;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** The Bayesian information criterion of a Gaussian mixture for each number of components tried. */
public final class BicChart {

    private BicChart() {
    }

    /**
     * @param components    the numbers of components tried
     * @param bic           the BIC of each; NaN where the fit failed
     * @param lowerIsBetter libraries differ in the sign of BIC (scikit-learn: lower is better; Smile: higher)
     */
    public static JFreeChart chart(String title, int[] components, double[] bic, int chosenK, boolean lowerIsBetter) {
        ChartParts.requireSameLength("BIC per number of components", components.length, bic.length);
        XYSeries series = new XYSeries("BIC");
        for (int i = 0; i < components.length; i++) {
            if (!Double.isNaN(bic[i])) {
                series.add(components[i], bic[i]);
            }
        }
        NumberAxis kAxis = ChartParts.integerAxis("Number of mixture components (k)");
        int lo = Arrays.stream(components).min().orElse(1);
        int hi = Arrays.stream(components).max().orElse(lo + 1);
        kAxis.setRange(lo - 0.4, Math.max(hi, lo + 1) + 0.4);
        NumberAxis bicAxis = ChartParts.numberAxis("BIC");
        bicAxis.setAutoRangeIncludesZero(false);
        bicAxis.setUpperMargin(0.15);
        XYPlot plot = new XYPlot(new XYSeriesCollection(series), kAxis, bicAxis, SweepChart.pointsAndLine());
        plot.setDomainGridlinesVisible(false);
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        ChartStyle.apply(chart);
        ChartParts.subtitle(chart, lowerIsBetter ? "Lower BIC is better" : "Higher BIC is better");
        plot.addDomainMarker(ChartParts.referenceLine(chosenK, "chosen k = " + chosenK, true));
        return chart;
    }
}
