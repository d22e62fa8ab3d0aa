package org.segmentlab.core.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CustomerIdsTest {

    @ParameterizedTest(name = "''{0}'' -> ''{1}''")
    @CsvSource(value = {
        "17850.0|17850",
        "17850.00|17850",
        "' 17850 '|17850",
        "00001|00001",
        "00001.0|00001",
        "-12.0|-12",
        "17850.5|17850.5",
        "7590-VHVEG|7590-VHVEG",
        "1.0.0|1.0.0",
        ".0|.0",
        "12.|12.",
        "A12.0|A12.0",
        "''|''",
    }, delimiter = '|', quoteCharacter = '\'')
    void idsAreNormalisedTheSameWayFromTextAndFromBytes(String raw, String expected) {
        String want = expected == null ? "" : expected;
        assertThat(CustomerIds.normalise(raw)).isEqualTo(want);
        String trimmed = raw == null ? "" : raw.strip();
        byte[] b = trimmed.getBytes(StandardCharsets.UTF_8);
        int end = CustomerIds.normalisedEnd(b, 0, b.length);
        assertThat(new String(b, 0, end, StandardCharsets.UTF_8)).isEqualTo(want);
    }

    @Test
    void nullIsTheMissingId() {
        assertThat(CustomerIds.normalise(null)).isEmpty();
        assertThat(CustomerIds.isMissing(CustomerIds.normalise(null))).isTrue();
        assertThat(CustomerIds.isMissing(" ")).isTrue();
        assertThat(CustomerIds.isMissing("0")).isFalse();
    }
}
