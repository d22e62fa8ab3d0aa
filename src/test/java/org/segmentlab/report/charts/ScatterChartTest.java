package org.segmentlab.report.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

class ScatterChartTest {

    private static final Map<Integer, String> NAMES = Map.of(1, "Champions", 2, "At risk");
    private static final double[] X = {0, 1, 2, 3, 4};
    private static final double[] Y = {5, 6, 7, 8, 9};
    private static final int[] SEG = {2, 1, -1, 2, 2};

    @Test
    void componentAxisLabelsGiveTheShareOfVariance() {
        assertThat(ScatterChart.componentLabel(1, 0.43)).isEqualTo("PC1 (43% of variance)");
        assertThat(ScatterChart.componentLabel(2, 0.2149)).isEqualTo("PC2 (21% of variance)");
    }

    @Test
    void oneSeriesPerSegmentInItsPaletteColourNoiseLast() {
        JFreeChart chart = ScatterChart.chart("PCA", "PC1", "PC2", X, Y, SEG, NAMES, 5, List.of());
        XYPlot plot = chart.getXYPlot();
        XYDataset data = plot.getDataset();
        assertThat(data.getSeriesCount()).isEqualTo(3);
        assertThat(data.getSeriesKey(0)).isEqualTo("Champions");
        assertThat(data.getSeriesKey(1)).isEqualTo("At risk");
        assertThat(data.getSeriesKey(2)).isEqualTo("Noise");
        assertThat(data.getItemCount(1)).isEqualTo(3);
        assertThat(data.getXValue(0, 0)).isEqualTo(1.0);
        Palette p = Palette.standard();
        assertThat(ChartTesting.rgb(plot.getRenderer().getSeriesPaint(0))).isEqualTo(p.segment(1).getRGB());
        assertThat(ChartTesting.rgb(plot.getRenderer().getSeriesPaint(1))).isEqualTo(p.segment(2).getRGB());
        assertThat(ChartTesting.rgb(plot.getRenderer().getSeriesPaint(2))).isEqualTo(p.segment(-1).getRGB());
        LegendItemCollection legend = plot.getLegendItems();
        assertThat(legend.getItemCount()).isEqualTo(3);
        assertThat(legend.get(1).getLabel()).isEqualTo("At risk");
        assertThat(legend.get(1).getFillPaint()).isEqualTo(p.segment(2));
        assertThat(ChartTesting.subtitles(chart)).noneMatch(s -> s.startsWith("showing"));
    }

    @Test
    void aSampleSaysHowManyCustomersItShows() {
        JFreeChart chart = ScatterChart.chart("PCA", "PC1", "PC2", X, Y, SEG, NAMES, 104_223, List.of());
        assertThat(ChartTesting.subtitles(chart)).contains("showing 5 of 104,223 customers (seeded sample)");
    }

    @Test
    void centroidsAreASecondLayerRingedInTheirSegmentColour() {
        JFreeChart chart = ScatterChart.chart("PCA", "PC1", "PC2", X, Y, SEG, NAMES, 5,
                List.of(new ScatterChart.Centroid(1, 1, 6), new ScatterChart.Centroid(2, 2.3, 7.3)));
        XYPlot plot = chart.getXYPlot();
        assertThat(plot.getDataset(1).getItemCount(0)).isEqualTo(2);
        assertThat(plot.getDataset(1).getXValue(0, 1)).isEqualTo(2.3);
        assertThat(plot.getRenderer(1).getItemOutlinePaint(0, 1)).isEqualTo(Palette.standard().segment(2).darker());
        assertThat(plot.getLegendItems().getItemCount()).as("centroids are not in the legend").isEqualTo(3);
        assertThat(ChartExport.svg(chart, 600, 400, "p")).contains("PCA", "Champions", "At risk");
    }
}
