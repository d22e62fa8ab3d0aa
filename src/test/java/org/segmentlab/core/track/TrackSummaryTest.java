package org.segmentlab.core.track;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The summary sentence of hand-made snapshots, its share and PSI worked out by hand. */
class TrackSummaryTest {

    private static final LocalDate JUNE = LocalDate.of(2011, 6, 4);
    private static final LocalDate DECEMBER = LocalDate.of(2011, 12, 10);

    /** A snapshot of customers c1, c2, … in the given segments. */
    private static Snapshot snapshot(LocalDate day, List<String> ids, String... segments) {
        return new Snapshot(day, List.of("Champions", "At Risk", "Tiny"), ids, segments, new double[segments.length],
                Map.of(), Map.of());
    }

    private static List<String> ids(int from, int to) {
        List<String> ids = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            ids.add("c" + i);
        }
        return ids;
    }

    private static TrackResult result(Snapshot... snapshots) {
        List<Migration> migrations = new ArrayList<>();
        for (int i = 1; i < snapshots.length; i++) {
            migrations.add(SnapshotComparison.migration(snapshots[i - 1], snapshots[i]));
        }
        return new TrackResult(TrackResult.RFM, List.of(snapshots), migrations, List.of(), List.of(), List.of(),
                List.of());
    }

    @Test
    void theLargestShareOfASegmentThatMovedAndTheDriftOfTheShares() {
        // June: c1..c6 Champions, c7..c10 At Risk. December: c5, c6 slipped to At Risk (2 of 6 = 33%),
        // c7 rose to Champions (1 of 4 = 25%), c11 is new in Champions.
        Snapshot june = snapshot(JUNE, ids(1, 10), "Champions", "Champions", "Champions", "Champions", "Champions",
                "Champions", "At Risk", "At Risk", "At Risk", "At Risk");
        Snapshot december = snapshot(DECEMBER, ids(1, 11), "Champions", "Champions", "Champions", "Champions",
                "At Risk", "At Risk", "Champions", "At Risk", "At Risk", "At Risk", "Champions");
        // shares 6/10, 4/10 against 6/11, 5/11:
        // (6/11 - 0.6) ln((6/11) / 0.6) + (5/11 - 0.4) ln((5/11) / 0.4) = 0.00520 + 0.00697 = 0.0122
        assertThat(TrackSummary.sentence(result(june, december))).isEqualTo("33% of the customers in Champions on "
                + "2011-06-04 had moved to At Risk by 2011-12-10; the segment shares drifted little (PSI 0.01).");
    }

    @Test
    void aSegmentBelowFivePercentIsNotTheHeadlineAndCustomersGoneAreSaid() {
        // 40 customers: c1 alone is Tiny (2.5%) and moves (100%), but is too small to be the headline;
        // of the 39 Champions, 13 are gone by December (a third), 1 moved to At Risk
        List<String> ids = ids(1, 40);
        String[] before = new String[40];
        before[0] = "Tiny";
        for (int i = 1; i < 40; i++) {
            before[i] = "Champions";
        }
        Snapshot june = snapshot(JUNE, ids, before);
        List<String> later = new ArrayList<>(ids(1, 27));
        String[] after = new String[27];
        after[0] = "At Risk";
        after[1] = "At Risk";
        for (int i = 2; i < 27; i++) {
            after[i] = "Champions";
        }
        Snapshot december = snapshot(DECEMBER, later, after);
        assertThat(TrackSummary.sentence(result(june, december))).startsWith("33% of the customers in Champions on "
                + "2011-06-04 were gone by 2011-12-10; the segment shares drifted");
    }

    @Test
    void noMoveAtAllAndAMajorDrift() {
        Snapshot june = snapshot(JUNE, ids(1, 2), "Champions", "At Risk");
        // the same two customers in the same segments, and 8 new At Risk: shares 0.5/0.5 against 0.1/0.9
        // (0.1 - 0.5) ln(0.2) + (0.9 - 0.5) ln(1.8) = 0.6438 + 0.2351 = 0.88
        String[] later = {"Champions", "At Risk", "At Risk", "At Risk", "At Risk", "At Risk", "At Risk", "At Risk",
            "At Risk", "At Risk"};
        Snapshot december = snapshot(DECEMBER, ids(1, 10), later);
        assertThat(TrackSummary.sentence(result(june, december))).isEqualTo("Every customer of 2011-06-04 was in "
                + "the same segment on 2011-12-10; the segment shares drifted a lot (PSI 0.88).");
    }

    @Test
    void anyTwoSnapshotsInOrderCanBeCompared() {
        Snapshot a = snapshot(JUNE, ids(1, 4), "Champions", "Champions", "At Risk", "At Risk");
        Snapshot b = snapshot(JUNE.plusMonths(3), ids(1, 4), "Champions", "Champions", "At Risk", "At Risk");
        Snapshot c = snapshot(DECEMBER, ids(1, 4), "At Risk", "Champions", "At Risk", "At Risk");
        TrackResult result = result(a, b, c);
        // shares 0.5/0.5 against 0.25/0.75: (0.25 - 0.5) ln(0.5) + (0.75 - 0.5) ln(1.5) = 0.1733 + 0.1014 = 0.27
        assertThat(TrackSummary.sentence(result, 1, 2)).isEqualTo("50% of the customers in Champions on 2011-09-04 "
                + "had moved to At Risk by 2011-12-10; the segment shares drifted a lot (PSI 0.27).");
        // the first against the second: nobody moved, the shares are the same
        assertThat(TrackSummary.sentence(result, 0, 1)).isEqualTo("Every customer of 2011-06-04 was in the same "
                + "segment on 2011-09-04; the segment shares drifted little (PSI 0.00).");
        assertThatThrownBy(() -> TrackSummary.sentence(result, 2, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(TrackSummary.percent(0.004)).isEqualTo("less than 1%");
    }
}
