package org.segmentlab.core.segment.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.segmentlab.core.Progress;
import org.segmentlab.core.features.FeatureMatrix;

class SegmentationModelTest {

    @Test
    void theCustomersOfAKMeansRunAreAssignedBackToTheirOwnSegments() {
        Blobs blobs = Blobs.generate(1_500, 3, 5, 3, 1.0, 6);
        ClusteringResult r = new ClusteringService(2).run(blobs.matrix(), KMeansParams.of(5), Progress.none());
        assertThat(r.model().assign(blobs.matrix())).containsExactly(r.assignments());
    }

    @Test
    void newCustomersJoinTheNearestCentreAfterTheSavedScaling() throws Exception {
        FeatureMatrix m = KMeansClusteringTest.matrix(new double[][] {{1, 100}, {2, 110}, {50, 1000}, {52, 990}},
                "orders", "spend");
        ClusteringResult r = new ClusteringService(1).run(m, KMeansParams.of(2), Progress.none());
        SegmentationModel model = new ObjectMapper().readValue(new ObjectMapper().writeValueAsString(r.model()),
                SegmentationModel.class);
        int small = r.assignments()[0];
        // features in another order and one extra; a missing spend takes the saved median (555)
        FeatureMatrix newcomers = new FeatureMatrix(List.of("n1", "n2", "n3"), List.of("region", "spend", "orders"),
                new double[][] {{7, 120, 3}, {7, 980, 49}, {7, Double.NaN, 48}});
        assertThat(model.assign(newcomers)).containsExactly(small, 1 - small, 1 - small);
    }

    @Test
    void aMissingFeatureIsNamed() {
        FeatureMatrix m = KMeansClusteringTest.matrix(new double[][] {{1, 100}, {2, 110}, {50, 1000}}, "orders",
                "spend");
        SegmentationModel model = new ClusteringService(1).run(m, KMeansParams.of(2), Progress.none()).model();
        FeatureMatrix newcomers = new FeatureMatrix(List.of("n1"), List.of("orders"), new double[][] {{3}});
        assertThatThrownBy(() -> model.assign(newcomers)).hasMessageContaining("[spend]");
    }
}
