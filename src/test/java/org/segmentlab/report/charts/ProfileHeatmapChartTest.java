package org.segmentlab.report.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.data.xy.XYZDataset;
import org.junit.jupiter.api.Test;

class ProfileHeatmapChartTest {

    private static final List<String> SEGMENTS = List.of("Champions", "At risk");
    private static final List<String> FEATURES = List.of("recency_days", "frequency", "a_very_long_feature_name_indeed");
    private static final double[][] Z = {{-1.04, 2.96, 0.0}, {1.25, -0.3, Double.NaN}};

    @Test
    void cellsCarryTheZValueAndItsRoundedLabel() {
        JFreeChart chart = ProfileHeatmapChart.chart("Profiles", SEGMENTS, FEATURES, Z);
        XYZDataset data = (XYZDataset) chart.getXYPlot().getDataset();
        assertThat(data.getItemCount(0)).isEqualTo(6);
        // item 3 is segment 1 (At risk), feature 0
        assertThat(data.getXValue(0, 3)).isEqualTo(0.0);
        assertThat(data.getYValue(0, 3)).isEqualTo(1.0);
        assertThat(data.getZValue(0, 3)).isEqualTo(1.25);
        XYTextAnnotation label = null;
        for (XYAnnotation a : chart.getXYPlot().getAnnotations()) {
            XYTextAnnotation t = (XYTextAnnotation) a;
            if (t.getX() == 0 && t.getY() == 1) {
                label = t;
            }
        }
        assertThat(label).isNotNull();
        assertThat(label.getText()).isEqualTo("+1.3");
        assertThat(ChartTesting.texts(chart.getXYPlot())).containsExactly("\u22121.0", "+3.0", "0.0", "+1.3", "\u22120.3", "–");
    }

    @Test
    void coloursDivergeAndSaturateAtTheCap() {
        JFreeChart chart = ProfileHeatmapChart.chart("Profiles", SEGMENTS, FEATURES, Z);
        var scale = ((XYBlockRenderer) chart.getXYPlot().getRenderer()).getPaintScale();
        Palette p = Palette.standard();
        assertThat(scale.getPaint(ProfileHeatmapChart.CAP)).isEqualTo(p.color("diverging.high"));
        assertThat(scale.getPaint(10)).isEqualTo(p.color("diverging.high"));
        assertThat(scale.getPaint(-ProfileHeatmapChart.CAP)).isEqualTo(p.color("diverging.low"));
        assertThat(scale.getPaint(0)).isEqualTo(p.color("diverging.mid"));
        assertThat(scale.getPaint(1.25)).isEqualTo(p.diverging(0.5));
        assertThat(scale.getPaint(Double.NaN)).isEqualTo(p.color("surface"));
        assertThat(chart.getSubtitles()).anyMatch(t -> t instanceof PaintScaleLegend);
    }

    @Test
    void axesNameFeaturesAndSegmentsShorteningLongNames() {
        JFreeChart chart = ProfileHeatmapChart.chart("Profiles", SEGMENTS, FEATURES, Z);
        SymbolAxis x = (SymbolAxis) chart.getXYPlot().getDomainAxis();
        SymbolAxis y = (SymbolAxis) chart.getXYPlot().getRangeAxis();
        assertThat(x.getSymbols()).containsExactly("recency_days", "frequency", "a_very_long_featu…");
        assertThat(y.getSymbols()).containsExactly("Champions", "At risk");
        assertThat(y.isInverted()).as("first segment on top").isTrue();
        // names stand upright only where they do not fit their column at the size drawn
        ChartExport.image(chart, 260, 400);
        assertThat(x.isVerticalTickLabels()).as("long names in a narrow chart stand upright").isTrue();
        ChartExport.image(chart, 1200, 400);
        assertThat(x.isVerticalTickLabels()).as("long names in a wide chart lie flat").isFalse();
        JFreeChart flat = ProfileHeatmapChart.chart("Profiles", SEGMENTS, List.of("recency", "frequency"),
                new double[][] {{1, 2}, {3, 4}});
        assertThat(ChartExport.svg(flat, 700, 400, "h")).contains("Profiles", "Champions", "At risk", "recency", "frequency");
    }

    @Test
    void aOneRowHeatmapAtCardSizeStillDrawsItsCells() {
        JFreeChart chart = ProfileHeatmapChart.chart(null, List.of("Seg"),
                List.of("Annual Income (k$)", "Spending Score (1-100)", "Age"), new double[][] {{2.4, -2.4, 0}});
        java.awt.image.BufferedImage image = ChartExport.image(chart, 640, 130);
        Palette p = Palette.standard();
        int strongRed = 0;
        int strongBlue = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y) & 0xffffff;
                strongRed += rgb == (p.diverging(2.4 / ProfileHeatmapChart.CAP).getRGB() & 0xffffff) ? 1 : 0;
                strongBlue += rgb == (p.diverging(-2.4 / ProfileHeatmapChart.CAP).getRGB() & 0xffffff) ? 1 : 0;
            }
        }
        // a cell is about a third of the plot's width (some 180 pixels) and at least 12 pixels high;
        // with upright feature names the plot had no height left and drew no cell at all
        assertThat(strongRed).isGreaterThan(150 * 12);
        assertThat(strongBlue).isGreaterThan(150 * 12);
    }

    @Test
    void aRowOfTheWrongLengthIsNamed() {
        assertThatThrownBy(() -> ProfileHeatmapChart.chart("x", SEGMENTS, FEATURES, new double[][] {{1, 2, 3}, {1, 2}}))
                .hasMessageContaining("At risk");
    }
}
