package org.segmentlab.report.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.AbstractXYItemRenderer;
import org.junit.jupiter.api.Test;

class PriorityMatrixChartTest {

    private static final List<PriorityMatrixChart.Bubble> BUBBLES = List.of(
            new PriorityMatrixChart.Bubble(1, "Champions", 5, 0.4, 100),
            new PriorityMatrixChart.Bubble(2, "Loyal", 3, 0.35, 300),
            new PriorityMatrixChart.Bubble(3, "Drifting", 3, 0.05, 80),
            new PriorityMatrixChart.Bubble(4, "Lost", 1, 0.2, 500));

    @Test
    void segmentsOfTheSameEaseStandSideBySideInOrderOfPotential() {
        List<PriorityMatrixChart.Bubble> spread = PriorityMatrixChart.spread(BUBBLES);

        assertThat(spread.get(0).ease()).isEqualTo(5.0);
        assertThat(spread.get(1).ease()).isCloseTo(2.7, within(1e-12));
        assertThat(spread.get(2).ease()).isCloseTo(3.3, within(1e-12));
        assertThat(spread.get(3).ease()).isEqualTo(1.0);
        assertThat(spread).extracting(PriorityMatrixChart.Bubble::potential).containsExactly(0.4, 0.35, 0.05, 0.2);
    }

    @Test
    void theThresholdsSplitThePlotAndEveryBubbleIsDrawnInItsColour() {
        JFreeChart chart = PriorityMatrixChart.chart("Where to start", BUBBLES, 0.25, 3);
        XYPlot plot = chart.getXYPlot();

        assertThat(ChartTesting.domainMarkers(plot)).extracting(m -> m.getValue()).containsExactly(2.5);
        assertThat(ChartTesting.rangeMarkers(plot)).extracting(m -> m.getValue()).containsExactly(0.25);
        BufferedImage image = ChartExport.image(chart, 900, 520);
        Palette p = Palette.standard();
        int[] found = new int[BUBBLES.size()];
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                for (int i = 0; i < BUBBLES.size(); i++) {
                    java.awt.Color c = ChartParts.withAlpha(p.segment(BUBBLES.get(i).colour()), 0.8);
                    int blended = blend(c);
                    found[i] += (image.getRGB(x, y) & 0xffffff) == blended ? 1 : 0;
                }
            }
        }
        // the smallest bubble (80 of 500 customers) still has a radius of 0.07 × 420 × sqrt(0.16) ≈ 12 pixels
        for (int i = 0; i < found.length; i++) {
            assertThat(found[i]).as(BUBBLES.get(i).name()).isGreaterThan(200);
        }
        assertThat(ChartTesting.subtitles(chart)).anyMatch(s -> s.contains("customers \u00d7 mean value"));
    }

    /** The retail sample's RFM segments as the workbench shows them: six of ten under 10% of the potential. */
    private static final List<PriorityMatrixChart.Bubble> RETAIL = List.of(
            new PriorityMatrixChart.Bubble(1, "Champions", 5, 0.18, 452),
            new PriorityMatrixChart.Bubble(2, "Loyal Customers", 4, 0.22, 871),
            new PriorityMatrixChart.Bubble(3, "Potential Loyalists", 4, 0.033, 274),
            new PriorityMatrixChart.Bubble(4, "New Customers", 4, 0.005, 216),
            new PriorityMatrixChart.Bubble(5, "Promising", 3, 0.021, 92),
            new PriorityMatrixChart.Bubble(6, "Need Attention", 3, 0.049, 334),
            new PriorityMatrixChart.Bubble(7, "About To Sleep", 2, 0.09, 154),
            new PriorityMatrixChart.Bubble(8, "Can't Lose Them", 2, 0.005, 17),
            new PriorityMatrixChart.Bubble(9, "At Risk", 2, 0.079, 525),
            new PriorityMatrixChart.Bubble(10, "Hibernating", 4, 0.31, 1065));

    @Test
    void namesCoverNeitherEachOtherNorTheQuadrantNamesAndStayInsideThePlot() throws Exception {
        JFreeChart chart = PriorityMatrixChart.chart("Where to start", RETAIL, 0.1, 3);
        XYPlot plot = chart.getXYPlot();
        PriorityMatrixChart.Bubbles bubbles = (PriorityMatrixChart.Bubbles) ((AbstractXYItemRenderer) plot.getRenderer()).getAnnotations()
                .stream().filter(a -> a instanceof PriorityMatrixChart.Bubbles).findFirst().orElseThrow();
        // the workbench's Report step, a report page, a wide window
        for (int[] size : new int[][] {{380, 300}, {640, 420}, {900, 520}}) {
            ChartRenderingInfo info = new ChartRenderingInfo();
            BufferedImage image = chart.createBufferedImage(size[0], size[1], info);
            Path dir = Path.of("target", "chart-gallery");
            Files.createDirectories(dir);
            ImageIO.write(image, "png", dir.resolve("priority-layout-" + size[0] + "x" + size[1] + ".png").toFile());
            Rectangle2D area = info.getPlotInfo().getDataArea();
            Graphics2D g2 = image.createGraphics();
            List<BubbleLabels.Spot> names = bubbles.layOutNames(g2, plot, area, plot.getDomainAxis(),
                    plot.getRangeAxis());
            List<Rectangle2D> corners = PriorityMatrixChart.QuadrantNames.boxes(g2, area);
            g2.dispose();

            String at = size[0] + "x" + size[1];
            assertThat(names).hasSize(RETAIL.size()).doesNotContainNull();
            assertThat(corners).hasSize(4).allSatisfy(c -> assertThat(area.contains(c)).as(at).isTrue());
            for (int i = 0; i < names.size(); i++) {
                Rectangle2D box = names.get(i).box();
                assertThat(area.contains(box)).as("%s: name %d inside the plot", at, i).isTrue();
                for (int j = i + 1; j < names.size(); j++) {
                    assertThat(box.intersects(names.get(j).box())).as("%s: names %d and %d", at, i, j).isFalse();
                }
                for (Rectangle2D corner : corners) {
                    assertThat(box.intersects(corner)).as("%s: name %d and a quadrant name", at, i).isFalse();
                }
            }
        }
    }

    @Test
    void howToReadEachQuadrantShowsWhereThereIsRoomForIt() {
        Graphics2D g2 = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        assertThat(PriorityMatrixChart.QuadrantNames.withReadings(g2, new Rectangle2D.Double(0, 0, 600, 360)))
                .isTrue();
        // 180 pixels high: four two-line labels would take most of it
        assertThat(PriorityMatrixChart.QuadrantNames.withReadings(g2, new Rectangle2D.Double(0, 0, 300, 180)))
                .isFalse();
        g2.dispose();
    }

    /** The colour a translucent fill leaves on the white background. */
    private static int blend(java.awt.Color c) {
        double a = c.getAlpha() / 255.0;
        int r = (int) Math.round(c.getRed() * a + 255 * (1 - a));
        int g = (int) Math.round(c.getGreen() * a + 255 * (1 - a));
        int b = (int) Math.round(c.getBlue() * a + 255 * (1 - a));
        return (r << 16) | (g << 8) | b;
    }
}
