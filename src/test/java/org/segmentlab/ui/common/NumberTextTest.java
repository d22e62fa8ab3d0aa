package org.segmentlab.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumberTextTest {

    @Test
    void countsAndAmountsGetThousandsSeparatorsAndAFewPlaces() {
        assertThat(NumberText.format(4338)).isEqualTo("4,338");
        assertThat(NumberText.format(12345.678)).isEqualTo("12,345.7");
        assertThat(NumberText.format(-1234.5)).isEqualTo("-1,234.5");
        assertThat(NumberText.format(42.126)).isEqualTo("42.13");
        assertThat(NumberText.format(0.04567)).isEqualTo("0.046");
        assertThat(NumberText.format(Double.NaN)).isEmpty();
        assertThat(NumberText.format(Double.POSITIVE_INFINITY)).isEqualTo("∞");
    }
}
