package org.segmentlab.core.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class PrioritisationTest {

    /**
     * Four segments, potential = customers × mean value: A 100 × 50 = 5,000; B 10 × 300 = 3,000;
     * C 200 × 5 = 1,000; D 50 × 20 = 1,000; total 10,000, so the shares are 0.5, 0.3, 0.1, 0.1 and a
     * segment is valuable from an even share, 1/4 = 0.25: A and B. Easy from 3: A (4), C (3).
     */
    @Test
    void segmentsLandInTheQuadrantTheirPotentialAndEaseSay() {
        List<Prioritisation.Placement> placed = Prioritisation.place(List.of(
                new Prioritisation.Candidate("D", 50, 20, 1),
                new Prioritisation.Candidate("C", 200, 5, 3),
                new Prioritisation.Candidate("B", 10, 300, 2),
                new Prioritisation.Candidate("A", 100, 50, 4)));

        assertThat(placed).extracting(p -> p.segment().name()).containsExactly("A", "B", "C", "D");
        assertThat(placed).extracting(Prioritisation.Placement::quadrant).containsExactly(
                Prioritisation.Quadrant.QUICK_WINS, Prioritisation.Quadrant.BIG_BETS,
                Prioritisation.Quadrant.FILL_INS, Prioritisation.Quadrant.DEPRIORITISE);
        assertThat(placed).extracting(Prioritisation.Placement::rank).containsExactly(1, 2, 3, 4);
        assertThat(placed.get(0).potential()).isEqualTo(5000);
        assertThat(placed.get(0).potentialShare()).isCloseTo(0.5, within(1e-12));
        assertThat(placed.get(1).potentialShare()).isCloseTo(0.3, within(1e-12));
        assertThat(placed.get(3).potentialShare()).isCloseTo(0.1, within(1e-12));
    }

    @Test
    void withinAQuadrantTheLargerPotentialComesFirstAndNegativeValueCountsAsNothing() {
        // shares: X 0.6, Y 0.4, Z 0 (its mean value is negative): even share 1/3, all easy
        List<Prioritisation.Placement> placed = Prioritisation.place(List.of(
                new Prioritisation.Candidate("Y", 4, 10, 3),
                new Prioritisation.Candidate("Z", 100, -5, 5),
                new Prioritisation.Candidate("X", 6, 10, 5)));

        assertThat(placed).extracting(p -> p.segment().name()).containsExactly("X", "Y", "Z");
        assertThat(placed.get(2).potential()).isZero();
        assertThat(placed.get(2).quadrant()).isEqualTo(Prioritisation.Quadrant.FILL_INS);
        assertThat(Prioritisation.threshold(3)).isCloseTo(1.0 / 3, within(1e-12));
    }

    @Test
    void anEaseOutsideTheScaleOrNoSegmentIsRefused() {
        assertThatThrownBy(() -> new Prioritisation.Candidate("Q", 1, 1, 6)).hasMessageContaining("'Q'");
        assertThatThrownBy(() -> Prioritisation.place(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
