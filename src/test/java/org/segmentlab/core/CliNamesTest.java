package org.segmentlab.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.segmentlab.core.features.scale.FeatureScaling;
import org.segmentlab.core.segment.cluster.ClusteringAlgorithm;
import org.segmentlab.core.segment.cluster.CovarianceType;
import org.segmentlab.core.segment.cluster.Linkage;

class CliNamesTest {

    @Test
    void caseSpacesDashesAndUnderscoresDoNotMatter() {
        assertThat(FeatureScaling.fromCliName(" LOG_ZSCORE ")).isEqualTo(FeatureScaling.LOG_ZSCORE);
        assertThat(FeatureScaling.fromCliName("log-zscore")).isEqualTo(FeatureScaling.LOG_ZSCORE);
        assertThat(ClusteringAlgorithm.fromCliName("k-means")).isEqualTo(ClusteringAlgorithm.KMEANS);
        assertThat(Linkage.fromCliName("Ward")).isEqualTo(Linkage.WARD);
        assertThat(CovarianceType.fromCliName("Diagonal")).isEqualTo(CovarianceType.DIAGONAL);
        assertThat(CovarianceType.fromCliName(null)).isEqualTo(CovarianceType.FULL);
    }

    @Test
    void anUnknownNameIsRefusedWithEveryNameItCouldHaveBeen() {
        assertThatThrownBy(() -> ClusteringAlgorithm.fromCliName("spectral"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown algorithm 'spectral'; use one of kmeans|dbscan|hierarchical|gmm");
        assertThatThrownBy(() -> CovarianceType.fromCliName("tied"))
                .hasMessage("unknown covariance type 'tied'; use one of full|diagonal");
    }
}
