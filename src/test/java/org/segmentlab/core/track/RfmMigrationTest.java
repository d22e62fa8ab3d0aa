package org.segmentlab.core.track;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.segmentlab.core.Progress;
import org.segmentlab.core.features.rfm.RfmOptions;
import org.segmentlab.core.features.rfm.TransactionLog;
import org.segmentlab.core.segment.rfm.RfmSegmentation;
import org.segmentlab.core.segment.rfm.SegmentMap;
import org.segmentlab.core.segment.rfm.SegmentRule;

/**
 * A hand-made log whose segments, migration and segment-share PSI are worked out by hand. Every
 * purchase is 10 on its own invoice; the map puts R 4–5 in Active, R 3 in Lapsing, R 1–2 in Lost.
 * <pre>
 * as of 2024-01-31 (5 customers): recency A 1, B 6, C 11, D 21, E 26 → R 5 4 3 2 1
 *   Active {A, B}, Lapsing {C}, Lost {D, E}
 * then D buys on 03-25, E on 03-30 and the new F on 03-20
 * as of 2024-03-31 (6 customers): recency E 1, D 6, F 11, A 61, B 66, C 71
 *   R = 1 + floor(5 × worse / 6): E 5, D 4, F 3, A 2, B 1, C 1
 *   Active {D, E}, Lapsing {F}, Lost {A, B, C}
 * </pre>
 */
class RfmMigrationTest {

    private static final LocalDate FIRST = LocalDate.of(2024, 1, 31);
    private static final LocalDate SECOND = LocalDate.of(2024, 3, 31);

    private static final SegmentMap MAP = new SegmentMap(5, List.of(
            SegmentRule.onRecencyAndFrequency("Active", 4, 5, 1, 5, ""),
            SegmentRule.onRecencyAndFrequency("Lapsing", 3, 3, 1, 5, ""),
            SegmentRule.onRecencyAndFrequency("Lost", 1, 2, 1, 5, "")));

    private static TransactionLog log() {
        TransactionLog.Builder b = TransactionLog.builder(false, true);
        add(b, "A", "2024-01-30", "1");
        add(b, "B", "2024-01-25", "2");
        add(b, "C", "2024-01-20", "3");
        add(b, "D", "2024-01-10", "4");
        add(b, "E", "2024-01-05", "5");
        add(b, "E", "2024-03-30", "6");
        add(b, "D", "2024-03-25", "7");
        add(b, "F", "2024-03-20", "8");
        return b.build();
    }

    private static void add(TransactionLog.Builder b, String customer, String day, String invoice) {
        b.add(customer, TransactionLog.timeOf(LocalDateTime.parse(day + "T10:00")), 10.0, Double.NaN, invoice);
    }

    private static List<Snapshot> snapshots() {
        List<RfmSegmentation> s = new RfmSnapshots().compute(log(), RfmOptions.defaults(), MAP, List.of(FIRST, SECOND),
                Progress.none());
        return List.of(RfmSnapshots.snapshotOf(s.get(0)), RfmSnapshots.snapshotOf(s.get(1)));
    }

    @Test
    void eachSnapshotScoresItsCustomersAsOfItsDay() {
        List<Snapshot> s = snapshots();
        assertThat(s.get(0).customerIds()).containsExactly("A", "B", "C", "D", "E");
        assertThat(s.get(0).segments()).containsExactly("Active", "Active", "Lapsing", "Lost", "Lost");
        assertThat(s.get(1).customerIds()).containsExactly("A", "B", "C", "D", "E", "F");
        assertThat(s.get(1).segments()).containsExactly("Lost", "Lost", "Lost", "Active", "Active", "Lapsing");
        assertThat(s.get(1).numeric().get("recency_days")).containsExactly(61, 66, 71, 6, 1, 11);
        assertThat(s.get(1).revenue()).containsExactly(10, 10, 10, 20, 20, 10);
    }

    @Test
    void migrationCountsWhereEachCustomerWentWithNewAndGone() {
        Migration m = SnapshotComparison.migration(snapshots().get(0), snapshots().get(1));
        assertThat(m.segments()).containsExactly("Active", "Lapsing", "Lost");
        // rows Active, Lapsing, Lost, (new); columns Active, Lapsing, Lost, (gone)
        assertThat(m.customers()).isDeepEqualTo(new long[][] {
            {0, 0, 2, 0},
            {0, 0, 1, 0},
            {2, 0, 0, 0},
            {0, 1, 0, 0}});
        assertThat(m.revenue()[0][2]).isEqualTo(20.0);
        assertThat(m.revenue()[2][0]).isEqualTo(40.0);
        assertThat(m.revenue()[3][1]).isEqualTo(10.0);
        assertThat(m.kept()).isZero();
        assertThat(m.keptShare()).isZero();
        assertThat(m.arrived()).isEqualTo(1);
        assertThat(m.gone()).isZero();
        assertThat(m.toCustomers() + m.gone()).isEqualTo(6);
        assertThat(m.outflows("Active")).extracting(Migration.Flow::to, Migration.Flow::customers)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Lost", 2L));
        assertThat(m.inflows("Lapsing")).extracting(Migration.Flow::from, Migration.Flow::rowShare)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Migration.NEW, 1.0));
        assertThat(m.rowShare(0, 2)).isEqualTo(1.0);
    }

    @Test
    void aCustomerMissingFromTheLaterSnapshotIsGoneWithTheRevenueTheyHad() {
        Snapshot a = new Snapshot(FIRST, List.of("X", "Y"), List.of("1", "2", "3"), new String[] {"X", "X", "Y"},
                new double[] {5, 6, 7}, java.util.Map.of(), java.util.Map.of());
        Snapshot b = new Snapshot(SECOND, List.of("X", "Y"), List.of("1", "3"), new String[] {"X", "X"},
                new double[] {8, 9}, java.util.Map.of(), java.util.Map.of());
        Migration m = SnapshotComparison.migration(a, b);
        assertThat(m.customers()).isDeepEqualTo(new long[][] {{1, 0, 1}, {1, 0, 0}, {0, 0, 0}});
        assertThat(m.revenue()[0][2]).isEqualTo(6.0);
        assertThat(m.revenue()[1][0]).isEqualTo(9.0);
        assertThat(m.keptShare()).isCloseTo(1.0 / 3, within(1e-15));
        assertThat(m.toCustomers() + m.gone()).isEqualTo(m.customers()[0][0] + m.customers()[0][2]
                + m.customers()[1][0]);
    }

    @Test
    void driftHasTheSegmentSharePsiThenOneRowPerRfmMeasure() {
        List<Drift> drift = SnapshotComparison.drift(snapshots().get(0), snapshots().get(1), new java.util.ArrayList<>());
        assertThat(drift).extracting(Drift::measure)
                .containsExactly("segment_share", "recency_days", "frequency", "monetary");
        // shares Active 2/5 → 2/6, Lapsing 1/5 → 1/6, Lost 2/5 → 3/6
        double expected = (1.0 / 3 - 0.4) * Math.log((1.0 / 3) / 0.4) + (1.0 / 6 - 0.2) * Math.log((1.0 / 6) / 0.2)
                + (0.5 - 0.4) * Math.log(0.5 / 0.4);
        assertThat(drift.get(0).psi()).isCloseTo(expected, within(1e-12)).isCloseTo(0.04054651081081645, within(1e-12));
        assertThat(drift.get(0).reading().word()).isEqualTo("stable");
        // frequency: the earlier deciles of {1,1,1,1,1} are all 1, every value ≤ 1 falls in bin 0 earlier;
        // later D and E have 2 purchases (bin 9): shares 1 → 4/6 and 0 → 2/6
        double frequency = (4.0 / 6 - 1) * Math.log(4.0 / 6) + (2.0 / 6 - 0.0001) * Math.log((2.0 / 6) / 0.0001);
        assertThat(drift.get(2).psi()).isCloseTo(frequency, within(1e-12));
        assertThat(drift.get(2).reading().word()).isEqualTo("major");
    }

    @Test
    void monthlyAsOfDaysRunFromTheFirstDayToTheLast() {
        assertThat(AsOfDays.parse("monthly:2011-01-31..2011-05-31")).containsExactly(LocalDate.of(2011, 1, 31),
                LocalDate.of(2011, 2, 28), LocalDate.of(2011, 3, 31), LocalDate.of(2011, 4, 30), LocalDate.of(2011, 5, 31));
        assertThat(AsOfDays.parse("2011-12-10, 2011-06-04,2011-06-04")).containsExactly(LocalDate.of(2011, 6, 4),
                LocalDate.of(2011, 12, 10));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AsOfDays.parse("monthly:2011-05-01..2011-01-01"))
                .hasMessageContaining("ends");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AsOfDays.parse("2011-13-01"))
                .hasMessage("'2011-13-01' is not a day of the form yyyy-MM-dd");
    }
}
