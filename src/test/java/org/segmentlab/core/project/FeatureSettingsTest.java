package org.segmentlab.core.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmentlab.core.features.prep.PrepStep;
import org.segmentlab.core.features.scale.FeatureScaling;

class FeatureSettingsTest {

    @TempDir
    Path dir;

    private final ProjectStore store = new ProjectStore();

    /** One step of each kind, with the options a step can take. */
    private static List<PrepStep> everyKindOfStep() {
        return List.of(
                new PrepStep.FillMissing(List.of("age"), PrepStep.FillMissing.Method.CONSTANT, 0.0, null, true),
                PrepStep.FillMissing.median(List.of(), false),
                new PrepStep.Log1p(List.of("monetary", "event_count")),
                new PrepStep.Ratio("monetary", "frequency", "average_order_value"),
                new PrepStep.OneHot(List.of("plan"), 3, "Rare"),
                new PrepStep.Scale(List.of(), FeatureScaling.ROBUST));
    }

    private Project projectWith(FeatureSettings features) {
        return Project.named("events").withSettings(ProjectSettings.EMPTY.withFeatures(features));
    }

    @Test
    void sessionGapAndPreparationStepsComeBackFromTheProjectFileInTheirOrder() throws Exception {
        FeatureSettings features = FeatureSettings.DEFAULTS.withAsOf(LocalDate.of(2025, 1, 1)).withWindowDays(30)
                .withSelected(List.of("event_count", "monetary")).withSessionGapMinutes(45)
                .withPreparation(everyKindOfStep());
        Path file = dir.resolve("events" + ProjectStore.EXTENSION);

        store.save(projectWith(features), file);
        FeatureSettings loaded = store.load(file).settings().features();

        assertThat(loaded).isEqualTo(features);
        assertThat(loaded.sessionGapMinutes()).isEqualTo(45);
        assertThat(loaded.preparation()).containsExactlyElementsOf(everyKindOfStep());
        assertThat(loaded.preparation().get(3)).isInstanceOf(PrepStep.Ratio.class);
    }

    @Test
    void stepsAreWrittenWithTheirTypeNamesNotClassNames() throws Exception {
        Path file = dir.resolve("events" + ProjectStore.EXTENSION);
        store.save(projectWith(FeatureSettings.DEFAULTS.withSessionGapMinutes(20).withPreparation(List.of(
                new PrepStep.Log1p(List.of("monetary")), new PrepStep.Scale(List.of(), FeatureScaling.ZSCORE)))), file);

        String json = Files.readString(file);

        assertThat(json).contains("\"sessionGapMinutes\": 20").contains("\"type\": \"log1p\"")
                .contains("\"type\": \"scale\"").doesNotContain("PrepStep");
        assertThat(json.indexOf("\"log1p\"")).isLessThan(json.indexOf("\"scale\""));
    }

    @Test
    void aProjectSavedBeforeTheseSettingsExistedHasNoGapAndNoSteps() throws Exception {
        Path file = dir.resolve("old" + ProjectStore.EXTENSION);
        store.save(projectWith(new FeatureSettings(LocalDate.of(2025, 1, 1), 30, null, null)), file);
        String json = Files.readString(file);
        assertThat(json).doesNotContain("sessionGapMinutes").doesNotContain("preparation");

        FeatureSettings loaded = store.load(file).settings().features();

        assertThat(loaded.sessionGapMinutes()).isNull();
        assertThat(loaded.preparation()).isNull();
        assertThat(loaded.windowDays()).isEqualTo(30);
    }
}
