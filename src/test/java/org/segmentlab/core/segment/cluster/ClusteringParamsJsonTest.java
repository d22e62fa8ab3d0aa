package org.segmentlab.core.segment.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.segmentlab.core.features.scale.FeatureScaling;

class ClusteringParamsJsonTest {

    private final ObjectMapper json = new ObjectMapper();

    static Stream<ClusteringParams> params() {
        return Stream.of(
                KMeansParams.of(5).withSeed(7),
                new DbscanParams(0.35, 8, FeatureScaling.ROBUST, 3),
                HierarchicalParams.of(Linkage.AVERAGE, 4),
                HierarchicalParams.of(Linkage.WARD, 4).withCutHeight(2.5),
                GaussianMixtureParams.of(3).withCovariance(CovarianceType.DIAGONAL));
    }

    @ParameterizedTest
    @MethodSource("params")
    void paramsSurviveJsonWithAnAlgorithmFieldAndNoClassNames(ClusteringParams p) throws Exception {
        String text = json.writeValueAsString(p);
        assertThat(text).startsWith("{\"algorithm\":\"" + p.algorithm().cliName() + "\"");
        assertThat(text).doesNotContain("org.segmentlab").doesNotContain("@class");
        assertThat(text.split("\"algorithm\"", -1)).hasSize(2);
        assertThat(json.readValue(text, ClusteringParams.class)).isEqualTo(p);
    }

    @Test
    void aHandWrittenProjectEntryReads() throws Exception {
        ClusteringParams p = json.readValue("{\"algorithm\":\"dbscan\",\"eps\":0.5,\"minPoints\":4,"
                + "\"scaling\":\"LOG_ZSCORE\",\"seed\":42}", ClusteringParams.class);
        assertThat(p).isEqualTo(new DbscanParams(0.5, 4, FeatureScaling.LOG_ZSCORE, 42));
        assertThat(json.writeValueAsString(HierarchicalParams.of(Linkage.WARD, 3))).doesNotContain("cutHeight");
    }
}
