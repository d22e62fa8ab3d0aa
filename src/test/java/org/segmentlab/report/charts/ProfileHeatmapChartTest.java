package org.segmentlab.report.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.FontMetrics;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.jfree.chart.ChartRenderingInfo;
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
    void axesNameFeaturesAndSegmentsAndTheTooltipsGiveFullNames() {
        JFreeChart chart = ProfileHeatmapChart.chart("Profiles", SEGMENTS, FEATURES, Z);
        SymbolAxis x = (SymbolAxis) chart.getXYPlot().getDomainAxis();
        SymbolAxis y = (SymbolAxis) chart.getXYPlot().getRangeAxis();
        assertThat(x.getSymbols()).containsExactly("recency_days", "frequency", "a_very_long_feature_name_indeed");
        assertThat(y.getSymbols()).containsExactly("Champions", "At risk");
        assertThat(y.isInverted()).as("first segment on top").isTrue();
        XYZDataset data = (XYZDataset) chart.getXYPlot().getDataset();
        assertThat(chart.getXYPlot().getRenderer().getToolTipGenerator(0, 2).generateToolTip(data, 0, 2))
                .isEqualTo("Champions · a_very_long_feature_name_indeed: 0.00 sd from the average");
        JFreeChart flat = ProfileHeatmapChart.chart("Profiles", SEGMENTS, List.of("recency", "frequency"),
                new double[][] {{1, 2}, {3, 4}});
        assertThat(ChartExport.svg(flat, 700, 400, "h")).contains("Profiles", "Champions", "At risk", "recency", "frequency");
    }

    @Test
    void aLongNameBreaksOntoASecondLineAndIsCutOnlyWhereTwoLinesAreNotEnough() {
        FontMetrics metrics = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics()
                .getFontMetrics(ChartParts.LABEL);
        String name = "Spending Score (1-100)";
        double roomy = metrics.stringWidth(name);
        double twoLines = metrics.stringWidth("Spending Score") + 1;

        assertThat(ProfileHeatmapChart.lines(name, metrics, roomy)).containsExactly(name);
        assertThat(ProfileHeatmapChart.lines(name, metrics, twoLines)).containsExactly("Spending Score", "(1-100)");
        double underscores = Math.max(metrics.stringWidth("a_very_long_"), metrics.stringWidth("feature_name"));
        assertThat(ProfileHeatmapChart.lines("a_very_long_feature_name", metrics, underscores))
                .containsExactly("a_very_long_", "feature_name");
        double narrow = metrics.stringWidth("Spendi") + 1;
        List<String> cut = ProfileHeatmapChart.lines(name, metrics, narrow);
        assertThat(cut).hasSize(2).allSatisfy(line -> assertThat(metrics.stringWidth(line)).isLessThanOrEqualTo((int) narrow));
        assertThat(cut.get(0)).startsWith("Spen").endsWith("…");
    }

    @Test
    void namesLieFlatUnderTheirColumnsAndStandUprightOnlyInVeryNarrowColumns() {
        List<String> mall = List.of("Annual Income (k$)", "Spending Score (1-100)", "Age", "Gender_Female");
        JFreeChart chart = ProfileHeatmapChart.chart(null, SEGMENTS, mall, new double[][] {{1, 2, 0, 1}, {0, -1, 1, 0}});
        ChartRenderingInfo info = new ChartRenderingInfo();
        BufferedImage image = chart.createBufferedImage(420, 220, info);
        ProfileHeatmapChart.FittingSymbolAxis x = (ProfileHeatmapChart.FittingSymbolAxis) chart.getXYPlot().getDomainAxis();
        assertThat(x.isVerticalTickLabels()).isFalse();
        Rectangle2D area = info.getPlotInfo().getDataArea();
        double column = area.getWidth() / mall.size();
        FontMetrics metrics = image.createGraphics().getFontMetrics(x.getTickLabelFont());
        List<List<String>> labels = x.flatLabels(metrics, 0.95 * column);
        assertThat(labels.get(1)).hasSize(2);
        assertThat(labels.get(1).get(0)).startsWith("Spending").doesNotEndWith("…");
        assertThat(labels.get(2)).containsExactly("Age");
        assertThat(labels).allSatisfy(lines -> assertThat(lines).allSatisfy(
                line -> assertThat(metrics.stringWidth(line)).isLessThanOrEqualTo((int) column)));

        List<String> many = new java.util.ArrayList<>();
        double[][] z = new double[2][16];
        for (int i = 0; i < 16; i++) {
            many.add("feature number " + i + " with a long name");
        }
        JFreeChart crowded = ProfileHeatmapChart.chart(null, SEGMENTS, many, z);
        ChartExport.image(crowded, 500, 400);
        SymbolAxis upright = (SymbolAxis) crowded.getXYPlot().getDomainAxis();
        assertThat(upright.isVerticalTickLabels()).isTrue();
        assertThat(upright.valueToString(3)).isEqualTo("feature number 3 …");
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
