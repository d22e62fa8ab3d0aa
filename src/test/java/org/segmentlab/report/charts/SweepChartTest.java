package org.segmentlab.report.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

class SweepChartTest {

    private static final List<SweepChart.Point> SWEEP = List.of(
            new SweepChart.Point(2, 400, 0.30, 120, 1.2),
            new SweepChart.Point(3, 250, 0.41, 150, 0.9),
            new SweepChart.Point(4, 210, 0.36, 140, 1.0));

    @SuppressWarnings("unchecked")
    private static List<XYPlot> subplots(JFreeChart chart) {
        return ((CombinedDomainXYPlot) chart.getPlot()).getSubplots();
    }

    @Test
    void everyComputedMetricGetsAPanelOnTheSharedKAxis() {
        JFreeChart chart = SweepChart.chart("Sweep", SWEEP, 3);
        List<XYPlot> panels = subplots(chart);
        assertThat(panels).extracting(p -> p.getRangeAxis().getLabel())
                .containsExactly("WCSS", "Silhouette", "CH index", "DB index");
        XYDataset silhouette = panels.get(1).getDataset();
        assertThat(silhouette.getItemCount(0)).isEqualTo(3);
        assertThat(silhouette.getXValue(0, 1)).isEqualTo(3.0);
        assertThat(silhouette.getYValue(0, 1)).isEqualTo(0.41);
        NumberAxis k = (NumberAxis) chart.getXYPlot().getDomainAxis();
        assertThat(k.getTickUnit().getSize()).isEqualTo(1.0);
        assertThat(k.getLabel()).isEqualTo("Number of segments (k)");
    }

    private static final List<SweepChart.Point> WHOLESALE_LIKE = List.of(
            new SweepChart.Point(2, 2934.5, 0.44, 3912, 0.97),
            new SweepChart.Point(3, 2418.2, 0.37, 3876, 1.06),
            new SweepChart.Point(4, 1984.0, 0.43, 4120, 0.83),
            new SweepChart.Point(5, 1677.3, 0.50, 4780, 0.65),
            new SweepChart.Point(6, 1560.9, 0.47, 4930, 0.70),
            new SweepChart.Point(7, 1441.6, 0.45, 5110, 0.74),
            new SweepChart.Point(8, 1391.2, 0.44, 5020, 0.84));

    /** The fewest ticks on a panel's value axis when the chart is drawn at this size. */
    private static long fewestTicks(int width, int height) {
        JFreeChart chart = SweepChart.chart("Choosing k: 5 segments", WHOLESALE_LIKE, 5);
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(width, height,
                java.awt.image.BufferedImage.TYPE_INT_ARGB);
        java.awt.Graphics2D g2 = image.createGraphics();
        chart.draw(g2, new java.awt.geom.Rectangle2D.Double(0, 0, width, height));
        g2.dispose();
        long fewest = Long.MAX_VALUE;
        for (XYPlot panel : subplots(chart)) {
            NumberAxis axis = (NumberAxis) panel.getRangeAxis();
            double unit = axis.getTickUnit().getSize();
            fewest = Math.min(fewest,
                    (long) (Math.floor(axis.getUpperBound() / unit) - Math.ceil(axis.getLowerBound() / unit)) + 1);
        }
        return fewest;
    }

    @Test
    void everyPanelHasTwoTicksWhenShortAndThreeAtTheHeightTheWorkbenchGivesIt() {
        // squeezed (a report column, a pane shorter than the workbench allows): two ticks still fit
        assertThat(fewestTicks(800, 320)).isGreaterThanOrEqualTo(2);
        // the workbench never draws it shorter than this; it scrolls instead
        assertThat(fewestTicks(800, (int) SweepChart.MIN_READABLE_HEIGHT))
                .isGreaterThanOrEqualTo(3);
    }

    @Test
    void eachPanelLeavesRoomAboveItsHighestPointForItsReading() {
        List<XYPlot> panels = subplots(SweepChart.chart("Sweep", SWEEP, 3));
        // WCSS runs from 210 to 400: the axis reaches 45% of that span (85.5) above the highest point
        NumberAxis wcss = (NumberAxis) panels.get(0).getRangeAxis();
        assertThat(wcss.getUpperBound()).isGreaterThanOrEqualTo(400 + 0.45 * 190 - 1e-9);
        for (XYPlot panel : panels) {
            NumberAxis axis = (NumberAxis) panel.getRangeAxis();
            assertThat(axis.getUpperMargin()).isEqualTo(0.45);
        }
    }

    @Test
    void theChosenKIsMarkedOnEveryPanelAndLabelledOnTheFirst() {
        List<XYPlot> panels = subplots(SweepChart.chart("Sweep", SWEEP, 3));
        for (XYPlot panel : panels) {
            List<ValueMarker> markers = ChartTesting.domainMarkers(panel);
            assertThat(markers).hasSize(1);
            assertThat(markers.get(0).getValue()).isEqualTo(3.0);
        }
        assertThat(ChartTesting.domainMarkers(panels.get(0)).get(0).getLabel()).isEqualTo("chosen k = 3");
        assertThat(ChartTesting.domainMarkers(panels.get(2)).get(0).getLabel()).isNull();
    }

    @Test
    void aMetricThatWasNotComputedIsLeftOut() {
        List<SweepChart.Point> noSilhouette = List.of(new SweepChart.Point(2, 10, Double.NaN, 5, 1),
                new SweepChart.Point(3, 8, Double.NaN, 6, 0.8));
        assertThat(subplots(SweepChart.chart("Sweep", noSilhouette, 2))).extracting(p -> p.getRangeAxis().getLabel())
                .containsExactly("WCSS", "CH index", "DB index");
        List<SweepChart.Point> nothing = List.of(new SweepChart.Point(2, Double.NaN, Double.NaN, Double.NaN, Double.NaN));
        assertThatThrownBy(() -> SweepChart.chart("Sweep", nothing, 2)).hasMessageContaining("no computed metric");
    }

    @Test
    void aSingleMetricChartSaysHowToReadIt() {
        JFreeChart chart = SweepChart.metric("DB", SweepChart.Metric.DAVIES_BOULDIN, SWEEP, 3);
        assertThat(ChartTesting.subtitles(chart)).contains("Davies–Bouldin index: lower is better");
        assertThat(chart.getXYPlot().getDataset().getYValue(0, 2)).isEqualTo(1.0);
        assertThat(ChartTesting.domainMarkers(chart.getXYPlot()).get(0).getValue()).isEqualTo(3.0);
    }

    @Test
    void bicChartMarksTheChosenKAndSkipsFailedFits() {
        JFreeChart chart = BicChart.chart("BIC", new int[] {1, 2, 3, 4}, new double[] {900, 700, Double.NaN, 650}, 4, true);
        XYDataset data = chart.getXYPlot().getDataset();
        assertThat(data.getItemCount(0)).isEqualTo(3);
        assertThat(data.getXValue(0, 2)).isEqualTo(4.0);
        assertThat(ChartTesting.domainMarkers(chart.getXYPlot()).get(0).getValue()).isEqualTo(4.0);
        assertThat(ChartTesting.subtitles(chart)).contains("Lower BIC is better");
        assertThat(ChartTesting.subtitles(BicChart.chart("BIC", new int[] {1}, new double[] {1}, 1, false)))
                .contains("Higher BIC is better");
    }

    @Test
    void kDistanceCurveIsSortedThinnedAndMarkedAtTheSuggestedEps() {
        double[] d = new double[10_001];
        for (int i = 0; i < d.length; i++) {
            d[i] = (i * 7919L % d.length) / 1000.0; // a permutation of 0, 0.001, … 10
        }
        JFreeChart chart = KDistanceChart.chart("k-distance", d, 4, 0.42);
        XYDataset data = chart.getXYPlot().getDataset();
        assertThat(data.getItemCount(0)).isEqualTo(KDistanceChart.MAX_POINTS);
        assertThat(data.getYValue(0, 0)).isEqualTo(0.0);
        assertThat(data.getYValue(0, KDistanceChart.MAX_POINTS - 1)).isEqualTo(10.0);
        for (int i = 1; i < data.getItemCount(0); i++) {
            assertThat(data.getYValue(0, i)).isGreaterThanOrEqualTo(data.getYValue(0, i - 1));
        }
        ValueMarker eps = ChartTesting.rangeMarkers(chart.getXYPlot()).get(0);
        assertThat(eps.getValue()).isEqualTo(0.42);
        assertThat(eps.getLabel()).isEqualTo("suggested eps = 0.42");
        assertThat(chart.getXYPlot().getRangeAxis().getLabel()).isEqualTo("Distance to 4th nearest neighbour");
    }

    @Test
    void evenlySpacedKeepsTheEndsAndAllPointsWhenFew() {
        assertThat(KDistanceChart.evenlySpaced(5, 10)).containsExactly(0, 1, 2, 3, 4);
        assertThat(KDistanceChart.evenlySpaced(11, 3)).containsExactly(0, 5, 10);
    }
}
