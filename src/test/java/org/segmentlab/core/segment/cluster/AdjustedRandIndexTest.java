package org.segmentlab.core.segment.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class AdjustedRandIndexTest {

    @Test
    void theSamePartitionUnderOtherNumbersScoresOne() {
        assertThat(AdjustedRandIndex.of(new int[] {0, 0, 1, 1, 2}, new int[] {5, 5, 3, 3, 9})).isEqualTo(1.0);
    }

    /**
     * {0,0,1,1} against {0,0,1,2}: pairs together in both = 1; Σ C(row, 2) = 2, Σ C(col, 2) = 1,
     * expected = 2 · 1 / C(4, 2) = 1/3, max = 1.5: ARI = (1 − 1/3) / (1.5 − 1/3) = 4/7
     * (scikit-learn's adjusted_rand_score agrees).
     */
    @Test
    void equalsTheHandComputedValue() {
        assertThat(AdjustedRandIndex.of(new int[] {0, 0, 1, 1}, new int[] {0, 0, 1, 2}))
                .isCloseTo(4.0 / 7, within(1e-12));
    }

    @Test
    void unrelatedPartitionsScoreAboutZero() {
        int n = 20_000;
        int[] a = new int[n];
        int[] b = new int[n];
        java.util.Random rnd = new java.util.Random(3);
        for (int i = 0; i < n; i++) {
            a[i] = rnd.nextInt(4);
            b[i] = rnd.nextInt(4);
        }
        assertThat(AdjustedRandIndex.of(a, b)).isCloseTo(0, within(0.01));
    }
}
