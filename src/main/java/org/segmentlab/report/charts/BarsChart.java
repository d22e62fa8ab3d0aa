package org.segmentlab.report.charts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;

/** Horizontal bars sorted largest first, e.g. feature importance (permutation importance, mean |SHAP|). */
public final class BarsChart {

    private BarsChart() {
    }

    /** A name and its value, with the error (e.g. one standard deviation over repeats) or NaN. */
    record Bar(String name, double value, double error) {
    }

    public static JFreeChart chart(String title, String valueAxis, List<String> names, double[] values) {
        return chart(title, valueAxis, names, values, null, Integer.MAX_VALUE);
    }

    /**
     * @param errors  the half-width of each value's error bar; null for none
     * @param maxBars only the largest this many are drawn; a subtitle says how many were left out
     */
    public static JFreeChart chart(String title, String valueAxis, List<String> names, double[] values, double[] errors,
                                   int maxBars) {
        List<Bar> bars = sorted(names, values, errors);
        List<Bar> shown = bars.subList(0, Math.min(bars.size(), Math.max(1, maxBars)));
        DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
        for (Bar b : shown) {
            data.add(b.value(), errors == null ? Double.NaN : b.error(), valueAxis, b.name());
        }
        CategoryAxis nameAxis = new CategoryAxis(null);
        nameAxis.setCategoryMargin(0.25);
        nameAxis.setMaximumCategoryLabelWidthRatio(0.45f);
        NumberAxis valueAx = ChartParts.numberAxis(valueAxis);
        valueAx.setUpperMargin(0.14);
        BarRenderer renderer = errors == null ? new BarRenderer() : new StatisticalBarRenderer();
        CategoryPlot plot = new CategoryPlot(data, nameAxis, valueAx, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        ChartStyle.apply(chart);
        Palette palette = ChartParts.palette();
        renderer.setSeriesPaint(0, palette.color("accent"));
        // what a bar says under the mouse: its name, value and error
        renderer.setDefaultToolTipGenerator((dataset, row, column) -> tip(shown.get(column), valueAxis));
        renderer.setMaximumBarWidth(0.08);
        if (renderer instanceof StatisticalBarRenderer) {
            StatisticalBarRenderer stat = (StatisticalBarRenderer) renderer;
            stat.setErrorIndicatorPaint(palette.color("text"));
            stat.setErrorIndicatorStroke(ChartParts.solid(1.2f));
        } else {
            renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", ChartParts.format("0.###")));
            renderer.setDefaultItemLabelsVisible(true);
            renderer.setDefaultItemLabelFont(ChartParts.SMALL);
            renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
            renderer.setDefaultNegativeItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE9, TextAnchor.CENTER_RIGHT));
            renderer.setItemLabelAnchorOffset(4);
        }
        if (shown.size() < bars.size()) {
            ChartParts.subtitle(chart, "the " + shown.size() + " largest of " + bars.size());
        }
        return chart;
    }

    /** "name: axis value (± error)", three significant digits. */
    static String tip(Bar b, String valueAxis) {
        String value = String.format(java.util.Locale.ROOT, "%.3g", b.value());
        return b.name() + ": " + valueAxis + " " + value
                + (Double.isNaN(b.error()) ? "" : String.format(java.util.Locale.ROOT, " (± %.2g)", b.error()));
    }

    /** Largest first; ties keep the caller's order so the chart is the same every time. */
    static List<Bar> sorted(List<String> names, double[] values, double[] errors) {
        ChartParts.requireSameLength("values (one per name)", names.size(), values.length);
        if (errors != null) {
            ChartParts.requireSameLength("errors (one per name)", names.size(), errors.length);
        }
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            bars.add(new Bar(names.get(i), values[i], errors == null ? Double.NaN : errors[i]));
        }
        bars.sort(Comparator.comparingDouble(Bar::value).reversed());
        return bars;
    }
}
