package org.segmentlab.report.charts;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * Pearson correlations between features: a square grid, red for features that rise together, blue
 * for features that move apart, white for none. Pairs beyond ±0.9 say nearly the same thing.
 */
public final class CorrelationHeatmapChart {

    /** With more features than this the numbers in the cells would not fit; the colours stay. */
    static final int MAX_LABELLED = 14;

    private CorrelationHeatmapChart() {
    }

    /**
     * @param features feature names, left to right and top to bottom
     * @param r        {@code r[a][b]}, the correlation of feature a with feature b; NaN where undefined
     */
    public static JFreeChart chart(String title, List<String> features, double[][] r) {
        int n = features.size();
        ChartParts.requireSameLength("rows of r (one per feature)", n, r.length);
        double[] xs = new double[n * n];
        double[] ys = new double[n * n];
        double[] zs = new double[n * n];
        int c = 0;
        for (int a = 0; a < n; a++) {
            ChartParts.requireSameLength("r of " + features.get(a) + " (one per feature)", n, r[a].length);
            for (int b = 0; b < n; b++) {
                xs[c] = b;
                ys[c] = a;
                zs[c] = r[a][b];
                c++;
            }
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries("r", new double[][] {xs, ys, zs});

        String[] labels = features.stream().map(ProfileHeatmapChart::abbreviate).toArray(String[]::new);
        SymbolAxis x = new SymbolAxis(null, labels);
        x.setGridBandsVisible(false);
        x.setRange(-0.5, n - 0.5);
        x.setVerticalTickLabels(true);
        x.setTickMarksVisible(false);
        x.setAxisLineVisible(false);
        SymbolAxis y = new SymbolAxis(null, labels);
        y.setGridBandsVisible(false);
        y.setRange(-0.5, n - 0.5);
        y.setInverted(true);
        y.setTickMarksVisible(false);
        y.setAxisLineVisible(false);

        ProfileHeatmapChart.DivergingScale scale = new ProfileHeatmapChart.DivergingScale(1);
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setPaintScale(scale);
        renderer.setBlockWidth(0.96);
        renderer.setBlockHeight(0.96);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        ChartStyle.apply(chart);

        Palette palette = ChartParts.palette();
        if (n <= MAX_LABELLED) {
            for (int i = 0; i < zs.length; i++) {
                double v = zs[i];
                boolean strong = !Double.isNaN(v) && Math.abs(v) > 0.6;
                plot.addAnnotation(ChartParts.text(Double.isNaN(v) ? "–" : ChartParts.signed(v, 2), xs[i], ys[i],
                        ChartParts.SMALL, strong ? palette.color("background") : palette.color("text"),
                        TextAnchor.CENTER));
            }
        }
        chart.addSubtitle(ProfileHeatmapChart.legend(scale, "Pearson r", 1, 8, 40));
        return chart;
    }
}
