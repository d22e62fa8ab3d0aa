package org.segmentlab.core.segment.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.segmentlab.core.Progress;
import org.segmentlab.core.features.FeatureMatrix;
import org.segmentlab.testing.SharedDatasets;

/**
 * The row for k of a sweep describes the very segments a run with that k returns: same restarts,
 * seeds and stopping rule, so the silhouette read to choose k is that of the segments delivered.
 */
class SweepRowIsTheRunTest {

    private static void assertRowsAreRuns(FeatureMatrix m, ClusteringParams params, int minK, int maxK) {
        ClusteringService service = new ClusteringService(2);
        KSweep sweep = service.sweep(m, params, minK, maxK, Progress.none());
        for (KSweepRow row : sweep.rows()) {
            ClusteringResult run = service.run(m, params.withK(row.k()), Progress.none());
            assertThat(run.metrics().wcss()).as("WCSS at k = %d", row.k()).isEqualTo(row.wcss());
            assertThat(run.metrics().silhouette()).as("silhouette at k = %d", row.k()).isEqualTo(row.silhouette());
            assertThat(run.metrics().calinskiHarabasz()).as("CH at k = %d", row.k()).isEqualTo(row.calinskiHarabasz());
            assertThat(run.metrics().daviesBouldin()).as("DB at k = %d", row.k()).isEqualTo(row.daviesBouldin());
            if (!Double.isNaN(row.bic())) {
                assertThat(run.metrics().bic()).as("BIC at k = %d", row.k()).isEqualTo(row.bic());
            }
        }
    }

    @Test
    void kMeansSweepRowsArePlantedBlobRuns() {
        Blobs blobs = Blobs.generate(600, 3, 5, 4, 1.5, 3);
        assertRowsAreRuns(blobs.matrix(), KMeansParams.of(2), 2, 8);
    }

    @Test
    void gaussianMixtureSweepRowsArePlantedBlobRuns() {
        Blobs blobs = Blobs.generate(300, 2, 4, 4, 1.2, 5);
        assertRowsAreRuns(blobs.matrix(), GaussianMixtureParams.of(2), 2, 6);
    }

    @Test
    void wholesaleKMeansSweepRowsAreTheRuns() throws IOException {
        Path file = SharedDatasets.require("wholesale-customers/Wholesale customers data.csv");
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> ids = new ArrayList<>();
        double[][] rows = new double[lines.size() - 1][];
        for (int i = 1; i < lines.size(); i++) {
            String[] cells = lines.get(i).trim().split(",");
            ids.add("W" + i);
            rows[i - 1] = new double[6];
            for (int f = 0; f < 6; f++) {
                rows[i - 1][f] = Double.parseDouble(cells[f + 2]);
            }
        }
        FeatureMatrix m = new FeatureMatrix(ids, List.of("Fresh", "Milk", "Grocery", "Frozen", "Detergents_Paper",
                "Delicassen"), rows);
        assertRowsAreRuns(m, KMeansParams.of(2), 2, 8);
    }
}
