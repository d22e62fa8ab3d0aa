package org.segmentlab.report.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XIntervalSeriesCollection;
import org.junit.jupiter.api.Test;
import org.segmentlab.core.Progress;
import org.segmentlab.core.campaign.CampaignOutcomes;
import org.segmentlab.core.campaign.CampaignReadout;
import org.segmentlab.core.campaign.CampaignReadouts;
import org.segmentlab.core.campaign.ReadoutParams;
import org.segmentlab.core.campaign.UpliftCurves;
import org.segmentlab.core.campaign.UpliftEvaluation;

class CampaignChartsTest {

    /** Up: 60 of 100 treated vs 20 of 100 control; Down: 10/100 vs 40/100; Flat: 30/100 vs 30/100. */
    private static CampaignReadout readout() {
        int n = 600;
        List<String> ids = new java.util.ArrayList<>();
        boolean[] treated = new boolean[n];
        int[] converted = new int[n];
        String[] segments = new String[n];
        String[] names = {"Up", "Down", "Flat"};
        int[][] rates = {{60, 20}, {10, 40}, {30, 30}};
        for (int i = 0; i < n; i++) {
            ids.add(Integer.toString(i));
            int s = i / 200;
            int k = i % 200;
            treated[i] = k < 100;
            converted[i] = (k % 100) < (treated[i] ? rates[s][0] : rates[s][1]) ? 1 : 0;
            segments[i] = names[s];
        }
        return new CampaignReadouts().read(new CampaignOutcomes(ids, treated, converted, null, segments),
                ReadoutParams.defaults(), Progress.none());
    }

    @Test
    void forestPlotPutsAllOnTopAndColoursClearEffectsByDirection() {
        CampaignReadout r = readout();
        JFreeChart chart = CampaignCharts.forestPlot("Did it work", r);
        XYPlot plot = chart.getXYPlot();
        XIntervalSeriesCollection data = (XIntervalSeriesCollection) plot.getDataset();
        // series 0 clear lift: Up (+40 points); series 1 clear fall: Down (−30); series 2 no clear effect:
        // All (100/300 vs 90/300, +3.33) and Flat
        assertThat(data.getItemCount(0)).isEqualTo(1);
        assertThat(data.getXValue(0, 0)).isCloseTo(40, within(1e-9));
        assertThat(data.getItemCount(1)).isEqualTo(1);
        assertThat(data.getItemCount(2)).isEqualTo(2);
        assertThat(data.getXValue(1, 0)).isCloseTo(-30, within(1e-9));
        assertThat(data.getStartXValue(1, 0)).isCloseTo(100 * r.rows().get(1).difference().low(), within(1e-9));
        SymbolAxis segments = (SymbolAxis) plot.getRangeAxis();
        assertThat(segments.getSymbols()).containsExactly("Up", "Flat", "Down", "All");
        assertThat(ChartTesting.domainMarkers(plot)).extracting(m -> m.getValue()).containsExactly(0.0);
        assertThat(ChartExport.svg(chart, 700, 400, "f")).contains("Down").contains("no effect");
    }

    @Test
    void qiniChartDrawsTheModelAgainstRandomTargeting() {
        boolean[] t = {true, false, true, false, true, false};
        int[] y = {1, 0, 1, 1, 0, 0};
        UpliftEvaluation e = UpliftCurves.evaluate(t, y, new double[] {0.9, 0.8, 0.7, 0.6, 0.5, 0.4});
        JFreeChart chart = CampaignCharts.qini("Qini", e);
        XYPlot plot = chart.getXYPlot();
        assertThat(plot.getDataset().getItemCount(0)).isEqualTo(101);
        assertThat(plot.getDataset().getYValue(1, 1)).isCloseTo(100.0 / 6, within(1e-9));
        assertThat(ChartTesting.subtitles(chart)).anyMatch(s -> s.contains("+8.333 per 100 customers"));
    }
}
