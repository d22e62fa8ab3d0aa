package org.segmentlab.report.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
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

    /** The colour a translucent fill leaves on the white background. */
    private static int blend(java.awt.Color c) {
        double a = c.getAlpha() / 255.0;
        int r = (int) Math.round(c.getRed() * a + 255 * (1 - a));
        int g = (int) Math.round(c.getGreen() * a + 255 * (1 - a));
        int b = (int) Math.round(c.getBlue() * a + 255 * (1 - a));
        return (r << 16) | (g << 8) | b;
    }
}
