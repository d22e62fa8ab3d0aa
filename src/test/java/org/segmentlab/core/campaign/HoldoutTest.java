package org.segmentlab.core.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class HoldoutTest {

    private static List<String> ids(int n) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add("C" + (1000 + i));
        }
        return ids;
    }

    @Test
    void eachSegmentHoldsBackItsRoundedShare() {
        List<String> ids = ids(255);
        int[] segments = new int[255];
        for (int i = 0; i < segments.length; i++) {
            segments[i] = i < 200 ? 1 : i < 245 ? 2 : 3; // 200, 45 and 10 customers
        }
        Holdout h = Holdout.draw(ids, segments, 0.1, 42);
        assertThat(h.counts()).containsExactly(new Holdout.SegmentCount(1, 180, 20),
                new Holdout.SegmentCount(2, 40, 5), new Holdout.SegmentCount(3, 9, 1));
        int controlInTwo = 0;
        for (int i = 200; i < 245; i++) {
            controlInTwo += h.control()[i] ? 1 : 0;
        }
        assertThat(controlInTwo).isEqualTo(5);
        assertThat(h.controlCount()).isEqualTo(26);
    }

    @Test
    void theDrawDependsOnTheIdsNotOnTheirOrder() {
        List<String> ids = ids(300);
        int[] segments = new int[300];
        Holdout first = Holdout.draw(ids, segments, 0.2, 7);
        List<String> reversed = new ArrayList<>(ids);
        Collections.reverse(reversed);
        Holdout second = Holdout.draw(reversed, segments, 0.2, 7);
        for (int i = 0; i < 300; i++) {
            assertThat(second.control()[299 - i]).isEqualTo(first.control()[i]);
        }
        Holdout otherSeed = Holdout.draw(ids, segments, 0.2, 8);
        assertThat(otherSeed.control()).isNotEqualTo(first.control());
    }
}
