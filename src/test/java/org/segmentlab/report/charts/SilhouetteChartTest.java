package org.segmentlab.report.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;

class SilhouetteChartTest {

    private static final Map<Integer, String> NAMES = Map.of(1, "Champions", 2, "At risk");

    @Test
    void blocksAreSortedDescendingOrderedByIdWithNoiseLast() {
        int[] seg = {2, 1, -1, 2, 1, 1};
        double[] s = {0.1, 0.5, -0.2, 0.7, -0.1, 0.9};
        SilhouetteChart.Layout layout = SilhouetteChart.layout(seg, s, 100);
        assertThat(layout.blocks()).extracting(SilhouetteChart.Block::segment).containsExactly(1, 2, -1);
        assertThat(layout.blocks().get(0).values()).containsExactly(0.9, 0.5, -0.1);
        assertThat(layout.blocks().get(1).values()).containsExactly(0.7, 0.1);
        // blocks are separated by the gap
        assertThat(layout.blocks().get(1).shownFrom()).isEqualTo(3 + layout.gap());
        assertThat(layout.mean()).isEqualTo((0.1 + 0.5 - 0.2 + 0.7 - 0.1 + 0.9) / 6, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(layout.blocks().get(0).mean()).isEqualTo(1.3 / 3, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void quotasKeepExactlyTheMaximumInProportion() {
        assertThat(SilhouetteChart.quotas(new int[] {1400, 4900, 7700}, 14_000, 10_000)).containsExactly(1000, 3500, 5500);
        int[] q = SilhouetteChart.quotas(new int[] {3, 3, 3}, 9, 4);
        assertThat(Arrays.stream(q).sum()).isEqualTo(4);
        assertThat(Arrays.stream(q).boxed()).allSatisfy(v -> assertThat(v).isBetween(1, 2));
        // a tiny segment still shows
        assertThat(SilhouetteChart.quotas(new int[] {1, 999}, 1000, 10)).containsExactly(1, 9);
    }

    @Test
    void manyValuesAreThinnedDeterministicallyAndTheSubtitleSaysSo() {
        Random r = new Random(1);
        int n = 14_000;
        int[] seg = new int[n];
        double[] s = new double[n];
        for (int i = 0; i < n; i++) {
            seg[i] = 1 + r.nextInt(2);
            s[i] = r.nextDouble() * 2 - 1;
        }
        SilhouetteChart.Layout a = SilhouetteChart.layout(seg, s, SilhouetteChart.MAX_VALUES);
        SilhouetteChart.Layout b = SilhouetteChart.layout(seg, s, SilhouetteChart.MAX_VALUES);
        assertThat(a.shown()).isEqualTo(10_000);
        assertThat(a.total()).isEqualTo(14_000);
        for (int i = 0; i < a.blocks().size(); i++) {
            assertThat(a.blocks().get(i).values()).containsExactly(b.blocks().get(i).values());
            double[] v = a.blocks().get(i).values();
            for (int j = 1; j < v.length; j++) {
                assertThat(v[j]).isLessThanOrEqualTo(v[j - 1]);
            }
        }
        JFreeChart chart = SilhouetteChart.chart("Silhouette", seg, s, NAMES);
        assertThat(ChartTesting.subtitles(chart))
                .contains("showing 10,000 of 14,000 customers, evenly spaced within each segment");
        // the average is over all customers, not the thinned ones
        double mean = Arrays.stream(s).average().orElseThrow();
        ValueMarker average = ChartTesting.rangeMarkers(chart.getXYPlot()).stream()
                .filter(m -> m.getLabel() != null).findFirst().orElseThrow();
        assertThat(average.getValue()).isEqualTo(mean, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(average.getLabel()).isEqualTo("average " + ChartParts.decimal(mean, 2));
    }

    @Test
    void eachSegmentIsDrawnInItsPaletteColourAndNamedInTheSvg() {
        int[] seg = {1, 1, 2, 2, -1};
        double[] s = {0.6, 0.4, 0.3, 0.1, -0.3};
        JFreeChart chart = SilhouetteChart.chart("Silhouette of 3 segments", seg, s, NAMES);
        XYPlot plot = chart.getXYPlot();
        Palette p = Palette.standard();
        assertThat(plot.getRenderer().getSeriesPaint(0)).isEqualTo(p.segment(1));
        assertThat(plot.getRenderer().getSeriesPaint(1)).isEqualTo(p.segment(2));
        assertThat(plot.getRenderer().getSeriesPaint(2)).isEqualTo(p.segment(-1));
        // every customer is a bar: a step of two points
        assertThat(plot.getDataset().getItemCount(0)).isEqualTo(4);
        assertThat(ChartTesting.subtitles(chart)).contains("5 customers");
        String svg = ChartExport.svg(chart, 600, 400, "s");
        assertThat(svg).contains("Silhouette of 3 segments", "Champions", "At risk", "Noise");
    }
}
