package org.segmentlab.report.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.entity.CategoryItemEntity;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.entity.XYItemEntity;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYZDataset;
import org.junit.jupiter.api.Test;
import org.segmentlab.core.clv.HoldoutCheck;
import org.segmentlab.core.clv.SegmentValues;
import org.segmentlab.core.clv.ValueMatrix;

/** The value charts draw the numbers they are given, and their tips say which cell, week or segment is under the mouse. */
class ValueChartsTest {

    private static final ValueMatrix MATRIX = new ValueMatrix(new int[] {0, 1, 2}, new double[] {0, 5, 10}, 10,
            new double[][] {{1, 0.2, 0.05}, {1, 0.6, 0.4}, {1, 0.9, 0.95}});

    private static ChartRenderingInfo draw(JFreeChart chart) {
        ChartRenderingInfo info = new ChartRenderingInfo();
        chart.createBufferedImage(800, 600, info);
        return info;
    }

    private static <T extends ChartEntity> List<T> entities(ChartRenderingInfo info, Class<T> type) {
        List<T> out = new java.util.ArrayList<>();
        for (Object e : info.getEntityCollection().getEntities()) {
            if (type.isInstance(e)) {
                out.add(type.cast(e));
            }
        }
        return out;
    }

    @Test
    void theMatrixHasACellPerGridPointAndItsTipNamesIt() {
        JFreeChart chart = ValueCharts.matrix("P(alive)", "P(alive)", "weeks", MATRIX, 1);
        XYZDataset data = (XYZDataset) ((XYPlot) chart.getPlot()).getDataset();
        assertThat(data.getItemCount(0)).isEqualTo(9);
        // row 1 (recency 5), column 2 (frequency 2) is item 5
        assertThat(data.getXValue(0, 5)).isEqualTo(2);
        assertThat(data.getYValue(0, 5)).isEqualTo(5);
        assertThat(data.getZValue(0, 5)).isEqualTo(0.4);
        ChartRenderingInfo info = draw(chart);
        XYItemEntity cell = entities(info, XYItemEntity.class).stream().filter(e -> e.getItem() == 5).findFirst()
                .orElseThrow();
        assertThat(ValueCharts.matrixTip(MATRIX, "P(alive)", "weeks", 2, cell)).isEqualTo(String.format(
                "2 repeat purchases, last 5 weeks after the first, 10 weeks before the as-of day%nP(alive): 0.40"));
        assertThat(ChartTesting.subtitles(chart)).containsExactly(
                "for a customer who first bought 10 weeks before the as-of day");
        ValueMatrix edge = new ValueMatrix(new int[] {0, 1}, new double[] {0, 5}, 5,
                new double[][] {{Double.NaN, Double.NaN}, {Double.NaN, Double.NaN}});
        assertThat(ChartTesting.subtitles(ValueCharts.matrix("E", "E", "weeks", edge, Double.NaN)))
                .contains("The fit gives no value for any history here: its notes say why");
    }

    @Test
    void trackingDrawsBothCurvesWithTheAsOfLine() {
        List<HoldoutCheck.TrackingPoint> points = List.of(
                new HoldoutCheck.TrackingPoint(LocalDate.of(2024, 1, 7), 3, 2.5),
                new HoldoutCheck.TrackingPoint(LocalDate.of(2024, 1, 14), 8, 7.0),
                new HoldoutCheck.TrackingPoint(LocalDate.of(2024, 1, 21), 11, 12.25));
        LocalDate asOf = LocalDate.of(2024, 1, 14);
        JFreeChart chart = ValueCharts.tracking("Tracking", points, asOf);
        XYPlot plot = (XYPlot) chart.getPlot();
        XYDataset data = plot.getDataset();
        assertThat(data.getSeriesKey(0)).isEqualTo(ValueCharts.ACTUAL);
        assertThat(data.getYValue(0, 2)).isEqualTo(11);
        assertThat(data.getYValue(1, 2)).isEqualTo(12.25);
        assertThat(data.getXValue(1, 1)).isEqualTo(ValueCharts.millis(asOf));
        assertThat(ChartTesting.domainMarkers(plot)).singleElement().satisfies(m -> {
            assertThat(m.getValue()).isEqualTo(ValueCharts.millis(asOf));
            assertThat(m.getLabel()).isEqualTo("as of 2024-01-14");
        });
        XYItemEntity last = entities(draw(chart), XYItemEntity.class).stream()
                .filter(e -> e.getSeriesIndex() == 1 && e.getItem() == 2).findFirst().orElseThrow();
        assertThat(ValueCharts.trackingTip(points, asOf, last))
                .isEqualTo(String.format("Up to 2024-01-21 (holdout)%nActual: 11 repeat purchases%nModel: 12.3"));
    }

    @Test
    void segmentBarsComeLargestFirstAndTheirTipsGiveTheSegmentsValue() {
        SegmentValues values = new SegmentValues(List.of(
                new SegmentValues.Segment("Lost", 300, 0, 1_500, 5, 0.1, 0.2),
                new SegmentValues.Segment("Champions", 50, 0, 12_000, 240, 0.8, 0.93),
                new SegmentValues.Segment("Others", 100, 0, 1_500, 15, 0.1, 0.5)), 0);
        JFreeChart total = ValueCharts.bySegment("CLV", "RFM segments", values, false);
        CategoryPlot plot = (CategoryPlot) total.getPlot();
        assertThat(plot.getDataset().getColumnKeys()).containsExactly("Champions", "Lost", "Others");
        JFreeChart mean = ValueCharts.bySegment("CLV", null, values, true);
        assertThat(((CategoryPlot) mean.getPlot()).getDataset().getColumnKeys())
                .containsExactly("Champions", "Others", "Lost");
        CategoryItemEntity bar = entities(draw(total), CategoryItemEntity.class).stream()
                .filter(e -> e.getColumnKey().equals("Champions")).findFirst().orElseThrow();
        assertThat(ValueCharts.segmentTip(values, false, bar)).isEqualTo(String.format(
                "Champions: 50 customers%%nTotal CLV 12,000 (80.0%% of all)%%nMean CLV 240.00 · mean P(alive) 0.93")
                .replace("%n", System.lineSeparator()));
        assertThat(ChartTesting.subtitles(total)).contains("RFM segments");
    }

    @Test
    void holdoutBarsGiveActualAndExpectedMeansOfEachGroupWithCustomers() {
        List<HoldoutCheck.FrequencyRow> rows = List.of(new HoldoutCheck.FrequencyRow("0", 1411, 0.24, 0.23),
                new HoldoutCheck.FrequencyRow("1", 439, 0.70, 0.52), new HoldoutCheck.FrequencyRow("6", 0, Double.NaN,
                        Double.NaN), new HoldoutCheck.FrequencyRow("7+", 64, 6.36, 6.16));
        JFreeChart chart = ValueCharts.holdoutByFrequency("Holdout", rows);
        CategoryPlot plot = (CategoryPlot) chart.getPlot();
        assertThat(plot.getDataset().getColumnKeys()).containsExactly("0", "1", "7+");
        assertThat(plot.getDataset().getValue(ValueCharts.ACTUAL, "1").doubleValue()).isEqualTo(0.70);
        assertThat(plot.getDataset().getValue(ValueCharts.MODEL, "7+").doubleValue()).isEqualTo(6.16);
        CategoryItemEntity bar = entities(draw(chart), CategoryItemEntity.class).stream()
                .filter(e -> e.getColumnKey().equals("1")).findFirst().orElseThrow();
        assertThat(ValueCharts.holdoutTip(rows, bar)).isEqualTo(String.format(
                "1 repeat purchase before the as-of day: 439 customers%nMean in the holdout: 0.70 made, 0.52 expected"));
    }
}
