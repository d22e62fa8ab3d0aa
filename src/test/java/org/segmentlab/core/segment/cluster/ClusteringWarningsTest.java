package org.segmentlab.core.segment.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.segmentlab.core.Progress;
import org.segmentlab.core.features.FeatureMatrix;
import org.segmentlab.core.features.scale.FeatureScaling;

class ClusteringWarningsTest {

    private static FeatureMatrix matrix(double[][] rows, String... names) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            ids.add("c" + i);
        }
        return new FeatureMatrix(ids, List.of(names), rows);
    }

    /** 50 customers: 'a' is 5 for all; 'b' uniform in 0..1 except two customers at ±1e301. */
    private static FeatureMatrix degenerate() {
        Random random = new Random(1);
        double[][] rows = new double[50][];
        for (int i = 0; i < 50; i++) {
            rows[i] = new double[] {5, i == 3 ? 1e301 : i == 9 ? -1e301 : random.nextDouble()};
        }
        return matrix(rows, "a", "b");
    }

    @Test
    void constantFeatureIsNamedWithTheAdviceToLeaveItOut() {
        ClusteringResult r = new ClusteringService(1).run(degenerate(), KMeansParams.of(3), Progress.none());
        assertThat(r.warnings()).contains(
                "'a' is the same (5) for every customer: it adds nothing to the distances; leave it out.");
    }

    @Test
    void extremeMagnitudesSuggestLogZscore() {
        ClusteringResult r = new ClusteringService(1).run(degenerate(), KMeansParams.of(3), Progress.none());
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w).startsWith("'b' has values as large as 1.00e+301")
                .contains("use --scale log-zscore"));
    }

    @Test
    void singleCustomerSegmentWithFlatSilhouetteIsCalledAnOutlierGroup() {
        // 199 customers in two tight groups, and one far away: k = 3 gives it a segment of its own.
        Random random = new Random(2);
        double[][] rows = new double[200][];
        for (int i = 0; i < 199; i++) {
            rows[i] = new double[] {(i % 2) * 10 + random.nextGaussian() * 0.1, random.nextGaussian() * 0.1};
        }
        rows[199] = new double[] {500, 500};
        ClusteringResult r = new ClusteringService(1).run(matrix(rows, "spend", "visits"),
                KMeansParams.of(3).withScaling(FeatureScaling.ZSCORE), Progress.none());
        assertThat(r.sizes()).contains(1);
        assertThat(r.warnings()).singleElement().satisfies(w -> assertThat(w)
                .startsWith("Segment 2 holds 1 of 200 customers (0.5%) with a silhouette of 0.00")
                .contains("try --scale log-zscore"));
    }

    @Test
    void wellSeparatedSegmentsGetNoWarning() {
        double[][] rows = Blobs.threeApart(300, 1, 7).rows;
        ClusteringResult r = new ClusteringService(1).run(matrix(rows, "x", "y"), KMeansParams.of(3),
                Progress.none());
        assertThat(r.warnings()).isEmpty();
    }

    @Test
    void missingValuesAreCountedPerFeature() {
        Random random = new Random(3);
        double[][] rows = new double[100][];
        for (int i = 0; i < 100; i++) {
            rows[i] = new double[] {i < 30 ? 0 : 10 + random.nextGaussian(), i % 25 == 0 ? Double.NaN : i};
        }
        ClusteringResult r = new ClusteringService(1).run(matrix(rows, "x", "income"), KMeansParams.of(2),
                Progress.none());
        assertThat(r.warnings()).contains("'income': 4 missing values filled with its median before scaling.");
    }
}
