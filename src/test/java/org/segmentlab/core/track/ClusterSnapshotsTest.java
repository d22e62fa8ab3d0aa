package org.segmentlab.core.track;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClusterSnapshotsTest {

    @Test
    void refittedSegmentsTakeTheSavedSegmentTheyShareMostCustomersWith() {
        // refit 0 holds saved 1's customers, refit 1 saved 0's: the ids swap back
        int[] saved = {0, 0, 0, 1, 1, 2};
        int[] refit = {1, 1, 1, 0, 0, 2};
        assertThat(ClusterSnapshots.matchTo(saved, refit, 3)).containsExactly(0, 0, 0, 1, 1, 2);
    }

    @Test
    void aRefittedSegmentLeftOverIsANewSegmentAndNoiseStaysNoise() {
        // two saved segments, three refitted: refit 2 overlaps only saved 0, which refit 0 took first (3 > 1)
        int[] saved = {0, 0, 0, 0, 1, 1, 1};
        int[] refit = {0, 0, 0, 2, 1, 1, -1};
        int[] matched = ClusterSnapshots.matchTo(saved, refit, 2);
        assertThat(matched).containsExactly(0, 0, 0, 2, 1, 1, -1);
        assertThat(ClusterSnapshots.nameOf(2, List.of("Big", "Small"))).isEqualTo("New segment 1");
        assertThat(ClusterSnapshots.nameOf(-1, List.of("Big", "Small"))).isEqualTo("Noise");
    }
}
