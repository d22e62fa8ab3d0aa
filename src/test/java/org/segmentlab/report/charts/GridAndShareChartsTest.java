package org.segmentlab.report.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;

class GridAndShareChartsTest {

    @Test
    void gridCellsAreFilledWithTheSoftenedColourOfTheirGroup() {
        List<CellGridChart.Cell> cells = new ArrayList<>();
        for (int r = 1; r <= 2; r++) {
            for (int f = 1; f <= 2; f++) {
                cells.add(new CellGridChart.Cell(r, f, r == 2 ? 1 : 0, "n=" + (r * f), "£" + f));
            }
        }
        JFreeChart chart = CellGridChart.chart("RFM grid", "Recency score", "Frequency score", 2, 2,
                List.of("Sleeping", "Active"), cells);
        BufferedImage img = ChartExport.image(chart, 500, 400);
        XYPlot plot = chart.getXYPlot();
        // the centre of cell (2, 1) in screen coordinates
        java.awt.geom.Rectangle2D area = new java.awt.geom.Rectangle2D.Double();
        org.jfree.chart.ChartRenderingInfo info = new org.jfree.chart.ChartRenderingInfo();
        chart.createBufferedImage(500, 400, info);
        area.setRect(info.getPlotInfo().getDataArea());
        int x = (int) plot.getDomainAxis().valueToJava2D(2, area, plot.getDomainAxisEdge());
        int y = (int) plot.getRangeAxis().valueToJava2D(0.8, area, plot.getRangeAxisEdge());
        assertThat(img.getRGB(x + 20, y)).isEqualTo(CellGridChart.soften(Palette.standard().segment(2)).getRGB());
        int x1 = (int) plot.getDomainAxis().valueToJava2D(1, area, plot.getDomainAxisEdge());
        assertThat(img.getRGB(x1 + 20, y)).isEqualTo(CellGridChart.soften(Palette.standard().segment(1)).getRGB());
        // each text line is an annotation
        assertThat(plot.getAnnotations()).hasSize(8);
        assertThat(chart.getXYPlot().getFixedLegendItems().getItemCount()).isEqualTo(2);
    }

    @Test
    void shareBarsShowPercentagesPerGroup() {
        JFreeChart chart = ShareBarsChart.chart("Share", List.of("Champions", "Others"),
                "Customers", new double[] {0.2, 0.8}, "Revenue", new double[] {0.6, 0.4});
        CategoryPlot plot = chart.getCategoryPlot();
        assertThat(plot.getDataset().getValue("Revenue", "Champions").doubleValue()).isEqualTo(60.0);
        assertThat(plot.getDataset().getValue("Customers", "Others").doubleValue()).isEqualTo(80.0);
        assertThat(ChartExport.svg(chart, 400, 300, "s")).contains("Champions");
    }

    @Test
    void shareBarsNeedOneSharePerGroup() {
        assertThatThrownBy(() -> ShareBarsChart.chart("x", List.of("a"), "c", new double[] {1, 2}, "r", new double[] {1}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void gridWritesAPng(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        JFreeChart chart = CellGridChart.chart("g", "R", "F", 1, 1, List.of("A"), List.of(new CellGridChart.Cell(1, 1, 0, "x")));
        ChartExport.write(chart, 200, 200, dir.resolve("g.png"));
        assertThat(dir.resolve("g.png")).isRegularFile();
    }
}
