package org.segmentlab.report.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;

/** Where the value-against-engagement matrix puts its words: inside the plot and clear of each other. */
class QuadrantChartLayoutTest {

    private static final List<QuadrantChart.Quadrant> QUADRANTS = List.of(
            QuadrantChart.Quadrant.of(QuadrantChart.Corner.TOP_RIGHT, 1679, 0.497),
            QuadrantChart.Quadrant.of(QuadrantChart.Corner.TOP_LEFT, 321, 0.401),
            QuadrantChart.Quadrant.of(QuadrantChart.Corner.BOTTOM_RIGHT, 484, 0.05),
            QuadrantChart.Quadrant.of(QuadrantChart.Corner.BOTTOM_LEFT, 1516, 0.052));

    /** Retail-like segments: two small ones almost on top of each other at low frequency and spend. */
    private static List<QuadrantChart.Bubble> crowded() {
        return List.of(
                new QuadrantChart.Bubble(1, "Close to average", 8, 280, 1608),
                new QuadrantChart.Bubble(2, "Lapsed · Infrequent · Low spend", 1.6, 60, 1069),
                new QuadrantChart.Bubble(3, "Frequent · Recent", 12.5, 610, 630),
                new QuadrantChart.Bubble(4, "Recent · Infrequent · Low spend", 1.3, 75, 400),
                new QuadrantChart.Bubble(5, "Lapsed big spenders · Infrequent", 1.1, 1870, 293));
    }

    private static JFreeChart crowdedChart(boolean withCloud) {
        QuadrantChart.Axes axes = new QuadrantChart.Axes("frequency", "monetary", 5, 200.25, false);
        QuadrantChart.Cloud cloud = null;
        if (withCloud) {
            Random random = new Random(11);
            double[] e = new double[2000];
            double[] v = new double[2000];
            for (int i = 0; i < e.length; i++) {
                e[i] = Math.max(1, Math.round(Math.exp(1.4 + 0.8 * random.nextGaussian())));
                v[i] = Math.max(5, Math.exp(5.4 + random.nextGaussian()));
            }
            cloud = new QuadrantChart.Cloud(e, v);
        }
        return QuadrantChart.chart("Value against engagement", axes, crowded(), QUADRANTS, cloud);
    }

    /** Draws the chart and lays out its names the way the drawing did. */
    private static Layout layOut(JFreeChart chart, int width, int height) throws Exception {
        ChartRenderingInfo info = new ChartRenderingInfo();
        BufferedImage image = chart.createBufferedImage(width, height, info);
        Path dir = Path.of("target", "chart-gallery");
        Files.createDirectories(dir);
        ImageIO.write(image, "png", dir.resolve("quadrant-layout-" + width + "x" + height
                + (chart.getXYPlot().getDatasetCount() > 1 ? "-cloud" : "") + ".png").toFile());
        Rectangle2D area = info.getPlotInfo().getDataArea();
        XYPlot plot = chart.getXYPlot();
        QuadrantChart.BubbleRenderer bubbles = null;
        for (int i = 0; i < plot.getRendererCount(); i++) {
            if (plot.getRenderer(i) instanceof QuadrantChart.BubbleRenderer) {
                bubbles = (QuadrantChart.BubbleRenderer) plot.getRenderer(i);
            }
        }
        Graphics2D g2 = image.createGraphics();
        List<BubbleLabels.Spot> names = bubbles.layOutNames(g2, area, plot, plot.getDomainAxis(),
                plot.getRangeAxis());
        List<Rectangle2D> corners = bubbles.cornerBoxes(g2, area);
        g2.dispose();
        return new Layout(area, names, corners);
    }

    private record Layout(Rectangle2D area, List<BubbleLabels.Spot> names, List<Rectangle2D> corners) {
    }

    @Test
    void cornerLabelsStayInsideThePlotEvenWhenItIsNarrow() throws Exception {
        for (int width : new int[] {1000, 640, 460}) {
            Layout layout = layOut(crowdedChart(false), width, 480);

            assertThat(layout.corners()).hasSize(4).allSatisfy(box -> {
                assertThat(box.getMinX()).isGreaterThanOrEqualTo(layout.area().getMinX());
                assertThat(box.getMaxX()).isLessThanOrEqualTo(layout.area().getMaxX());
                assertThat(box.getMinY()).isGreaterThanOrEqualTo(layout.area().getMinY());
                assertThat(box.getMaxY()).isLessThanOrEqualTo(layout.area().getMaxY());
            });
            // the two labels of the top row do not run into each other
            Rectangle2D topRight = layout.corners().get(0);
            Rectangle2D topLeft = layout.corners().get(1);
            assertThat(topLeft.getMaxX()).as("width %d", width).isLessThan(topRight.getMinX());
        }
    }

    @Test
    void segmentNamesCoverNeitherEachOtherNorTheCornerLabels() throws Exception {
        for (boolean cloud : new boolean[] {false, true}) {
            Layout layout = layOut(crowdedChart(cloud), 1000, 480);

            List<Rectangle2D> boxes = new ArrayList<>();
            layout.names().forEach(spot -> boxes.add(spot.box()));
            assertThat(boxes).hasSize(5);
            for (int i = 0; i < boxes.size(); i++) {
                assertThat(layout.area().contains(boxes.get(i))).as("name %d inside the plot", i).isTrue();
                for (int j = i + 1; j < boxes.size(); j++) {
                    assertThat(boxes.get(i).intersects(boxes.get(j))).as("names %d and %d", i, j).isFalse();
                }
                for (Rectangle2D corner : layout.corners()) {
                    assertThat(boxes.get(i).intersects(corner)).as("name %d and a corner label", i).isFalse();
                }
            }
        }
    }

    @Test
    void aNameThatFitsSitsInsideItsCircle() throws Exception {
        QuadrantChart.Axes axes = new QuadrantChart.Axes("visits", "spend", 10, 100, false);
        JFreeChart chart = QuadrantChart.chart("One", axes,
                List.of(new QuadrantChart.Bubble(1, "VIP", 20, 200, 100)), QUADRANTS);

        Layout layout = layOut(chart, 900, 600);

        assertThat(layout.names().get(0).inside()).isTrue();
        assertThat(layout.names().get(0).leader()).isFalse();
    }

    @Test
    void theShareIsOfTheMeasureTheMatrixUses() {
        QuadrantChart.Quadrant spend = QuadrantChart.Quadrant.of(QuadrantChart.Corner.TOP_LEFT, 77, 0.33);

        assertThat(spend.summary()).isEqualTo("77 customers · 33% of revenue");
        assertThat(spend.withShareOf("all Spending Score (1-100)").summary())
                .isEqualTo("77 customers · 33% of all Spending Score (1-100)");
    }
}
