package org.segmentlab.core.segment.rfm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.segmentlab.core.Progress;
import org.segmentlab.core.features.rfm.CustomerRfm;
import org.segmentlab.core.features.rfm.RfmCalculator;
import org.segmentlab.core.features.rfm.RfmOptions;
import org.segmentlab.core.features.rfm.RfmResult;
import org.segmentlab.core.features.rfm.TransactionLog;

class RfmSegmenterTest {

    private final RfmSegmenter segmenter = new RfmSegmenter();

    /**
     * Five customers whose cells are A 443, B 411, C 213, D 351, E 115 with 5 bins (worked out by
     * hand in RfmCalculatorTest), so in the standard map: A R4 F4 Loyal Customers, B R4 F1
     * Promising, C R2 F1 Hibernating, D R3 F5 Loyal Customers, E R1 F1 Hibernating.
     */
    private static RfmResult fiveCustomers(int bins) {
        TransactionLog log = TransactionLog.builder(false, true)
                .add("A", day(10), 100, Double.NaN, "I1")
                .add("A", day(20), 50, Double.NaN, "I2")
                .add("B", day(20), 30, Double.NaN, "I3")
                .add("C", day(5), 100, Double.NaN, "I4")
                .add("C", day(5), 50, Double.NaN, "I4")
                .add("D", day(15), 10, Double.NaN, "I5")
                .add("D", day(16), 10, Double.NaN, "I6")
                .add("D", day(18), 10, Double.NaN, "I7")
                .add("E", day(1), 500, Double.NaN, "I8")
                .build();
        return new RfmCalculator().compute(log, RfmOptions.defaults().withBins(bins), Progress.none());
    }

    private static LocalDateTime day(int dayOfJanuary) {
        return LocalDateTime.of(2024, 1, dayOfJanuary, 12, 0);
    }

    @Test
    void theStandardMapNamesEachCustomerByRecencyAndFrequency() {
        RfmSegmentation segmentation = segmenter.segment(fiveCustomers(5), SegmentMap.standard());

        assertThat(segmentation.customers()).extracting(CustomerRfm::segment).containsExactly(
                "Loyal Customers", "Promising", "Hibernating", "Loyal Customers", "Hibernating");
        assertThat(segmentation.warnings()).isEmpty();
        assertThat(segmentation.mapApplies()).isTrue();
        // Loyal Customers is rule 2, Promising rule 5, Hibernating rule 10.
        assertThat(segmentation.segmentId(0)).isEqualTo(2);
        assertThat(segmentation.segmentId(1)).isEqualTo(5);
        assertThat(segmentation.segmentId(4)).isEqualTo(10);
    }

    @Test
    void summariesGiveCountsSharesAndMeansPerSegmentInMapOrder() {
        RfmSegmentation segmentation = segmenter.segment(fiveCustomers(5), SegmentMap.standard());

        List<SegmentSummary> summaries = segmentation.summaries();
        assertThat(summaries).extracting(SegmentSummary::name).containsExactly("Champions", "Loyal Customers",
                "Potential Loyalists", "New Customers", "Promising", "Need Attention", "About To Sleep",
                "Can't Lose Them", "At Risk", "Hibernating");
        assertThat(summaries.stream().mapToInt(SegmentSummary::customers).sum()).isEqualTo(5);

        // Loyal Customers = A (R 1, F 2, M 150) and D (R 3, F 3, M 30); total revenue 860.
        SegmentSummary loyal = summaries.get(1);
        assertThat(loyal.id()).isEqualTo(2);
        assertThat(loyal.customers()).isEqualTo(2);
        assertThat(loyal.customerPercent()).isCloseTo(40.0, within(1e-9));
        assertThat(loyal.revenue()).isCloseTo(180.0, within(1e-9));
        assertThat(loyal.revenuePercent()).isCloseTo(100.0 * 180 / 860, within(1e-9));
        assertThat(loyal.meanRecencyDays()).isCloseTo(2.0, within(1e-9));
        assertThat(loyal.meanFrequency()).isCloseTo(2.5, within(1e-9));
        assertThat(loyal.meanMonetary()).isCloseTo(90.0, within(1e-9));
        assertThat(loyal.action()).isNotBlank();

        // Hibernating = C (R 16, M 150) and E (R 20, M 500).
        SegmentSummary hibernating = summaries.get(9);
        assertThat(hibernating.revenue()).isCloseTo(650.0, within(1e-9));
        assertThat(hibernating.meanRecencyDays()).isCloseTo(18.0, within(1e-9));

        SegmentSummary champions = summaries.get(0);
        assertThat(champions.customers()).isZero();
        assertThat(champions.meanMonetary()).isNaN();
    }

    @Test
    void theGridCountsCustomersAndMeanMonetaryPerRecencyAndFrequencySquare() {
        RfmGrid grid = segmenter.segment(fiveCustomers(5), SegmentMap.standard()).grid();

        assertThat(grid.cells()).hasSize(25);
        assertThat(grid.cells().stream().mapToInt(RfmGridCell::customers).sum()).isEqualTo(5);
        assertThat(grid.cell(4, 4).customers()).isEqualTo(1);
        assertThat(grid.cell(4, 4).meanMonetary()).isEqualTo(150.0);
        assertThat(grid.cell(4, 4).segment()).isEqualTo("Loyal Customers");
        assertThat(grid.cell(4, 4).segmentId()).isEqualTo(2);
        assertThat(grid.cell(5, 5).customers()).isZero();
        assertThat(grid.cell(5, 5).meanMonetary()).isNaN();
        assertThat(grid.cell(5, 5).segment()).isEqualTo("Champions");
    }

    @Test
    void withAnotherBinCountTheStandardMapDoesNotApplyAndEveryoneIsOthers() {
        RfmSegmentation segmentation = segmenter.segment(fiveCustomers(4), SegmentMap.standard());

        assertThat(segmentation.mapApplies()).isFalse();
        assertThat(segmentation.customers()).extracting(CustomerRfm::segment).containsOnly("Others");
        assertThat(segmentation.warnings()).singleElement().asString()
                .contains("for 5 bins").contains("4 bins").contains("Others");
        SegmentSummary others = segmentation.summaries().get(segmentation.summaries().size() - 1);
        assertThat(others.name()).isEqualTo("Others");
        assertThat(others.id()).isEqualTo(SegmentMap.OTHERS_ID);
        assertThat(others.customers()).isEqualTo(5);
        assertThat(segmentation.grid().bins()).isEqualTo(4);
    }

    @Test
    void aNewMapIsAppliedToTheSameResultWithoutRecomputingIt() {
        RfmResult rfm = fiveCustomers(5);
        SegmentMap custom = new SegmentMap(5, List.of(
                new SegmentRule("Whales", 1, 5, 1, 5, 5, 5, "Call them"),
                SegmentRule.onRecencyAndFrequency("Regulars", 1, 5, 4, 5, "Keep them"),
                SegmentRule.onRecencyAndFrequency("Everyone with F 5", 1, 5, 5, 5, "never reached: Regulars came first")));

        RfmSegmentation standard = segmenter.segment(rfm, SegmentMap.standard());
        RfmSegmentation mine = segmenter.segment(rfm, custom);

        // A 443 -> Regulars; B 411 -> Others; C 213 -> Others; D 351 -> Regulars (not rule 3); E 115 -> Whales.
        assertThat(mine.customers()).extracting(CustomerRfm::segment)
                .containsExactly("Regulars", "Others", "Others", "Regulars", "Whales");
        assertThat(mine.rfm()).isSameAs(standard.rfm());
        assertThat(mine.summaries()).extracting(SegmentSummary::name)
                .containsExactly("Whales", "Regulars", "Everyone with F 5", "Others");
        assertThat(mine.summaries()).extracting(SegmentSummary::customers).containsExactly(1, 2, 0, 2);
        assertThat(mine.grid().cell(1, 1).segment()).isEqualTo("Whales / Others");
        assertThat(mine.grid().cell(1, 1).segmentId()).isEqualTo(RfmGridCell.MIXED);
        assertThat(mine.grid().cell(1, 4).segment()).isEqualTo("Whales / Regulars");
    }
}
