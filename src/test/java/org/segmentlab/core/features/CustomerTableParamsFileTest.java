package org.segmentlab.core.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmentlab.core.features.events.EventMeaning;
import org.segmentlab.core.features.events.EventVocabulary;
import org.segmentlab.core.features.prep.PrepStep;
import org.segmentlab.core.features.scale.FeatureScaling;

class CustomerTableParamsFileTest {

    @TempDir
    Path dir;

    private final CustomerTableParamsFile files = new CustomerTableParamsFile();

    @Test
    void specSurvivesAJsonRoundTrip() throws Exception {
        CustomerTableParams params = new CustomerTableParams(LocalDate.of(2011, 12, 10), 400, 45, 3,
                List.of("recency_days", "frequency", "monetary", "category_share_*"),
                List.of(PrepStep.FillMissing.median(List.of(), true),
                        new PrepStep.Ratio("monetary", "frequency", "average_basket"),
                        new PrepStep.Log1p(List.of("monetary")),
                        new PrepStep.Scale(List.of(), FeatureScaling.ROBUST),
                        new PrepStep.OneHot(List.of("plan"), 8, "Rare")),
                EventVocabulary.defaults().with("basket_add", EventMeaning.ADD_TO_CART), true);
        Path file = dir.resolve("spec.json");

        files.write(params, file);
        CustomerTableParams back = files.read(file);

        assertThat(back).isEqualTo(params);
        assertThat(Files.readString(file)).contains("\"asOf\" : \"2011-12-10\"").contains("\"type\" : \"ratio\"");
    }

    @Test
    void fieldsLeftOutTakeTheirDefaults() {
        CustomerTableParams params = files.fromJson("{\"asOf\": \"2024-03-31\"}");

        assertThat(params).isEqualTo(CustomerTableParams.of(LocalDate.of(2024, 3, 31)));
        assertThat(params.windowDays()).isEqualTo(90);
        assertThat(params.sessionGapMinutes()).isEqualTo(30);
        assertThat(params.eventSettings().vocabulary()).isEqualTo(EventVocabulary.defaults());
    }

    @Test
    void badSpecNamesTheFileAndThePlace(@TempDir Path temp) throws Exception {
        Path file = temp.resolve("spec.json");
        Files.writeString(file, "{\n  \"asOf\": \"2024-03-31\",\n  \"windowDay\": 30\n}");

        assertThatThrownBy(() -> files.read(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("spec.json: unknown field \"windowDay\" in CustomerTableParams; known fields are")
                .hasMessageContaining("windowDays");
    }

    @Test
    void malformedJsonNamesLineAndColumn() {
        assertThatThrownBy(() -> files.fromJson("{\n  \"asOf\": \"2024-03-31\",\n  \"windowDays\": 30,,\n}"))
                .hasMessageStartingWith("line 3, column 20: Unexpected character (',' (code 44))");
    }

    @Test
    void unknownStepTypeAndMissingAsOfAreExplained() {
        assertThatThrownBy(() -> files.fromJson("{\"asOf\":\"2024-03-31\",\"preparation\":[{\"type\":\"pca\"}]}"))
                .hasMessageContaining("pca");
        assertThatThrownBy(() -> files.fromJson("{\"windowDays\": 30}"))
                .hasMessageContaining("no \"asOf\" day");
        assertThatThrownBy(() -> files.fromJson("{\"asOf\":\"2024-03-31\",\"windowDays\": 0}"))
                .hasMessageContaining("the window must be 1 to 20000 days, not 0");
    }
}
