package org.segmentlab.report.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ChartPartsTest {

    @Test
    void numbersAreFormattedTheSameOnEveryMachine() {
        assertThat(ChartParts.count(104_223)).isEqualTo("104,223");
        assertThat(ChartParts.percent(0.4312, 0)).isEqualTo("43%");
        assertThat(ChartParts.percent(0.4312, 1)).isEqualTo("43.1%");
        assertThat(ChartParts.signed(1.23, 1)).isEqualTo("+1.2");
        assertThat(ChartParts.signed(-0.44, 1)).isEqualTo("\u22120.4");
        assertThat(ChartParts.signed(-0.04, 1)).isEqualTo("0.0");
    }

    @Test
    void significantDigitsFollowTheMagnitude() {
        assertThat(ChartParts.significant(312.424, 3)).isEqualTo("312");
        assertThat(ChartParts.significant(0.012345, 3)).isEqualTo("0.0123");
        assertThat(ChartParts.significant(0.5, 3)).isEqualTo("0.5");
        assertThat(ChartParts.significant(12345, 3)).isEqualTo("12,345");
    }

    @Test
    void ordinalsFollowEnglish() {
        assertThat(java.util.stream.IntStream.of(1, 2, 3, 4, 11, 12, 13, 21, 22, 111).mapToObj(ChartParts::ordinal))
                .containsExactly("1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "111th");
    }

    @Test
    void segmentsWithoutANameAreNamedByIdAndNoiseIsNoise() {
        Map<Integer, String> names = Map.of(1, "Champions");
        assertThat(ChartParts.segmentName(names, 1)).isEqualTo("Champions");
        assertThat(ChartParts.segmentName(names, 2)).isEqualTo("Segment 2");
        assertThat(ChartParts.segmentName(names, -1)).isEqualTo("Noise");
        assertThat(ChartParts.segmentName(null, 3)).isEqualTo("Segment 3");
    }

    @Test
    void nonNegativeFormatLeavesNegativeTicksBlank() {
        var format = ChartParts.nonNegative(ChartParts.format("#,##0"));
        assertThat(format.format(-500.0)).isEmpty();
        assertThat(format.format(2500.0)).isEqualTo("2,500");
        assertThat(format.format(0.0)).isEqualTo("0");
    }
}
