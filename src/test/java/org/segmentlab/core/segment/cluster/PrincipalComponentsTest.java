package org.segmentlab.core.segment.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PrincipalComponentsTest {

    /** [[2,1,0],[1,2,0],[0,0,5]]: eigenvalues 5 (e3), 3 ((1,1,0)/√2) and 1 ((1,−1,0)/√2). */
    @Test
    void jacobiFindsTheEigenpairsOfASmallSymmetricMatrix() {
        double[][] a = {{2, 1, 0}, {1, 2, 0}, {0, 0, 5}};
        double[][] v = new double[3][3];
        double[] values = PrincipalComponents.jacobi(a, v);
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        assertThat(sorted).containsExactly(new double[] {1, 3, 5}, within(1e-12));
        for (int j = 0; j < 3; j++) {
            if (Math.abs(values[j] - 3) < 1e-9) {
                assertThat(Math.abs(v[0][j])).isCloseTo(Math.sqrt(0.5), within(1e-12));
                assertThat(v[0][j] * v[1][j]).isGreaterThan(0);
            }
        }
    }

    /**
     * Points exactly on y = 2x with x = −2..2: all variance lies along (1, 2)/√5; the sample
     * variance of x is 2.5, so along the line it is 2.5 · 5 = 12.5, and 0 across.
     */
    @Test
    void theFirstComponentFollowsTheLine() {
        double[][] rows = {{-2, -4}, {-1, -2}, {0, 0}, {1, 2}, {2, 4}};
        PrincipalComponents pca = PrincipalComponents.fit(rows);
        assertThat(pca.components()[0]).containsExactly(new double[] {1 / Math.sqrt(5), 2 / Math.sqrt(5)},
                within(1e-12));
        assertThat(pca.variances()).containsExactly(new double[] {12.5, 0}, within(1e-12));
        assertThat(pca.explainedShare()[0]).isCloseTo(1, within(1e-12));
        double[][] projected = pca.project(rows, 1);
        assertThat(projected[4][0]).isCloseTo(Math.sqrt(20), within(1e-12));
    }
}
