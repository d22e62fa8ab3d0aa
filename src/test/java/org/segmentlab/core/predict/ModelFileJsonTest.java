package org.segmentlab.core.predict;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.segmentlab.core.Progress;

/**
 * The streaming writer of a model file's JSON entries gives the bytes Jackson's object mapper
 * gives for the same records, which is what older model files hold and what loading reads.
 */
class ModelFileJsonTest {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @ParameterizedTest
    @EnumSource(ModelKind.class)
    void headerAndProfileAreTheBytesTheObjectMapperWrites(ModelKind kind) throws Exception {
        ModelInput data = PlantedData.customers(600, 5);
        TrainingParams params = TrainingParams.defaults(kind).withImportanceRepeats(0)
                .withModel(kind == ModelKind.LOGISTIC ? ModelParams.defaults(kind)
                        : ModelParams.defaults(kind).withTrees(10));
        TrainingResult result = new ModelTraining().train(data, PlantedData.schema(), params, Progress.none());
        ModelHeader header = ModelHeader.of(result, "1.2.3", "2024-01-01T00:00:00Z");
        assertThat(header.metrics()).isNotEmpty();
        assertSame(MAPPER.writeValueAsBytes(header), ModelFileJson.header(header));
        TrainingProfile profile = TrainingProfile.of(data);
        assertThat(profile.numeric()).isNotEmpty();
        assertThat(profile.categorical()).isNotEmpty();
        assertSame(MAPPER.writeValueAsBytes(profile), ModelFileJson.profile(profile));

        TrainingResult everyRow = new ModelTraining().train(data, PlantedData.schema(),
                params.withSplit(SplitSpec.none()), Progress.none());
        ModelHeader noHoldOut = ModelHeader.of(everyRow, "1.2.3", "2024-01-01T00:00:00Z");
        assertThat(noHoldOut.metrics()).isEmpty();
        assertSame(MAPPER.writeValueAsBytes(noHoldOut), ModelFileJson.header(noHoldOut));
    }

    @ParameterizedTest
    @EnumSource(ModelKind.class)
    void numbersThatAreNotFiniteAndTextThatNeedsEscapesComeOutTheSame(ModelKind kind) throws Exception {
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("auc_roc", Double.NaN);
        metrics.put("log_loss", Double.POSITIVE_INFINITY);
        ModelHeader header = new ModelHeader(1, "v\"1\"", "2024", kind.cliName(), ModelParams.defaults(kind), "id\\x",
                "churn\n", "ja", List.of("é", "a\tb"), List.of(), List.of("plan=\u0001"), -3, "none", "none",
                Double.NaN, 0, 0, metrics);
        assertSame(MAPPER.writeValueAsBytes(header), ModelFileJson.header(header));
        Map<String, Double> shares = new LinkedHashMap<>();
        shares.put("basic", 0.25);
        shares.put("(missing)", Double.NaN);
        TrainingProfile profile = new TrainingProfile(4,
                List.of(new TrainingProfile.NumericFeature("spend", new double[] {Double.NaN, 1e-300, -0.0},
                        new double[] {})),
                List.of(new TrainingProfile.CategoricalFeature("plan", shares)));
        assertSame(MAPPER.writeValueAsBytes(profile), ModelFileJson.profile(profile));
    }

    private static void assertSame(byte[] mapper, byte[] streaming) {
        assertThat(new String(streaming, StandardCharsets.UTF_8)).isEqualTo(new String(mapper, StandardCharsets.UTF_8));
    }
}
