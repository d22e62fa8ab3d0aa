package org.segmentlab.report.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.IntervalXYDataset;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

class ModelChartsTest {

    private static final CurveChart.Curve LOGISTIC = new CurveChart.Curve("Logistic",
            new double[] {0, 0.1, 0.4, 1}, new double[] {0, 0.5, 0.8, 1}, 0.8412);
    private static final CurveChart.Curve FOREST = new CurveChart.Curve("Random forest",
            new double[] {0, 0.2, 1}, new double[] {0, 0.7, 1}, 0.755);

    @Test
    void rocNamesEachModelWithItsAucAndDrawsTheDiagonal() {
        JFreeChart chart = CurveChart.roc("ROC", List.of(LOGISTIC, FOREST));
        XYPlot plot = chart.getXYPlot();
        assertThat(plot.getDataset().getSeriesCount()).isEqualTo(2);
        assertThat(plot.getDataset().getSeriesKey(0)).isEqualTo("Logistic (AUC 0.84)");
        assertThat(plot.getDataset().getSeriesKey(1)).isEqualTo("Random forest (AUC 0.76)");
        assertThat(plot.getDataset().getYValue(0, 2)).isEqualTo(0.8);
        assertThat(plot.getRenderer().getSeriesPaint(0)).isEqualTo(Palette.standard().segment(1));
        assertThat(plot.getRenderer().getSeriesPaint(1)).isEqualTo(Palette.standard().segment(2));
        XYLineAnnotation diagonal = (XYLineAnnotation) plot.getAnnotations().stream()
                .filter(a -> a instanceof XYLineAnnotation).findFirst().orElseThrow();
        assertThat(new double[] {diagonal.getX1(), diagonal.getY1(), diagonal.getX2(), diagonal.getY2()})
                .containsExactly(0, 0, 1, 1);
        assertThat(ChartExport.svg(chart, 600, 500, "r")).contains("Logistic (AUC 0.84)");
    }

    @Test
    void theDiagonalsNameStaysInsideThePlotBelowTheLineAtEverySize() throws Exception {
        JFreeChart chart = CurveChart.roc("ROC", List.of(LOGISTIC, FOREST));
        XYPlot plot = chart.getXYPlot();
        CurveChart.GuessLabel label = (CurveChart.GuessLabel) plot.getAnnotations().stream()
                .filter(a -> a instanceof CurveChart.GuessLabel).findFirst().orElseThrow();
        for (int[] size : new int[][] {{900, 600}, {420, 320}, {300, 260}}) {
            ChartRenderingInfo info = new ChartRenderingInfo();
            BufferedImage image = chart.createBufferedImage(size[0], size[1], info);
            Rectangle2D area = info.getPlotInfo().getDataArea();
            Graphics2D g2 = image.createGraphics();
            Rectangle2D box = label.bounds(g2, area, plot, plot.getDomainAxis(), plot.getRangeAxis());
            g2.dispose();

            assertThat(area.contains(box)).as("%dx%d: %s in %s", size[0], size[1], box, area).isTrue();
            // the text's top left corner is under the diagonal, so none of it crosses the line
            double fpr = plot.getDomainAxis().java2DToValue(box.getMinX(), area, plot.getDomainAxisEdge());
            double lineY = plot.getRangeAxis().valueToJava2D(fpr, area, plot.getRangeAxisEdge());
            assertThat(box.getMinY()).as("%dx%d", size[0], size[1]).isGreaterThan(lineY);
        }
    }

    @Test
    void precisionRecallHasItsBaselineAtThePositiveRate() {
        JFreeChart chart = CurveChart.precisionRecall("PR", List.of(LOGISTIC), 0.18);
        XYPlot plot = chart.getXYPlot();
        assertThat(plot.getDataset().getSeriesKey(0)).isEqualTo("Logistic (AP 0.84)");
        assertThat(ChartTesting.rangeMarkers(plot)).singleElement().satisfies(m -> {
            assertThat(m.getValue()).isEqualTo(0.18);
            assertThat(m.getLabel()).isEqualTo("random guess (positive rate 18.0%)");
        });
    }

    @Test
    void thePrecisionRecallLegendSitsUnderThePlotWhereNoCurveCanRunThroughIt() {
        JFreeChart pr = CurveChart.precisionRecall("PR", List.of(LOGISTIC), 0.18);
        assertThat(pr.getXYPlot().getAnnotations())
                .noneMatch(a -> a instanceof org.jfree.chart.annotations.XYTitleAnnotation);
        assertThat(pr.getSubtitles()).filteredOn(t -> t instanceof org.jfree.chart.title.LegendTitle)
                .singleElement().satisfies(t -> assertThat(((org.jfree.chart.title.Title) t).getPosition())
                        .isEqualTo(org.jfree.chart.ui.RectangleEdge.BOTTOM));

        // the ROC curve's bottom-right corner is always empty: its legend stays in the plot there
        JFreeChart roc = CurveChart.roc("ROC", List.of(LOGISTIC));
        assertThat(roc.getXYPlot().getAnnotations())
                .anyMatch(a -> a instanceof org.jfree.chart.annotations.XYTitleAnnotation);
    }

    @Test
    void gainsAndLiftFollowFromTheCountsPerBin() {
        LiftChart.Gains g = LiftChart.gains(new long[] {10, 10, 20}, new long[] {6, 2, 2});
        assertThat(g.contacted()).containsExactly(0.25, 0.5, 1.0);
        assertThat(g.captured()).containsExactly(0.6, 0.8, 1.0);
        // overall rate 10/40 = 0.25: the first bin's 0.6 is 2.4 times that
        assertThat(g.lift()).containsExactly(2.4, 0.8, 0.4);
        assertThatThrownBy(() -> LiftChart.gains(new long[] {5}, new long[] {6})).hasMessageContaining("bin 1");
    }

    @Test
    void liftChartShowsGainsAboveAndLiftBarsBelow() {
        JFreeChart chart = LiftChart.chart("Lift", new long[] {10, 10, 20}, new long[] {6, 2, 2});
        @SuppressWarnings("unchecked")
        List<XYPlot> panels = ((CombinedDomainXYPlot) chart.getPlot()).getSubplots();
        XYDataset gains = panels.get(0).getDataset();
        assertThat(gains.getItemCount(0)).isEqualTo(4);
        assertThat(gains.getYValue(0, 1)).isEqualTo(0.6);
        IntervalXYDataset lift = (IntervalXYDataset) panels.get(1).getDataset();
        assertThat(lift.getYValue(0, 0)).isEqualTo(2.4);
        assertThat(lift.getStartXValue(0, 2)).isEqualTo(0.5);
        assertThat(lift.getEndXValue(0, 2)).isEqualTo(1.0);
        assertThat(ChartTesting.rangeMarkers(panels.get(1))).extracting(m -> m.getValue()).containsExactly(1.0);
    }

    @Test
    void calibrationLeavesOutEmptyBinsAndShowsCustomersPerBin() {
        JFreeChart chart = CalibrationChart.chart("Calibration", "Boosting", new double[] {0.1, 0.5, 0.9},
                new double[] {0.12, Double.NaN, 0.85}, new long[] {300, 0, 40});
        @SuppressWarnings("unchecked")
        List<XYPlot> panels = ((CombinedDomainXYPlot) chart.getPlot()).getSubplots();
        assertThat(panels.get(0).getDataset().getItemCount(0)).isEqualTo(2);
        assertThat(panels.get(0).getDataset().getYValue(0, 1)).isEqualTo(0.85);
        assertThat(panels.get(1).getDataset().getYValue(0, 0)).isEqualTo(300.0);
        assertThat(ChartTesting.subtitles(chart).get(0)).startsWith("Boosting");
    }

    @Test
    void confusionCellsCarryCountsAndShares() {
        ConfusionMatrixChart.Cell[] cells = ConfusionMatrixChart.cells(new long[][] {{50, 10}, {5, 35}});
        assertThat(cells).extracting(ConfusionMatrixChart.Cell::name)
                .containsExactly("True negatives", "False positives", "False negatives", "True positives");
        assertThat(cells[1].count()).isEqualTo(10);
        assertThat(cells[1].shareOfAll()).isEqualTo(0.1);
        assertThat(cells[1].shareOfRow()).isEqualTo(10 / 60.0);
        assertThat(cells[3].shareOfRow()).isEqualTo(0.875);
        assertThat(cells[2].predicted()).isEqualTo(0);
        assertThat(cells[2].actual()).isEqualTo(1);
        JFreeChart chart = ConfusionMatrixChart.chart("At 0.35", new long[][] {{50, 10}, {5, 35}}, "Stays", "Churns");
        assertThat(ChartTesting.subtitles(chart))
                .contains("accuracy 85.0% · precision 77.8% · recall 87.5% · 100 customers");
        assertThat(ChartTesting.texts(chart.getXYPlot())).contains("True positives", "35", "35.0% of all · 87.5% of actual Churns");
        assertThat(ChartExport.svg(chart, 600, 500, "c")).contains("At 0.35", "True positives", "Churns");
        assertThatThrownBy(() -> ConfusionMatrixChart.cells(new long[][] {{1, 2, 3}, {4, 5, 6}})).hasMessageContaining("2×2");
    }
}
