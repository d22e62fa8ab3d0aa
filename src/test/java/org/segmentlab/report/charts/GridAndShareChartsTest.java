package org.segmentlab.report.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartRenderingInfo;
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

    /** The retail sample's ten RFM segments: shares of customers and of revenue. */
    private static JFreeChart retailShares() {
        return ShareBarsChart.chart(null, List.of("Champions", "Loyal Customers", "Potential Loyalists", "New Customers",
                        "Promising", "Need Attention", "About To Sleep", "Can't Lose Them", "At Risk", "Hibernating"),
                "% of customers", new double[] {0.113, 0.218, 0.068, 0.054, 0.023, 0.083, 0.039, 0.004, 0.131, 0.266},
                "% of revenue", new double[] {0.182, 0.221, 0.033, 0.005, 0.021, 0.049, 0.090, 0.005, 0.079, 0.315});
    }

    /** Draws the chart, keeps a picture of it, and says where the values went. */
    private static ShareBarsChart.ShareRenderer draw(JFreeChart chart, int width, int height,
                                                     ChartRenderingInfo info) throws Exception {
        BufferedImage image = chart.createBufferedImage(width, height, info);
        Path dir = Path.of("target", "chart-gallery");
        Files.createDirectories(dir);
        ImageIO.write(image, "png", dir.resolve("share-bars-" + width + "x" + height + ".png").toFile());
        return (ShareBarsChart.ShareRenderer) chart.getCategoryPlot().getRenderer();
    }

    @Test
    void shareValuesAreWrittenOnlyWhereTheyFitAndNeverOverlap() throws Exception {
        // the workbench's RFM tab, a report page
        for (int[] size : new int[][] {{480, 230}, {900, 420}}) {
            ChartRenderingInfo info = new ChartRenderingInfo();
            ShareBarsChart.ShareRenderer renderer = draw(retailShares(), size[0], size[1], info);
            Rectangle2D area = info.getPlotInfo().getDataArea();
            List<Rectangle2D> boxes = renderer.written();
            String at = size[0] + "x" + size[1];

            assertThat(renderer.mode()).as("%s, bars %.1f thick", at, renderer.barThickness()).isNotEqualTo(ShareBarsChart.LabelMode.NONE);
            // one box per bar, or one per segment
            assertThat(boxes).as(at).hasSize(renderer.mode() == ShareBarsChart.LabelMode.EACH_BAR ? 20 : 10);
            for (int i = 0; i < boxes.size(); i++) {
                assertThat(area.contains(boxes.get(i))).as("%s: value %d inside the plot", at, i).isTrue();
                for (int j = i + 1; j < boxes.size(); j++) {
                    assertThat(boxes.get(i).intersects(boxes.get(j))).as("%s: values %d and %d", at, i, j).isFalse();
                }
            }
        }
    }

    @Test
    void eachBarCarriesItsOwnValueOnlyWhenItIsAsThickAsALineOfText() {
        assertThat(ShareBarsChart.LabelMode.of(14, 28, 13)).isEqualTo(ShareBarsChart.LabelMode.EACH_BAR);
        assertThat(ShareBarsChart.LabelMode.of(7, 14, 13)).isEqualTo(ShareBarsChart.LabelMode.PER_GROUP);
        assertThat(ShareBarsChart.LabelMode.of(4, 8, 13)).isEqualTo(ShareBarsChart.LabelMode.NONE);
        assertThat(ShareBarsChart.percent(31.5)).isEqualTo("31.5%");
    }

    @Test
    void aTinyChartWritesNoValuesRatherThanAPileOfThem() throws Exception {
        ChartRenderingInfo info = new ChartRenderingInfo();
        ShareBarsChart.ShareRenderer renderer = draw(retailShares(), 300, 120, info);

        assertThat(renderer.mode()).isEqualTo(ShareBarsChart.LabelMode.NONE);
        assertThat(renderer.written()).isEmpty();
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
