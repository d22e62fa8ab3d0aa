package org.segmentlab.report.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartFoundationTest {

    @Test
    void equalWidthBinsCountEveryValueOnce() {
        // 0..9 into 5 bins of width 1.8: [0,1.8) {0,1}, [1.8,3.6) {2,3}, ... the maximum 9 falls in the last bin.
        double[] v = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        Histograms.Bins bins = Histograms.bin(v, 5, false);
        assertThat(bins.counts()).containsExactly(2, 2, 2, 2, 2);
        assertThat(bins.edges()[0]).isEqualTo(0.0);
        assertThat(bins.edges()[5]).isEqualTo(9.0);
    }

    @Test
    void logBinsAreEqualInLog10AndLeaveOutNonPositiveValues() {
        double[] v = {1, 10, 100, 1000, 0, -5, Double.NaN};
        Histograms.Bins bins = Histograms.bin(v, 3, true);
        assertThat(bins.edges()).containsExactly(new double[] {1, 10, 100, 1000}, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(bins.counts()).containsExactly(1, 1, 2);
        assertThat(bins.leftOut()).isEqualTo(3);
    }

    @Test
    void segmentColoursWrapAndNoiseIsGrey() {
        Palette p = Palette.standard();
        assertThat(p.segmentCount()).isGreaterThanOrEqualTo(10);
        assertThat(p.segment(1)).isEqualTo(p.segment(1 + p.segmentCount()));
        assertThat(p.segment(-1)).isEqualTo(p.color("segment.noise"));
        assertThat(p.segment(1)).isNotEqualTo(p.segment(2));
    }

    @Test
    void divergingScaleRunsFromLowThroughMidToHigh() {
        Palette p = Palette.standard();
        assertThat(p.diverging(-1)).isEqualTo(p.color("diverging.low"));
        assertThat(p.diverging(0)).isEqualTo(p.color("diverging.mid"));
        assertThat(p.diverging(5)).isEqualTo(p.color("diverging.high"));
        Color half = p.diverging(0.5);
        assertThat(half.getRed()).isBetween(p.color("diverging.high").getRed(), p.color("diverging.mid").getRed());
    }

    @Test
    void chartsRenderHeadlessToPngOfTheAskedSize(@TempDir Path dir) throws Exception {
        JFreeChart chart = Histograms.chart("Monetary", "Monetary", new double[] {5, 50, 500, 5000}, 4, true);
        Path png = dir.resolve("m.png");
        ChartExport.write(chart, 640, 400, png);
        BufferedImage img = ImageIO.read(png.toFile());
        assertThat(img.getWidth()).isEqualTo(640);
        assertThat(img.getHeight()).isEqualTo(400);
        // some pixel carries the accent colour of the bars
        int accent = Palette.standard().color("accent").getRGB();
        boolean found = false;
        for (int x = 0; x < 640 && !found; x += 2) {
            for (int y = 0; y < 400 && !found; y += 2) {
                found = img.getRGB(x, y) == accent;
            }
        }
        assertThat(found).as("bars drawn in the accent colour").isTrue();
    }

    @Test
    void svgIsDeterministicAndCarriesTheTitle() {
        JFreeChart a = Histograms.chart("Recency <days>", "Days", new double[] {1, 2, 3}, 3, false);
        JFreeChart b = Histograms.chart("Recency <days>", "Days", new double[] {1, 2, 3}, 3, false);
        String svgA = ChartExport.svg(a, 300, 200, "r");
        assertThat(svgA).startsWith("<svg").contains("Recency &lt;days&gt;");
        assertThat(ChartExport.svg(b, 300, 200, "r")).isEqualTo(svgA);
    }

    @Test
    void unknownExtensionIsRefusedAndLeavesNoFile(@TempDir Path dir) throws Exception {
        JFreeChart chart = Histograms.chart("x", "x", new double[] {1}, 1, false);
        assertThatThrownBy(() -> ChartExport.write(chart, 10, 10, dir.resolve("c.gif")))
                .hasMessageContaining("c.gif");
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }
}
