package org.segmentlab.report.charts;

import java.awt.Font;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.LookupPaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * Where the customers of each earlier segment went: one row per earlier segment (and new customers),
 * one column per later segment (and those gone), each cell shaded and labelled by its share of the row.
 */
public final class MigrationHeatmapChart {

    private static final int SHADES = 10;

    private MigrationHeatmapChart() {
    }

    /**
     * @param rows      earlier segments, top first
     * @param columns   later segments, left first
     * @param rowShares {@code rowShares[row][column]} in 0..1 (NaN for an empty row)
     */
    public static JFreeChart chart(String title, String rowAxis, String columnAxis, List<String> rows,
                                   List<String> columns, double[][] rowShares) {
        int r = rows.size();
        int c = columns.size();
        double[] xs = new double[r * c];
        double[] ys = new double[r * c];
        double[] zs = new double[r * c];
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < c; j++) {
                int k = i * c + j;
                xs[k] = j;
                ys[k] = r - 1 - i;
                zs[k] = Double.isNaN(rowShares[i][j]) ? 0 : rowShares[i][j];
            }
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries("shares", new double[][] {xs, ys, zs});
        Palette palette = ChartParts.palette();
        LookupPaintScale scale = new LookupPaintScale(0, 1.0001, palette.color("surface"));
        for (int s = 0; s < SHADES; s++) {
            scale.add((double) s / SHADES, Palette.mix(palette.color("surface"), palette.segment(1),
                    0.12 + 0.88 * s / (SHADES - 1)));
        }
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setPaintScale(scale);
        renderer.setBlockWidth(0.96);
        renderer.setBlockHeight(0.96);
        SymbolAxis x = new SymbolAxis(columnAxis, columns.toArray(new String[0]));
        x.setVerticalTickLabels(c > 5);
        String[] reversed = new String[r];
        for (int i = 0; i < r; i++) {
            reversed[i] = rows.get(r - 1 - i);
        }
        SymbolAxis y = new SymbolAxis(rowAxis, reversed);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        ChartStyle.apply(chart);
        ((NumberAxis) plot.getDomainAxis()).setRange(-0.5, c - 0.5);
        ((NumberAxis) plot.getRangeAxis()).setRange(-0.5, r - 0.5);
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, c > 8 ? 9 : 11);
        for (int k = 0; k < xs.length; k++) {
            double share = rowShares[r - 1 - (int) ys[k]][(int) xs[k]];
            if (!Double.isNaN(share) && share > 0) {
                XYTextAnnotation text = new XYTextAnnotation(String.format(Locale.ROOT, "%.0f%%", 100 * share),
                        xs[k], ys[k]);
                text.setFont(font);
                text.setPaint(share >= 0.5 ? palette.color("background") : palette.color("text"));
                text.setTextAnchor(TextAnchor.CENTER);
                plot.addAnnotation(text);
            }
        }
        return chart;
    }
}
