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
        assertThat(x.isVerticalTickLabels()).as("long names stand upright").isTrue();
        // short names lie flat, and so stay text in the SVG (upright labels are drawn as outlines)
        JFreeChart flat = ProfileHeatmapChart.chart("Profiles", SEGMENTS, List.of("recency", "frequency"),
                new double[][] {{1, 2}, {3, 4}});
        assertThat(((SymbolAxis) flat.getXYPlot().getDomainAxis()).isVerticalTickLabels()).isFalse();
        assertThat(ChartExport.svg(flat, 700, 400, "h")).contains("Profiles", "Champions", "At risk", "recency", "frequency");
    }

    @Test
    void aRowOfTheWrongLengthIsNamed() {
        assertThatThrownBy(() -> ProfileHeatmapChart.chart("x", SEGMENTS, FEATURES, new double[][] {{1, 2, 3}, {1, 2}}))
                .hasMessageContaining("At risk");
    }
}
