package org.segmentlab.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.segmentlab.report.charts.Palette;

/** What the Report step's nodes show, worked out without a window. */
class ReportViewTest {

    private static final Pattern VARIABLE = Pattern.compile("(-sl-[a-z0-9-]+)\\s*:\\s*(#[0-9a-fA-F]{6})\\s*;");

    @Test
    void aSegmentsSquareInTheTableHasTheColourOfItsBubbleInTheMatrix() throws Exception {
        Map<String, String> css = new HashMap<>();
        try (InputStream in = ReportView.class.getResourceAsStream("/org/segmentlab/ui/segmentlab.css")) {
            Matcher m = VARIABLE.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            while (m.find()) {
                css.put(m.group(1), m.group(2).toLowerCase(Locale.ROOT));
            }
        }
        Palette palette = Palette.standard();

        // -1 is noise or RFM's Others; 1.. are segments, and a 13th segment takes the first colour again
        for (int colour = -1; colour <= 14; colour++) {
            assertThat(css.get(ReportView.swatchColour(colour))).as("colour %d", colour)
                    .isEqualTo(palette.segmentHex(colour).toLowerCase(Locale.ROOT));
        }
        assertThat(ReportView.swatchColour(13)).isEqualTo("-sl-segment-1");
        assertThat(ReportView.swatchColour(-1)).isEqualTo("-sl-segment-noise");
    }

    @Test
    void smallValueSharesKeepADecimalSoNoSegmentReadsAsWorthNothing() {
        assertThat(ReportView.percent(0.3121)).isEqualTo("31%");
        assertThat(ReportView.percent(0.1)).isEqualTo("10%");
        assertThat(ReportView.percent(0.0049)).isEqualTo("0.5%");
        assertThat(ReportView.percent(0.0004)).isEqualTo("0.0%");
        assertThat(ReportView.percent(Double.NaN)).isEqualTo("\u2013");
    }
}
