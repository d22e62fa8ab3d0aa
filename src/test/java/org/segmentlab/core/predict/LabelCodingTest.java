package org.segmentlab.core.predict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class LabelCodingTest {

    @Test
    void yesNoLabelsTakeYesAsPositiveAndIgnoreCaseAndSpaces() {
        LabelCoding c = LabelCoding.decide("Churn", List.of("No", " Yes", "no ", "YES"), null);
        assertThat(c.positiveValue()).isEqualTo("Yes");
        assertThat(c.code(" yes ")).isEqualTo(1);
        assertThat(c.code("No")).isZero();
        assertThat(c.code("  ")).isEqualTo(-1);
        assertThat(c.code(null)).isEqualTo(-1);
    }

    @Test
    void oneZeroAndTrueFalseLabelsAreRecognised() {
        assertThat(LabelCoding.decide("y", List.of("0", "1", "0"), null).positiveValue()).isEqualTo("1");
        assertThat(LabelCoding.decide("y", List.of("false", "true"), null).positiveValue()).isEqualTo("true");
    }

    @Test
    void aChosenPositiveValueWinsEvenAmongManyValues() {
        LabelCoding c = LabelCoding.decide("status", List.of("active", "churned", "paused"), " Paused");
        assertThat(c.code("paused")).isEqualTo(1);
        assertThat(c.code("churned")).isZero();
    }

    @Test
    void unclearLabelsAskForThePositiveValue() {
        assertThatThrownBy(() -> LabelCoding.decide("status", List.of("active", "gone"), null))
                .hasMessageContaining("active, gone").hasMessageContaining("--positive");
        assertThatThrownBy(() -> LabelCoding.decide("status", List.of("Yes", "Yes"), null))
                .hasMessageContaining("single value");
        assertThatThrownBy(() -> LabelCoding.decide("status", Arrays.asList("Yes", "No"), "Maybe"))
                .hasMessageContaining("'Maybe' does not occur");
    }
}
