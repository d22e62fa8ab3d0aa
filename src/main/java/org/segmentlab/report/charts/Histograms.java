package org.segmentlab.report.charts;

import java.util.Arrays;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

/** Histograms of one measure, with log-spaced bins for skewed money and counts. */
public final class Histograms {

    private Histograms() {
    }

    /** Bin edges and counts; {@code edges.length == counts.length + 1}. */
    public record Bins(double[] edges, long[] counts, long leftOut) {
    }

    /**
     * Counts values into {@code binCount} bins, equal-width or (when {@code log}) equal in log10.
     * NaN values, and on a log scale values ≤ 0, are left out and counted in {@link Bins#leftOut()}.
     */
    public static Bins bin(double[] values, int binCount, boolean log) {
        if (binCount < 1) {
            throw new IllegalArgumentException("binCount must be at least 1");
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        long leftOut = 0;
        for (double v : values) {
            if (Double.isNaN(v) || (log && v <= 0)) {
                leftOut++;
                continue;
            }
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        if (min > max) {
            return new Bins(new double[] {0, 1}, new long[] {0}, leftOut);
        }
        double lo = log ? Math.log10(min) : min;
        double hi = log ? Math.log10(max) : max;
        if (hi == lo) {
            hi = lo + 1;
        }
        double[] edges = new double[binCount + 1];
        for (int i = 0; i <= binCount; i++) {
            double e = lo + (hi - lo) * i / binCount;
            edges[i] = log ? Math.pow(10, e) : e;
        }
        long[] counts = new long[binCount];
        for (double v : values) {
            if (Double.isNaN(v) || (log && v <= 0)) {
                continue;
            }
            double p = log ? Math.log10(v) : v;
            int b = (int) ((p - lo) / (hi - lo) * binCount);
            counts[Math.min(binCount - 1, Math.max(0, b))]++;
        }
        return new Bins(edges, counts, leftOut);
    }

    public static JFreeChart chart(String title, String axisLabel, double[] values, int binCount, boolean log) {
        Bins bins = bin(values, binCount, log);
        XYIntervalSeries series = new XYIntervalSeries(axisLabel);
        for (int i = 0; i < bins.counts().length; i++) {
            double lo = bins.edges()[i];
            double hi = bins.edges()[i + 1];
            double mid = log ? Math.sqrt(lo * hi) : (lo + hi) / 2;
            series.add(mid, lo, hi, bins.counts()[i], bins.counts()[i], bins.counts()[i]);
        }
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        data.addSeries(series);
        NumberAxis countAxis = new NumberAxis("Customers");
        countAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        XYBarRenderer renderer = new XYBarRenderer(0.06);
        XYPlot plot;
        if (log) {
            LogAxis x = new LogAxis(axisLabel + " (log scale)");
            x.setSmallestValue(Arrays.stream(bins.edges()).min().orElse(1));
            x.setBase(10);
            x.setTickUnit(new NumberTickUnit(1));
            x.setMinorTickMarksVisible(true);
            x.setNumberFormatOverride(new java.text.DecimalFormat("#,##0.##"));
            plot = new XYPlot(data, x, countAxis, renderer);
        } else {
            plot = new XYPlot(data, new NumberAxis(axisLabel), countAxis, renderer);
        }
        plot.setOrientation(PlotOrientation.VERTICAL);
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        ChartStyle.apply(chart);
        renderer.setSeriesPaint(0, Palette.standard().color("accent"));
        return chart;
    }
}
