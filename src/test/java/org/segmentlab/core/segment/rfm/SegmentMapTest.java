package org.segmentlab.core.segment.rfm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SegmentMapTest {

    @Test
    void theStandardMapPutsEachOfTheTwentyFiveCellsInExactlyOneSegment() {
        SegmentMap map = SegmentMap.standard();

        assertThat(map.bins()).isEqualTo(5);
        for (int r = 1; r <= 5; r++) {
            for (int f = 1; f <= 5; f++) {
                int rr = r;
                int ff = f;
                long matching = map.rules().stream().filter(rule -> rule.matches(rr, ff, 1)).count();
                assertThat(matching).as("rules matching R=%d F=%d", r, f).isEqualTo(1);
            }
        }
        assertThat(map.uncoveredCells()).isEmpty();
    }

    @Test
    void theStandardMapIsTheGridOfTheReadme() {
        // Rows R = 5 down to 1, columns F = 1 to 5, as the README table reads.
        String[][] expected = {
            {"New Customers", "Potential Loyalists", "Potential Loyalists", "Champions", "Champions"},
            {"Promising", "Potential Loyalists", "Potential Loyalists", "Loyal Customers", "Loyal Customers"},
            {"About To Sleep", "About To Sleep", "Need Attention", "Loyal Customers", "Loyal Customers"},
            {"Hibernating", "Hibernating", "At Risk", "At Risk", "Can't Lose Them"},
            {"Hibernating", "Hibernating", "At Risk", "At Risk", "Can't Lose Them"},
        };
        SegmentMap map = SegmentMap.standard();
        for (int r = 5; r >= 1; r--) {
            for (int f = 1; f <= 5; f++) {
                assertThat(map.nameOf(map.segmentIdOf(r, f, 3))).as("R=%d F=%d", r, f)
                        .isEqualTo(expected[5 - r][f - 1]);
            }
        }
    }

    @Test
    void monetaryDoesNotMoveACustomerBetweenStandardSegments() {
        SegmentMap map = SegmentMap.standard();
        for (int r = 1; r <= 5; r++) {
            for (int f = 1; f <= 5; f++) {
                int first = map.segmentIdOf(r, f, 1);
                for (int m = 2; m <= 5; m++) {
                    assertThat(map.segmentIdOf(r, f, m)).isEqualTo(first);
                }
            }
        }
    }

    @Test
    void everyStandardSegmentHasAnAction() {
        assertThat(SegmentMap.standard().rules()).allSatisfy(rule -> assertThat(rule.action()).isNotBlank());
        assertThat(SegmentMap.standard().rules()).hasSize(10);
    }

    @Test
    void theFirstMatchingRuleWinsAndUnmatchedScoresAreOthers() {
        SegmentMap map = new SegmentMap(5, List.of(
                new SegmentRule("Big spenders", 1, 5, 1, 5, 5, 5, "VIP desk"),
                SegmentRule.onRecencyAndFrequency("Recent", 4, 5, 1, 5, "Thank them"),
                SegmentRule.onRecencyAndFrequency("Recent and frequent", 4, 5, 4, 5, "never reached")));

        assertThat(map.segmentIdOf(5, 5, 5)).isEqualTo(1);
        assertThat(map.segmentIdOf(5, 5, 4)).isEqualTo(2);
        assertThat(map.segmentIdOf(1, 1, 1)).isEqualTo(SegmentMap.OTHERS_ID);
        assertThat(map.nameOf(0)).isEqualTo("Others");
        assertThat(map.nameOf(2)).isEqualTo("Recent");
    }

    @Test
    void anOpenMonetaryBoundMeansNoLimit() {
        SegmentRule atLeastFour = new SegmentRule("High M", 1, 5, 1, 5, 4, null, "");

        assertThat(atLeastFour.matches(1, 1, 4)).isTrue();
        assertThat(atLeastFour.matches(1, 1, 5)).isTrue();
        assertThat(atLeastFour.matches(1, 1, 3)).isFalse();
    }

    @Test
    void aRuleBeyondTheBinCountIsRefused() {
        List<SegmentRule> rules = List.of(SegmentRule.onRecencyAndFrequency("Top", 5, 5, 1, 4, ""));

        assertThatThrownBy(() -> new SegmentMap(4, rules)).hasMessageContaining("'Top'").hasMessageContaining("4 bins");
    }

    @Test
    void anInvertedRangeIsRefused() {
        assertThatThrownBy(() -> SegmentRule.onRecencyAndFrequency("Odd", 4, 2, 1, 5, ""))
                .hasMessageContaining("'Odd'").hasMessageContaining("R range 4-2");
    }

    @Test
    void segmentNamesMustBeUniqueAndOthersIsReserved() {
        SegmentRule a = SegmentRule.onRecencyAndFrequency("Loyal", 1, 5, 1, 5, "");
        SegmentRule b = SegmentRule.onRecencyAndFrequency("loyal", 1, 5, 1, 5, "");
        SegmentRule others = SegmentRule.onRecencyAndFrequency("Others", 1, 5, 1, 5, "");

        assertThatThrownBy(() -> new SegmentMap(5, List.of(a, b))).hasMessageContaining("twice");
        assertThatThrownBy(() -> new SegmentMap(5, List.of(others))).hasMessageContaining("kept for customers");
    }

    @Test
    void uncoveredCellsListTheGaps() {
        SegmentMap map = new SegmentMap(3, List.of(SegmentRule.onRecencyAndFrequency("Most", 1, 3, 1, 2, "")));

        assertThat(map.uncoveredCells()).extracting(cell -> cell[0] + "," + cell[1])
                .containsExactly("1,3", "2,3", "3,3");
    }
}
