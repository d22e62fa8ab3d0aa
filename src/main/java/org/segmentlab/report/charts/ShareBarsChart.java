package org.segmentlab.report.charts;

import java.text.DecimalFormat;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Two shares side by side per group, e.g. each segment's share of customers beside its share of
 * revenue: the chart that shows "20% of customers bring 60% of revenue".
 */
public final class ShareBarsChart {

    private ShareBarsChart() {
    }

    /** Shares are fractions (0..1); they are shown as percentages. */
    public static JFreeChart chart(String title, List<String> groups, String firstShare, double[] first,
                                   String secondShare, double[] second) {
        if (first.length != groups.size() || second.length != groups.size()) {
            throw new IllegalArgumentException("one share per group is needed");
        }
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int i = 0; i < groups.size(); i++) {
            data.addValue(first[i] * 100, firstShare, groups.get(i));
            data.addValue(second[i] * 100, secondShare, groups.get(i));
        }
        NumberAxis value = new NumberAxis("% of total");
        value.setNumberFormatOverride(new DecimalFormat("0'%'"));
        value.setUpperMargin(0.12);
        BarRenderer renderer = new BarRenderer();
        renderer.setItemMargin(0.05);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}%", new DecimalFormat("0.0")));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        renderer.setItemLabelAnchorOffset(4);
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(null), value, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        ChartStyle.apply(chart);
        Palette palette = Palette.standard();
        renderer.setSeriesPaint(0, palette.color("accent"));
        renderer.setSeriesPaint(1, palette.segment(2));
        return chart;
    }
}
