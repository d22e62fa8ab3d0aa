package org.segmentlab.report.charts;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;

/**
 * How well each segment of a clustering comes back when the customers are resampled: the mean best
 * Jaccard similarity over the bootstrap resamples as a bar, one standard deviation either side as a
 * whisker, and Hennig's thresholds drawn: below 0.6 do not trust, from 0.75 stable, from 0.85 highly
 * stable. Segment i takes colour i + 1.
 */
public final class StabilityChart {

    public static final double PATTERN = 0.6;
    public static final double STABLE = 0.75;
    public static final double HIGHLY_STABLE = 0.85;

    private StabilityChart() {
    }

    /**
     * @param segments the segments, top first
     * @param mean     each segment's mean Jaccard similarity (NaN: not assessed, no bar)
     * @param sd       its standard deviation over the resamples (NaN: no whisker)
     */
    public static JFreeChart chart(String title, List<String> segments, double[] mean, double[] sd) {
        if (mean.length != segments.size() || sd.length != segments.size()) {
            throw new IllegalArgumentException("one mean and one deviation per segment are needed");
        }
        DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
        for (int i = 0; i < mean.length; i++) {
            data.add(Double.isNaN(mean[i]) ? null : mean[i], Double.isNaN(sd[i]) ? null : sd[i], "Jaccard",
                    segments.get(i));
        }
        NumberAxis value = new NumberAxis("Mean bootstrap Jaccard similarity (± 1 sd)");
        value.setRange(0, 1.0);
        value.setTickUnit(new NumberTickUnit(0.1));
        value.setNumberFormatOverride(ChartParts.format("0.0"));
        StatisticalBarRenderer renderer = new StatisticalBarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setMaximumBarWidth(0.12);
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(null), value, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        plot.addRangeMarker(ChartParts.referenceLine(PATTERN, "0.6", true));
        plot.addRangeMarker(ChartParts.referenceLine(STABLE, "0.75", true));
        plot.addRangeMarker(ChartParts.referenceLine(HIGHLY_STABLE, "0.85", true));
        plot.setInsets(ChartParts.ROOM_FOR_LAST_TICK);
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        ChartStyle.apply(chart);
        // the theme resets subtitles: added after it
        org.jfree.chart.title.TextTitle reading = new org.jfree.chart.title.TextTitle("Hennig's reading: below 0.6 "
                + "do not trust, from 0.6 a pattern, from 0.75 stable, from 0.85 highly stable", ChartParts.SUBTITLE);
        reading.setPaint(ChartParts.muted());
        chart.addSubtitle(reading);
        renderer.setSeriesPaint(0, ChartParts.palette().segment(1));
        renderer.setErrorIndicatorPaint(ChartParts.text());
        return chart;
    }
}
