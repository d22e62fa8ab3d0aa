package org.segmentlab.report.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Random;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;

class QuadrantChartTest {

    private static final QuadrantChart.Axes AXES = new QuadrantChart.Axes("Sessions", "Revenue (£)", 10, 500, false);
    private static final List<QuadrantChart.Quadrant> QUADRANTS = List.of(
            QuadrantChart.Quadrant.of(QuadrantChart.Corner.TOP_RIGHT, 4300, 0.61),
            QuadrantChart.Quadrant.of(QuadrantChart.Corner.TOP_LEFT, 1800, 0.17),
            new QuadrantChart.Quadrant(QuadrantChart.Corner.BOTTOM_RIGHT, "Browsers", 5200, 0.154),
            QuadrantChart.Quadrant.of(QuadrantChart.Corner.BOTTOM_LEFT, 1, 0.004));

    @Test
    void quadrantsHaveTheirUsualNamesAndSayTheirNumbers() {
        assertThat(QUADRANTS).extracting(QuadrantChart.Quadrant::name)
                .containsExactly("Stars", "Sleeping giants", "Browsers", "Casuals");
        assertThat(QUADRANTS.get(0).summary()).isEqualTo("4,300 customers · 61% of revenue");
        assertThat(QUADRANTS.get(3).summary()).isEqualTo("1 customer · 0% of revenue");
        assertThat(new QuadrantChart.Quadrant(QuadrantChart.Corner.TOP_LEFT, " ", 1, 0).name()).isEqualTo("Sleeping giants");
    }

    @Test
    void thresholdsAreDashedLinesAndQuadrantLabelsAreDrawn() {
        JFreeChart chart = QuadrantChart.chart("Value vs engagement", AXES,
                List.of(new QuadrantChart.Bubble(1, "Champions", 30, 2000, 100)), QUADRANTS);
        XYPlot plot = chart.getXYPlot();
        assertThat(ChartTesting.domainMarkers(plot)).extracting(m -> m.getValue()).containsExactly(10.0);
        assertThat(ChartTesting.rangeMarkers(plot)).extracting(m -> m.getValue()).containsExactly(500.0);
        assertThat(((org.jfree.chart.renderer.xy.AbstractXYItemRenderer) plot.getRenderer()).getAnnotations())
                .hasSize(4).allMatch(a -> a instanceof QuadrantChart.CornerLabel);
        String svg = ChartExport.svg(chart, 800, 600, "q");
        assertThat(svg).contains("Value vs engagement", "Champions", "Sleeping giants", "4,300 customers · 61% of revenue",
                "5,200 customers · 15% of revenue", "Browsers");
    }

    @Test
    void bubbleAreaIsInProportionToCustomers() {
        Rectangle2D area = new Rectangle2D.Double(0, 0, 800, 500);
        double big = QuadrantChart.BubbleRenderer.radius(400, 400, area);
        double small = QuadrantChart.BubbleRenderer.radius(100, 400, area);
        assertThat(big).isEqualTo(QuadrantChart.MAX_RADIUS_SHARE * 500);
        assertThat(big / small).isEqualTo(2.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void bubblesStayRoundOnAWideChart() {
        // one unlabelled bubble, off the grid lines, on a chart twice as wide as tall
        QuadrantChart.Bubble only = new QuadrantChart.Bubble(1, "", 31.3, 1873, 100);
        JFreeChart chart = QuadrantChart.chart("Round", AXES, List.of(only), List.of());
        ChartRenderingInfo info = new ChartRenderingInfo();
        BufferedImage img = chart.createBufferedImage(1000, 500, info);
        Rectangle2D data = info.getPlotInfo().getDataArea();
        XYPlot plot = chart.getXYPlot();
        int cx = (int) Math.round(plot.getDomainAxis().valueToJava2D(31.3, data, plot.getDomainAxisEdge()));
        int cy = (int) Math.round(plot.getRangeAxis().valueToJava2D(1873, data, plot.getRangeAxisEdge()));
        Color fill = new Color(img.getRGB(cx, cy));
        // the segment's colour, slightly translucent over the white plot
        Color expectedFill = Palette.mix(Palette.standard().segment(1), Color.WHITE, 0.15);
        assertThat(distance(fill, expectedFill)).as("the bubble is in its segment's colour").isLessThan(8);
        double expected = QuadrantChart.MAX_RADIUS_SHARE * Math.min(data.getWidth(), data.getHeight());
        assertThat((double) reach(img, cx, cy, 1, 0, fill)).isCloseTo(expected, org.assertj.core.data.Offset.offset(2.0));
        assertThat((double) reach(img, cx, cy, -1, 0, fill)).isCloseTo(expected, org.assertj.core.data.Offset.offset(2.0));
        assertThat((double) reach(img, cx, cy, 0, 1, fill)).isCloseTo(expected, org.assertj.core.data.Offset.offset(2.0));
        assertThat((double) reach(img, cx, cy, 0, -1, fill)).isCloseTo(expected, org.assertj.core.data.Offset.offset(2.0));
    }

    @Test
    void aCornerLabelUnderABubbleIsWrittenAgainOverItAndStillReads() {
        // the largest segment sits low and left, across the "Casuals" label, on a short wide plot (a small window)
        List<QuadrantChart.Bubble> covering = List.of(new QuadrantChart.Bubble(1, "", 0, 40, 5000),
                new QuadrantChart.Bubble(2, "", 30, 2000, 10));
        List<QuadrantChart.Bubble> clear = List.of(new QuadrantChart.Bubble(1, "", 12, 900, 10),
                new QuadrantChart.Bubble(2, "", 30, 2000, 10));
        ChartRenderingInfo info = new ChartRenderingInfo();
        BufferedImage over = QuadrantChart.chart("Q", AXES, covering, QUADRANTS).createBufferedImage(800, 240, info);
        BufferedImage alone = QuadrantChart.chart("Q", AXES, clear, QUADRANTS).createBufferedImage(800, 240);
        java.awt.Shape bubble = null;
        for (Object e : info.getEntityCollection().getEntities()) {
            if (e instanceof org.jfree.chart.entity.XYItemEntity item && item.getItem() == 0) {
                bubble = item.getArea();
            }
        }
        assertThat(bubble).isNotNull();

        // the pixels of the label's letters (where the label is drawn alone) that the bubble covers
        Color ink = Palette.standard().color("text");
        Color muted = Palette.standard().color("text.muted");
        int letters = 0;
        int showing = 0;
        for (int x = 0; x < 800; x++) {
            for (int y = 0; y < 240; y++) {
                if (!bubble.contains(x + 0.5, y + 0.5)) {
                    continue;
                }
                Color a = new Color(alone.getRGB(x, y));
                if (distance(a, ink) < 60 || distance(a, muted) < 40) {
                    letters++;
                    Color o = new Color(over.getRGB(x, y));
                    if (distance(o, a) < 30) {
                        showing++;
                    }
                }
            }
        }
        assertThat(letters).as("the bubble lies across the label's text").isGreaterThan(10);
        assertThat((double) showing).as("letters under the bubble that still show").isGreaterThan(0.8 * letters);
    }

    /** How far from the centre the bubble's colour goes in one direction (grid lines show faintly through it). */
    private static int reach(BufferedImage img, int x, int y, int dx, int dy, Color fill) {
        int steps = 0;
        while (distance(new Color(img.getRGB(x + (steps + 1) * dx, y + (steps + 1) * dy)), fill) < 40) {
            steps++;
        }
        return steps;
    }

    private static double distance(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) + Math.abs(a.getGreen() - b.getGreen()) + Math.abs(a.getBlue() - b.getBlue());
    }

    @Test
    void logScaleUsesLogAxesAndTheCloudLeavesOutWhatItCannotShow() {
        QuadrantChart.Axes log = new QuadrantChart.Axes("Sessions", "Revenue (£)", 10, 500, true);
        QuadrantChart.Cloud cloud = new QuadrantChart.Cloud(new double[] {1, 0, 20, 5}, new double[] {100, 50, -1, 900});
        JFreeChart chart = QuadrantChart.chart("Log", log,
                List.of(new QuadrantChart.Bubble(1, "Champions", 30, 2000, 100)), QUADRANTS, cloud);
        XYPlot plot = chart.getXYPlot();
        assertThat(plot.getDomainAxis()).isInstanceOf(LogAxis.class);
        assertThat(plot.getRangeAxis()).isInstanceOf(LogAxis.class);
        assertThat(plot.getDataset(0).getItemCount(0)).as("cloud points that are positive on both axes").isEqualTo(2);
        assertThat(plot.getDataset(1).getItemCount(0)).isEqualTo(1);
        assertThat(ChartTesting.subtitles(chart).get(0)).contains("4 sampled customers", "log scale");
    }

    @Test
    void logScaleIsSuggestedForSkewedPositiveMeasuresOnly() {
        Random r = new Random(3);
        double[] spend = new double[2000];
        double[] even = new double[2000];
        for (int i = 0; i < spend.length; i++) {
            spend[i] = Math.exp(4 + 2 * r.nextGaussian());
            even[i] = 10 + r.nextDouble() * 90;
        }
        assertThat(QuadrantChart.suggestLogScale(spend)).isTrue();
        assertThat(QuadrantChart.suggestLogScale(even)).isFalse();
        spend[0] = 0;
        assertThat(QuadrantChart.suggestLogScale(spend)).as("zero cannot go on a log axis").isFalse();
    }

    @Test
    void axesSpanBubblesAndThresholdsWithRoomForTheBubbles() {
        var range = QuadrantChart.paddedRange(new double[] {10, 20, 60}, false);
        assertThat(range.getLowerBound()).isEqualTo(0.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(range.getUpperBound()).isEqualTo(70.0, org.assertj.core.data.Offset.offset(1e-9));
        var log = QuadrantChart.paddedRange(new double[] {1, 100}, true);
        assertThat(Math.log10(log.getLowerBound())).isEqualTo(-0.4, org.assertj.core.data.Offset.offset(1e-9));
    }
}
