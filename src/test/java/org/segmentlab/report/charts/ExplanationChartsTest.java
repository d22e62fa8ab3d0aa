package org.segmentlab.report.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.data.statistics.StatisticalCategoryDataset;
import org.junit.jupiter.api.Test;

class ExplanationChartsTest {

    private static final List<String> FEATURES = List.of("recency", "frequency", "monetary");

    @Test
    void importanceBarsAreSortedLargestFirstAndCanBeCut() {
        JFreeChart chart = BarsChart.chart("Importance", "Drop in AUC", FEATURES, new double[] {0.02, 0.09, 0.05},
                new double[] {0.01, 0.02, 0.005}, 2);
        CategoryPlot plot = chart.getCategoryPlot();
        StatisticalCategoryDataset data = (StatisticalCategoryDataset) plot.getDataset();
        assertThat(data.getColumnKeys()).containsExactly("frequency", "monetary");
        assertThat(data.getMeanValue(0, 0).doubleValue()).isEqualTo(0.09);
        assertThat(data.getStdDevValue(0, 1).doubleValue()).isEqualTo(0.005);
        assertThat(plot.getRenderer()).isInstanceOf(StatisticalBarRenderer.class);
        assertThat(ChartTesting.subtitles(chart)).contains("the 2 largest of 3");
    }

    @Test
    void tiedBarsKeepTheCallersOrder() {
        List<BarsChart.Bar> bars = BarsChart.sorted(List.of("a", "b", "c"), new double[] {1, 2, 1}, null);
        assertThat(bars).extracting(BarsChart.Bar::name).containsExactly("b", "a", "c");
        JFreeChart chart = BarsChart.chart("Importance", "Mean |SHAP|", List.of("a", "b", "c"), new double[] {1, 2, 1});
        assertThat(chart.getCategoryPlot().getRenderer()).isNotInstanceOf(StatisticalBarRenderer.class);
        assertThat(chart.getCategoryPlot().getRenderer().getSeriesPaint(0)).isEqualTo(Palette.standard().color("accent"));
    }

    private static final double[][] SHAP = {{0.1, -2.0, 0.5}, {-0.1, 1.0, -0.4}, {0.0, 3.0, 0.3}, {0.2, -1.0, 0.1}};
    private static final double[][] VALUES = {{1, 10, 5}, {2, 40, Double.NaN}, {3, 20, 7}, {4, 30, 6}};

    @Test
    void beeswarmRowsAreSortedByMeanAbsoluteShapMostImportantOnTop() {
        ShapSummaryChart.Swarm swarm = ShapSummaryChart.swarm(3, SHAP, VALUES, 10, 42);
        // mean |SHAP|: recency 0.1, frequency 1.75, monetary 0.325; row 0 is the bottom
        assertThat(swarm.featureOrder()).containsExactly(0, 2, 1);
        assertThat(ShapSummaryChart.swarm(3, SHAP, VALUES, 2, 42).featureOrder()).containsExactly(2, 1);
        JFreeChart chart = ShapSummaryChart.chart("SHAP", FEATURES, SHAP, VALUES, 10, 42);
        assertThat(((SymbolAxis) chart.getXYPlot().getRangeAxis()).getSymbols())
                .containsExactly("recency", "monetary", "frequency");
        assertThat(ChartTesting.domainMarkers(chart.getXYPlot())).extracting(ValueMarker::getValue).containsExactly(0.0);
    }

    @Test
    void dotsSitAtTheirShapValueJitteredWithinTheirRowTheSameWayForTheSameSeed() {
        ShapSummaryChart.Swarm a = ShapSummaryChart.swarm(3, SHAP, VALUES, 10, 42);
        ShapSummaryChart.Swarm b = ShapSummaryChart.swarm(3, SHAP, VALUES, 10, 42);
        ShapSummaryChart.Swarm other = ShapSummaryChart.swarm(3, SHAP, VALUES, 10, 7);
        assertThat(a.x()[2]).containsExactly(-2.0, 1.0, 3.0, -1.0);
        for (int r = 0; r < 3; r++) {
            assertThat(a.y()[r]).containsExactly(b.y()[r]);
            for (double y : a.y()[r]) {
                assertThat(Math.abs(y - r)).isLessThanOrEqualTo(ShapSummaryChart.MAX_SPREAD);
            }
        }
        assertThat(other.y()[2]).isNotEqualTo(a.y()[2]);
    }

    @Test
    void dotsAreColouredFromLowToHighFeatureValueAndMissingIsGrey() {
        ShapSummaryChart.Swarm swarm = ShapSummaryChart.swarm(3, SHAP, VALUES, 10, 42);
        Palette p = Palette.standard();
        Color[] frequency = swarm.colour()[2];
        // customer 1 has the highest frequency (40), customer 0 the lowest (10)
        assertThat(ChartTesting.rgb(frequency[1])).isEqualTo(p.color("diverging.high").getRGB());
        assertThat(ChartTesting.rgb(frequency[0])).isEqualTo(p.color("diverging.low").getRGB());
        assertThat(swarm.colour()[1][1]).as("missing monetary value").isEqualTo(p.color("segment.noise"));
    }

    @Test
    void waterfallRunsFromTheBaseValueToThePrediction() {
        List<WaterfallChart.Step> steps = WaterfallChart.steps(0.2, List.of("a", "b", "c", "d"),
                new double[] {0.3, -0.05, 0.01, 0.02}, 2);
        // the two largest get rows (largest on top, i.e. last); "c" and "d" fold into one row at the bottom
        assertThat(steps).extracting(WaterfallChart.Step::label).containsExactly("2 other features", "b", "a");
        assertThat(steps.get(0).from()).isEqualTo(0.2);
        assertThat(steps.get(0).contribution()).isEqualTo(0.03, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(steps.get(2).to()).isEqualTo(0.2 + 0.3 - 0.05 + 0.01 + 0.02, org.assertj.core.data.Offset.offset(1e-12));
        for (int i = 1; i < steps.size(); i++) {
            assertThat(steps.get(i).from()).isEqualTo(steps.get(i - 1).to());
        }
        // folding a single feature into "1 other features" would say less than naming it
        assertThat(WaterfallChart.steps(0, List.of("a", "b", "c"), new double[] {3, 2, 1}, 2)).hasSize(3);
    }

    @Test
    void waterfallMarksBaseAndPredictionAndColoursBySign() {
        JFreeChart chart = WaterfallChart.chart("Why", "Churn probability", 0.2, List.of("a", "b"),
                new double[] {0.3, -0.05}, 10);
        assertThat(ChartTesting.rangeMarkers(chart.getXYPlot())).extracting(ValueMarker::getValue)
                .containsExactly(0.2, 0.45);
        assertThat(ChartTesting.rangeMarkers(chart.getXYPlot())).extracting(ValueMarker::getLabel)
                .containsExactly("base value 0.20", "prediction 0.45");
        Palette p = Palette.standard();
        assertThat(chart.getXYPlot().getRenderer().getSeriesPaint(0)).isEqualTo(p.color("diverging.high"));
        assertThat(chart.getXYPlot().getDataset().getSeriesKey(1)).isEqualTo("lowers the prediction");
        assertThat(chart.getXYPlot().getDataset().getItemCount(1)).isEqualTo(1);
        assertThat(ChartTesting.texts(chart.getXYPlot())).contains(" +0.30", " \u22120.05");
    }
}
