package org.segmentlab.report.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.entity.EntityCollection;
import org.jfree.chart.entity.XYItemEntity;
import org.junit.jupiter.api.Test;

/** The flow diagram's geometry on a hand-made matrix, and what its marks say. */
class FlowChartTest {

    /**
     * Rows A (4), B (2), new (4); columns A (7), gone (3): 10 customers. Three blocks on the left make
     * two gaps of 0.02, so one customer is (1 − 0.04) / 10 = 0.096 high on both sides.
     */
    private static final long[][] COUNTS = {{3, 1}, {0, 2}, {4, 0}};

    @Test
    void bandsAreAsThickAsTheirCustomersAndStackWithinTheirBlocks() {
        FlowChart.Layout layout = FlowChart.layout(COUNTS);
        double unit = 0.096;
        assertThat(layout.total()).isEqualTo(10);
        assertThat(layout.left()).extracting(FlowChart.Block::customers).containsExactly(4L, 2L, 4L);
        assertThat(layout.right()).extracting(FlowChart.Block::customers).containsExactly(7L, 3L);
        assertThat(layout.left().get(1).top()).isCloseTo(4 * unit + 0.02, within(1e-12));
        assertThat(layout.left().get(2).bottom()).isCloseTo(1.0, within(1e-12));
        assertThat(layout.right().get(1).top()).isCloseTo(7 * unit + 0.02, within(1e-12));

        List<FlowChart.Band> bands = layout.bands();
        assertThat(bands).extracting(FlowChart.Band::customers).containsExactly(3L, 1L, 2L, 4L);
        for (FlowChart.Band band : bands) {
            assertThat(band.thickness()).isCloseTo(band.customers() * unit, within(1e-12));
            assertThat(band.rightBottom() - band.rightTop()).isCloseTo(band.thickness(), within(1e-12));
        }
        // A → A leaves the top of A and reaches the top of A; A → gone follows it on the left
        assertThat(bands.get(0).leftTop()).isZero();
        assertThat(bands.get(0).rightTop()).isZero();
        assertThat(bands.get(1).leftTop()).isCloseTo(3 * unit, within(1e-12));
        assertThat(bands.get(1).rightTop()).isCloseTo(7 * unit + 0.02, within(1e-12));
        // B → gone comes after A → gone in the gone block; new → A after A → A in the A block
        assertThat(bands.get(2).rightTop()).isCloseTo(bands.get(1).rightBottom(), within(1e-12));
        assertThat(bands.get(3).rightTop()).isCloseTo(3 * unit, within(1e-12));
        assertThat(bands.get(3).rightBottom()).isCloseTo(layout.right().get(0).bottom(), within(1e-12));
    }

    @Test
    void anEmptySegmentGetsNoBlockAndNoGapAndNothingAtAllDrawsNothing() {
        FlowChart.Layout layout = FlowChart.layout(new long[][] {{5, 0}, {0, 0}});
        assertThat(layout.left()).singleElement().satisfies(b -> {
            assertThat(b.top()).isZero();
            assertThat(b.bottom()).isCloseTo(1.0, within(1e-12));
        });
        assertThat(layout.right()).hasSize(1);
        assertThat(FlowChart.layout(new long[][] {{0}}).bands()).isEmpty();
    }

    @Test
    void eachBandAndBlockSaysWhatItIsWhenDrawn() {
        JFreeChart chart = FlowChart.chart("Flow", "On 2011-06-04", "On 2011-12-10", List.of("A", "B", "(new)"),
                List.of("A", "(gone)"), COUNTS, List.of("A", "B"));
        ChartRenderingInfo info = new ChartRenderingInfo();
        chart.createBufferedImage(800, 500, info);
        EntityCollection entities = info.getEntityCollection();
        List<String> bands = new ArrayList<>();
        List<String> blocks = new ArrayList<>();
        List<Double> bandHeights = new ArrayList<>();
        for (int i = 0; i < entities.getEntityCount(); i++) {
            if (entities.getEntity(i) instanceof XYItemEntity e) {
                if (e.getSeriesIndex() == FlowChart.BANDS) {
                    bands.add(e.getToolTipText());
                } else {
                    blocks.add(e.getToolTipText());
                    if (e.getSeriesIndex() == FlowChart.LEFT) {
                        bandHeights.add(e.getArea().getBounds2D().getHeight());
                    }
                }
            }
        }
        assertThat(bands).containsExactly(
                "A → A: 3 customers, 75% of A (on 2011-06-04)",
                "A → (gone): 1 customer, 25% of A (on 2011-06-04)",
                "B → (gone): 2 customers, 100% of B (on 2011-06-04)",
                "(new) → A: 4 customers, 100% of (new) (on 2011-06-04)");
        assertThat(blocks).contains("A on 2011-06-04: 4 customers, 40% of all", "(gone) on 2011-12-10: 3 customers, "
                + "30% of all");
        // the blocks on screen keep the proportions: A and (new) hold 4 customers, B 2
        assertThat(bandHeights.get(0) / bandHeights.get(1)).isCloseTo(2.0, within(0.05));
        assertThat(bandHeights.get(2)).isCloseTo(bandHeights.get(0), within(0.5));
        FlowChart.FlowRenderer renderer = (FlowChart.FlowRenderer) chart.getXYPlot().getRenderer();
        assertThat(renderer.colourOf("B")).isEqualTo(Palette.standard().segment(2));
        assertThat(renderer.colourOf("(new)")).isEqualTo(Palette.standard().segment(-1));
    }
}
