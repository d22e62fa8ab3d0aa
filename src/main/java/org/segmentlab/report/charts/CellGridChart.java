package org.segmentlab.report.charts;

import java.awt.Color;
import java.awt.Font;
import java.text.NumberFormat;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.LookupPaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * A grid of labelled cells coloured by group, e.g. the RFM grid: recency score across, frequency
 * score up, each cell coloured by its segment and showing its customers and average spend.
 */
public final class CellGridChart {

    private CellGridChart() {
    }

    /**
     * One cell of the grid.
     *
     * @param column 1-based position across
     * @param row    1-based position up
     * @param group  index into the group names (its colour is {@link Palette#segment(int)} of group + 1)
     * @param lines  text lines drawn in the cell, top to bottom
     */
    public record Cell(int column, int row, int group, String... lines) {
    }

    public static JFreeChart chart(String title, String columnAxis, String rowAxis, int columns, int rows,
                                   java.util.List<String> groupNames, java.util.List<Cell> cells) {
        Palette palette = Palette.standard();
        double[] xs = new double[cells.size()];
        double[] ys = new double[cells.size()];
        double[] zs = new double[cells.size()];
        for (int i = 0; i < cells.size(); i++) {
            xs[i] = cells.get(i).column();
            ys[i] = cells.get(i).row();
            zs[i] = cells.get(i).group();
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries("cells", new double[][] {xs, ys, zs});

        LookupPaintScale scale = new LookupPaintScale(-0.5, Math.max(0.5, groupNames.size() - 0.5),
                palette.color("surface"));
        for (int g = 0; g < groupNames.size(); g++) {
            scale.add(g - 0.5, soften(palette.segment(g + 1)));
        }
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setPaintScale(scale);
        renderer.setBlockWidth(0.96);
        renderer.setBlockHeight(0.96);

        NumberAxis x = integerAxis(columnAxis, columns);
        NumberAxis y = integerAxis(rowAxis, rows);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
        Font bold = font.deriveFont(Font.BOLD);
        for (Cell cell : cells) {
            int n = cell.lines().length;
            for (int i = 0; i < n; i++) {
                double offset = (n - 1) / 2.0 - i;
                XYTextAnnotation text = new XYTextAnnotation(cell.lines()[i], cell.column(), cell.row() + offset * 0.17);
                text.setFont(i == 0 ? bold : font);
                text.setPaint(palette.color("text"));
                text.setTextAnchor(TextAnchor.CENTER);
                plot.addAnnotation(text);
            }
        }
        LegendItemCollection legend = new LegendItemCollection();
        for (int g = 0; g < groupNames.size(); g++) {
            legend.add(new LegendItem(groupNames.get(g), soften(palette.segment(g + 1))));
        }
        plot.setFixedLegendItems(legend);
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        ChartStyle.apply(chart);
        LegendTitle lt = chart.getLegend();
        lt.setPosition(RectangleEdge.RIGHT);
        return chart;
    }

    private static NumberAxis integerAxis(String label, int count) {
        NumberAxis axis = new NumberAxis(label);
        axis.setRange(0.5, count + 0.5);
        axis.setTickUnit(new NumberTickUnit(1, NumberFormat.getIntegerInstance(Locale.ROOT)));
        axis.setAxisLineVisible(false);
        axis.setTickMarksVisible(false);
        return axis;
    }

    /** Cell fills are the segment colour mixed towards white so the black text stays readable. */
    static Color soften(Color c) {
        return Palette.mix(c, Color.WHITE, 0.45);
    }
}
