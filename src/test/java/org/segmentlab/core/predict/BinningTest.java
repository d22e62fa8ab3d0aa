package org.segmentlab.core.predict;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class BinningTest {

    @Test
    void aColumnOfFewValuesGetsOneBinPerValueCutHalfwayBetweenNeighbours() {
        double[][] x = {{3}, {1}, {2}, {1}, {7}, {3}};
        Binning b = Binning.of(x);
        assertThat(b.cuts[0]).containsExactly(1.5, 2.5, 5.0);
        int[] codes = new int[x.length];
        for (int i = 0; i < x.length; i++) {
            codes[i] = b.codes[0][i] & 0xFF;
        }
        assertThat(codes).containsExactly(2, 0, 1, 0, 3, 2);
    }

    @Test
    void aWideColumnIsCutIntoAtMost256BinsOfSimilarSize() {
        Random random = new Random(3);
        int n = 20_000;
        double[][] x = new double[n][1];
        for (int i = 0; i < n; i++) {
            x[i][0] = random.nextGaussian() * 100;
        }
        Binning b = Binning.of(x);
        assertThat(b.bins(0)).isBetween(250, Binning.MAX_BINS);
        int[] counts = new int[b.bins(0)];
        for (int i = 0; i < n; i++) {
            counts[b.codes[0][i] & 0xFF]++;
        }
        for (int c : counts) {
            assertThat(c).isBetween(n / Binning.MAX_BINS / 2, 2 * n / Binning.MAX_BINS + 2);
        }
    }

    /** What lets a tree split on bins and score raw values: bin ≤ k exactly when value ≤ cut[k]. */
    @Test
    void aRowsBinIsAtMostKExactlyWhenItsValueIsAtMostTheKthCut() {
        Random random = new Random(5);
        int n = 5_000;
        double[][] x = new double[n][2];
        for (int i = 0; i < n; i++) {
            // many ties: a fifth of the rows are 0; the rest spread over 1,000 values
            x[i][0] = random.nextInt(5) == 0 ? 0 : random.nextInt(1000) / 7.0;
            x[i][1] = Math.exp(random.nextGaussian() * 3);
        }
        Binning b = Binning.of(x);
        for (int j = 0; j < 2; j++) {
            double[] cut = b.cuts[j];
            for (int i = 0; i < n; i++) {
                int bin = b.codes[j][i] & 0xFF;
                for (int k = 0; k < cut.length; k++) {
                    assertThat(bin <= k).as("column %d row %d cut %d", j, i, k).isEqualTo(x[i][j] <= cut[k]);
                }
            }
        }
        // The tied zeros share one bin and nothing else is in it.
        for (int i = 0; i < n; i++) {
            assertThat((b.codes[0][i] & 0xFF) == 0).isEqualTo(x[i][0] == 0);
        }
    }

    @Test
    void aConstantColumnHasOneBinAndNoCut() {
        Binning b = Binning.of(new double[][] {{4, 1}, {4, 2}, {4, 3}});
        assertThat(b.cuts[0]).isEmpty();
        assertThat(b.bins(0)).isEqualTo(1);
        assertThat(b.cuts[1]).containsExactly(1.5, 2.5);
    }
}
