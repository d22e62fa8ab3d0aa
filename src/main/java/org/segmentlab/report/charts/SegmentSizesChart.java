package org.segmentlab.report.charts;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.StackedAreaRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/** Segment sizes over time, stacked: how many customers each segment holds on each snapshot day. */
public final class SegmentSizesChart {

    private SegmentSizesChart() {
    }

    /**
     * @param days     the snapshot days, in order (the categories across)
     * @param segments the segments, bottom of the stack first; segment i takes colour i + 1
     * @param sizes    {@code sizes[segment][day]} customers
     */
    public static JFreeChart chart(String title, List<String> days, List<String> segments, long[][] sizes) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int s = 0; s < segments.size(); s++) {
            for (int d = 0; d < days.size(); d++) {
                data.addValue(sizes[s][d], segments.get(s), days.get(d));
            }
        }
        CategoryAxis dayAxis = new CategoryAxis("As of");
        dayAxis.setLowerMargin(0);
        dayAxis.setUpperMargin(0);
        // the areas run on from one day to the next, without gaps between the days
        dayAxis.setCategoryMargin(0);
        if (days.size() > 6) {
            dayAxis.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        NumberAxis customers = new NumberAxis("Customers");
        customers.setNumberFormatOverride(ChartParts.format("#,##0"));
        StackedAreaRenderer renderer = new StackedAreaRenderer();
        CategoryPlot plot = new CategoryPlot(data, dayAxis, customers, renderer);
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        ChartStyle.apply(chart);
        Palette palette = ChartParts.palette();
        for (int s = 0; s < segments.size(); s++) {
            renderer.setSeriesPaint(s, palette.segment(s + 1));
        }
        return chart;
    }
}
