package org.segmentlab.core.segment.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.segmentlab.core.Progress;
import org.segmentlab.core.features.FeatureMatrix;
import org.segmentlab.core.features.scale.FeatureScaling;
import org.segmentlab.testing.SharedDatasets;

/**
 * The Mall Customers data (200 customers): on annual income and spending score, k-means with k = 5
 * gives the well-known five groups. Reference figures from scikit-learn 1.2.1, KMeans(n_clusters=5,
 * n_init=10, random_state=42): sizes 81, 39, 35, 23, 22 with or without z-scoring; silhouette
 * 0.5539 / CH 247.359 / DB 0.5726 unscaled, 0.5547 / 248.649 / 0.5722 z-scored.
 */
class MallCustomersTest {

    private static FeatureMatrix incomeAndScore() throws IOException {
        Path file = SharedDatasets.require("mall-customers/Mall_Customers.csv");
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("CustomerID,Gender,Age,Annual Income (k$),Spending Score (1-100)");
        List<String> ids = new ArrayList<>();
        double[][] rows = new double[lines.size() - 1][];
        for (int i = 1; i < lines.size(); i++) {
            String[] cells = lines.get(i).split(",");
            ids.add(cells[0]);
            rows[i - 1] = new double[] {Double.parseDouble(cells[3]), Double.parseDouble(cells[4])};
        }
        return new FeatureMatrix(ids, List.of("Annual Income (k$)", "Spending Score (1-100)"), rows);
    }

    @ParameterizedTest
    @CsvSource({"NONE, 0.5539, 247.359, 0.5726", "ZSCORE, 0.5547, 248.649, 0.5722"})
    void kMeansFindsTheFiveWellKnownGroups(FeatureScaling scaling, double silhouette, double ch, double db)
            throws IOException {
        ClusteringResult r = new ClusteringService(2).run(incomeAndScore(), KMeansParams.of(5).withScaling(scaling),
                Progress.none());
        assertThat(r.sizes()).containsExactly(81, 39, 35, 23, 22);
        assertThat(r.metrics().silhouette()).isCloseTo(silhouette, within(1e-4));
        assertThat(r.metrics().calinskiHarabasz()).isCloseTo(ch, within(1e-3));
        assertThat(r.metrics().daviesBouldin()).isCloseTo(db, within(1e-4));
    }

    @Test
    void aSweepFromTwoToTenSuggestsFive() throws IOException {
        KSweep sweep = new ClusteringService(2).sweep(incomeAndScore(), KMeansParams.of(5), 2, 10, Progress.none());
        assertThat(sweep.rows()).hasSize(9);
        assertThat(sweep.suggestedK()).isEqualTo(5);
        assertThat(sweep.elbowK()).isEqualTo(5);
        assertThat(sweep.reason()).startsWith("k = 5: highest silhouette (0.55)");
        // scikit-learn WCSS (inertia) at k = 5, z-scored
        assertThat(sweep.row(5).wcss()).isCloseTo(65.568, within(1e-3));
    }

    @Test
    void theGroupsGetDistinctNamesFromIncomeAndScore() throws IOException {
        FeatureMatrix m = incomeAndScore();
        ClusteringResult r = new ClusteringService(2).run(m, KMeansParams.of(5), Progress.none());
        List<SegmentProfile> profiles = SegmentProfiler.profile(m, r.assignments());
        assertThat(profiles).extracting(SegmentProfile::size).containsExactly(81, 39, 35, 23, 22);
        // the middle group (81) sits near the average of both features
        assertThat(profiles.get(0).suggestedName()).isEqualTo(SegmentNamer.AVERAGE_NAME);
        List<String> names = profiles.stream().map(SegmentProfile::suggestedName).toList();
        assertThat(names).doesNotHaveDuplicates();
        assertThat(names).contains("High Spending Score · High Annual Income",
                "Low Spending Score · High Annual Income");
        assertThat(Arrays.stream(r.sizes()).sum()).isEqualTo(200);
    }
}
