package org.segmentlab.report.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYAnnotation;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.plot.ValueMarker;
import org.junit.jupiter.api.Test;

class DendrogramChartTest {

    /**
     * Leaves 0..4. Merging 0 with 2 and 1 with 3 means the natural order 0,1,2,3,4 would cross links;
     * the tree walk gives 0,2,4,1,3.
     */
    private static final List<DendrogramChart.Merge> CROSSING = List.of(
            new DendrogramChart.Merge(0, 2, 1.0),   // node 5
            new DendrogramChart.Merge(1, 3, 1.5),   // node 6
            new DendrogramChart.Merge(5, 4, 2.0),   // node 7
            new DendrogramChart.Merge(7, 6, 3.0));  // node 8

    @Test
    void leavesAreOrderedSoThatNoLinksCross() {
        DendrogramChart.Layout layout = DendrogramChart.layout(CROSSING, 200, 30);
        assertThat(layout.leaves()).containsExactly(0, 2, 4, 1, 3);
        assertThat(layout.x()[5]).isEqualTo(0.5);
        assertThat(layout.x()[7]).isEqualTo(1.25);
        assertThat(layout.x()[8]).isEqualTo((1.25 + 3.5) / 2);
        assertThat(layout.size()[8]).isEqualTo(5);
        assertNoCrossings(CROSSING, layout);
    }

    /** Every node's leaves sit side by side: then no U can cross another. */
    private static void assertNoCrossings(List<DendrogramChart.Merge> merges, DendrogramChart.Layout layout) {
        int n = layout.leafCount();
        int[] position = new int[n + merges.size()];
        for (int i = 0; i < layout.leaves().length; i++) {
            position[layout.leaves()[i]] = i;
        }
        int[] lo = new int[n + merges.size()];
        int[] hi = new int[n + merges.size()];
        int[] count = new int[n + merges.size()];
        for (int node : layout.leaves()) {
            lo[node] = position[node];
            hi[node] = position[node];
            count[node] = 1;
        }
        for (int i = layout.firstShownMerge(); i < merges.size(); i++) {
            DendrogramChart.Merge m = merges.get(i);
            lo[n + i] = Math.min(lo[m.left()], lo[m.right()]);
            hi[n + i] = Math.max(hi[m.left()], hi[m.right()]);
            count[n + i] = count[m.left()] + count[m.right()];
            assertThat(hi[n + i] - lo[n + i] + 1).as("leaves of node %d are contiguous", n + i).isEqualTo(count[n + i]);
            assertThat(hi[m.left()]).isLessThan(lo[m.right()]);
        }
    }

    @Test
    void largeTreesShowOnlyTheLastMergesWithGroupSizes() {
        List<DendrogramChart.Merge> merges = randomMerges(500, 7);
        DendrogramChart.Layout layout = DendrogramChart.layout(merges, DendrogramChart.MAX_LEAVES, DendrogramChart.LAST_P);
        assertThat(layout.truncated()).isTrue();
        assertThat(layout.leaves()).hasSize(DendrogramChart.LAST_P);
        assertThat(layout.firstShownMerge()).isEqualTo(499 - (DendrogramChart.LAST_P - 1));
        int total = 0;
        for (int node : layout.leaves()) {
            total += layout.size()[node];
        }
        assertThat(total).as("every customer is in one shown group").isEqualTo(500);
        assertNoCrossings(merges, layout);

        JFreeChart chart = DendrogramChart.chart("Tree", "Distance", merges, merges.get(495).height());
        long links = chart.getXYPlot().getAnnotations().stream().filter(a -> a instanceof XYLineAnnotation).count();
        assertThat(links).isEqualTo(3L * (DendrogramChart.LAST_P - 1));
        assertThat(ChartTesting.subtitles(chart)).contains("showing the last 29 of 499 merges; each leaf is a group of customers");
    }

    @Test
    void theCutIsADashedLineSayingHowManySegmentsItGives() {
        JFreeChart chart = DendrogramChart.chart("Tree", "Distance", CROSSING, 2.5);
        ValueMarker cut = ChartTesting.rangeMarkers(chart.getXYPlot()).get(0);
        assertThat(cut.getValue()).isEqualTo(2.5);
        assertThat(cut.getLabel()).isEqualTo("cut at 2.5 → 2 segments");
        assertThat(chart.getXYPlot().getRangeAxis().getUpperBound()).isGreaterThan(3.0);
    }

    @Test
    void linksInsideOneSegmentTakeItsColour() {
        int[] segments = {1, 2, 1, 2, 1};
        JFreeChart chart = DendrogramChart.chart("Tree", "Distance", CROSSING, 2.5,
                List.of("a", "b", "c", "d", "e"), segments);
        Palette p = Palette.standard();
        List<Color> colours = new ArrayList<>();
        for (XYAnnotation a : chart.getXYPlot().getAnnotations()) {
            colours.add((Color) ((XYLineAnnotation) a).getPaint());
        }
        // three lines per merge, in merge order: {0,2} and {0,2,4} are segment 1, {1,3} segment 2, the root mixed
        assertThat(colours.subList(0, 3)).containsOnly(p.segment(1));
        assertThat(colours.subList(3, 6)).containsOnly(p.segment(2));
        assertThat(colours.subList(6, 9)).containsOnly(p.segment(1));
        assertThat(colours.get(9)).isNotIn(p.segment(1), p.segment(2));
        assertThat(ChartExport.svg(chart, 600, 400, "d")).contains("Tree");
    }

    @Test
    void mergesThatDoNotFormATreeAreRefused() {
        assertThatThrownBy(() -> DendrogramChart.layout(List.of(new DendrogramChart.Merge(0, 1, 1),
                new DendrogramChart.Merge(1, 2, 2)), 200, 30)).hasMessageContaining("already merged");
        assertThatThrownBy(() -> DendrogramChart.layout(List.of(new DendrogramChart.Merge(0, 5, 1)), 200, 30))
                .hasMessageContaining("does not exist yet");
    }

    /** Random merges in scipy's form, heights increasing. */
    static List<DendrogramChart.Merge> randomMerges(int n, long seed) {
        Random r = new Random(seed);
        List<Integer> open = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            open.add(i);
        }
        List<DendrogramChart.Merge> merges = new ArrayList<>();
        double h = 0;
        while (open.size() > 1) {
            int a = open.remove(r.nextInt(open.size()));
            int b = open.remove(r.nextInt(open.size()));
            h += r.nextDouble();
            merges.add(new DendrogramChart.Merge(a, b, h));
            open.add(n + merges.size() - 1);
        }
        return merges;
    }
}
