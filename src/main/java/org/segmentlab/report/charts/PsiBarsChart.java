package org.segmentlab.report.charts;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The population stability index of each measure between two snapshots, as bars, with the two usual
 * thresholds drawn: 0.1 (moderate drift from here) and 0.25 (major drift beyond).
 */
public final class PsiBarsChart {

    public static final double MODERATE = 0.1;
    public static final double MAJOR = 0.25;

    private PsiBarsChart() {
    }

    public static JFreeChart chart(String title, List<String> measures, double[] psi) {
        if (psi.length != measures.size()) {
            throw new IllegalArgumentException("one PSI per measure is needed");
        }
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        double top = MAJOR;
        for (int i = 0; i < psi.length; i++) {
            data.addValue(psi[i], "PSI", measures.get(i));
            top = Math.max(top, psi[i]);
        }
        NumberAxis value = new NumberAxis("Population stability index");
        value.setRange(0, top * 1.15);
        value.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(top > 1 ? 0.25 : 0.05));
        value.setNumberFormatOverride(ChartParts.format("0.00"));
        CategoryAxis measureAxis = new CategoryAxis(null);
        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        CategoryPlot plot = new CategoryPlot(data, measureAxis, value, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        // the bars lie flat, so the value lines stand upright: their labels go at the top, as on a domain axis
        org.jfree.chart.plot.ValueMarker moderate = ChartParts.referenceLine(MODERATE, "0.1 moderate", true);
        // a line below the major one's label: with a long axis the two lines stand close and the labels met
        moderate.setLabelOffset(new org.jfree.chart.ui.RectangleInsets(20, 4, 4, 4));
        plot.addRangeMarker(moderate);
        plot.addRangeMarker(ChartParts.referenceLine(MAJOR, "0.25 major", true));
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        ChartStyle.apply(chart);
        renderer.setSeriesPaint(0, ChartParts.palette().segment(1));
        return chart;
    }
}
