package org.segmentlab.report.charts;

import java.util.Arrays;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Every customer's distance to its k-th nearest neighbour, sorted: DBSCAN's eps is read at the knee,
 * where the curve turns upward.
 */
public final class KDistanceChart {

    /** The curve is smooth, so a few thousand of its points draw it exactly as all of them would. */
    static final int MAX_POINTS = 2_000;

    private KDistanceChart() {
    }

    /**
     * @param kDistances    each customer's distance to its k-th nearest neighbour, in any order
     * @param k             the neighbour counted (DBSCAN's min-points)
     * @param suggestedEps  drawn as a horizontal line; NaN for none
     */
    public static JFreeChart chart(String title, double[] kDistances, int k, double suggestedEps) {
        double[] sorted = Arrays.stream(kDistances).filter(d -> !Double.isNaN(d)).sorted().toArray();
        XYSeries series = new XYSeries("k-distance", false, true);
        for (int index : evenlySpaced(sorted.length, MAX_POINTS)) {
            series.add(index + 1, sorted[index]);
        }
        NumberAxis rank = new NumberAxis("Customers, sorted by distance");
        rank.setNumberFormatOverride(ChartParts.format("#,##0"));
        rank.setAutoRangeIncludesZero(false);
        rank.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        NumberAxis distance = ChartParts.numberAxis("Distance to " + ChartParts.ordinal(k) + " nearest neighbour");
        distance.setUpperMargin(0.08);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        XYPlot plot = new XYPlot(new XYSeriesCollection(series), rank, distance, renderer);
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        ChartStyle.apply(chart);
        renderer.setSeriesPaint(0, ChartParts.palette().color("accent"));
        renderer.setSeriesStroke(0, ChartParts.solid(2f));
        ChartParts.subtitle(chart, ChartParts.count(sorted.length) + " customers; eps is read where the curve bends upward");
        if (!Double.isNaN(suggestedEps)) {
            ValueMarker eps = ChartParts.referenceLine(suggestedEps,
                    "suggested eps = " + ChartParts.significant(suggestedEps, 3), false);
            // left, where the sorted curve is still low and flat
            eps.setLabelAnchor(RectangleAnchor.TOP_LEFT);
            eps.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
            plot.addRangeMarker(eps);
        }
        return chart;
    }

    /** Indices 0..n-1 thinned to at most {@code max}, evenly spaced, always keeping the first and the last. */
    static int[] evenlySpaced(int n, int max) {
        if (n <= max) {
            int[] all = new int[n];
            for (int i = 0; i < n; i++) {
                all[i] = i;
            }
            return all;
        }
        int[] picked = new int[max];
        for (int j = 0; j < max; j++) {
            picked[j] = (int) Math.round(j * (n - 1) / (double) (max - 1));
        }
        return picked;
    }
}
