package org.segmentlab.report.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.DefaultDrawingSupplier;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.ui.RectangleInsets;

/**
 * One chart theme derived from the palette, so every chart (in the workbench and in reports) looks
 * like the rest of SegmentLab: flat bars, light grid, no shadows or gradients.
 */
public final class ChartStyle {

    private static final String FONT = Font.SANS_SERIF;

    private ChartStyle() {
    }

    public static StandardChartTheme theme(Palette palette) {
        StandardChartTheme theme = new StandardChartTheme("SegmentLab");
        theme.setExtraLargeFont(new Font(FONT, Font.BOLD, 16));
        theme.setLargeFont(new Font(FONT, Font.BOLD, 13));
        theme.setRegularFont(new Font(FONT, Font.PLAIN, 12));
        theme.setSmallFont(new Font(FONT, Font.PLAIN, 10));
        theme.setTitlePaint(palette.color("text"));
        theme.setSubtitlePaint(palette.color("text.muted"));
        theme.setChartBackgroundPaint(palette.color("background"));
        theme.setPlotBackgroundPaint(palette.color("background"));
        theme.setPlotOutlinePaint(palette.color("grid"));
        theme.setDomainGridlinePaint(palette.color("grid"));
        theme.setRangeGridlinePaint(palette.color("grid"));
        theme.setAxisLabelPaint(palette.color("text.muted"));
        theme.setTickLabelPaint(palette.color("text.muted"));
        theme.setLegendBackgroundPaint(palette.color("background"));
        theme.setLegendItemPaint(palette.color("text"));
        theme.setItemLabelPaint(palette.color("text"));
        theme.setBarPainter(new StandardBarPainter());
        theme.setXYBarPainter(new StandardXYBarPainter());
        theme.setShadowVisible(false);
        theme.setAxisOffset(RectangleInsets.ZERO_INSETS);
        Color[] series = new Color[palette.segmentCount()];
        for (int i = 0; i < series.length; i++) {
            series[i] = palette.segment(i + 1);
        }
        theme.setDrawingSupplier(new DefaultDrawingSupplier(series, series,
                DefaultDrawingSupplier.DEFAULT_STROKE_SEQUENCE,
                DefaultDrawingSupplier.DEFAULT_OUTLINE_STROKE_SEQUENCE,
                DefaultDrawingSupplier.DEFAULT_SHAPE_SEQUENCE));
        return theme;
    }

    /** Applies the SegmentLab look to a chart built anywhere, and returns it. */
    public static JFreeChart apply(JFreeChart chart) {
        Palette palette = Palette.standard();
        theme(palette).apply(chart);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setPadding(new RectangleInsets(8, 8, 8, 8));
        Plot plot = chart.getPlot();
        plot.setOutlineVisible(false);
        if (plot instanceof XYPlot) {
            styleXY((XYPlot) plot);
            if (plot instanceof CombinedDomainXYPlot) {
                for (XYPlot subplot : ((CombinedDomainXYPlot) plot).getSubplots()) {
                    subplot.setOutlineVisible(false);
                    styleXY(subplot);
                }
            }
        } else if (plot instanceof CategoryPlot) {
            CategoryPlot cat = (CategoryPlot) plot;
            cat.setRangeGridlineStroke(new BasicStroke(0.6f));
            cat.setDomainGridlinesVisible(false);
            if (cat.getRenderer() instanceof BarRenderer) {
                BarRenderer bars = (BarRenderer) cat.getRenderer();
                bars.setShadowVisible(false);
                bars.setDrawBarOutline(false);
            }
        }
        return chart;
    }

    private static void styleXY(XYPlot xy) {
        xy.setDomainGridlineStroke(new BasicStroke(0.6f));
        xy.setRangeGridlineStroke(new BasicStroke(0.6f));
        if (xy.getRenderer() instanceof XYBarRenderer) {
            ((XYBarRenderer) xy.getRenderer()).setShadowVisible(false);
        }
    }
}
