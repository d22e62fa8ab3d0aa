package org.segmentlab.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.segmentlab.report.charts.Palette;

/** A segment has the same colour in a chart and in the table next to it. */
class PaletteCssTest {

    private static final Pattern VARIABLE = Pattern.compile("(-sl-[a-z0-9-]+)\\s*:\\s*(#[0-9a-fA-F]{6})\\s*;");

    private static Map<String, String> stylesheetColours() throws IOException {
        try (InputStream in = Theme.class.getResourceAsStream("/org/segmentlab/ui/segmentlab.css")) {
            String css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Map<String, String> colours = new HashMap<>();
            Matcher m = VARIABLE.matcher(css);
            while (m.find()) {
                colours.put(m.group(1), m.group(2).toLowerCase(Locale.ROOT));
            }
            return colours;
        }
    }

    @Test
    void everyPaletteColourIsAStylesheetVariableWithTheSameValue() throws IOException {
        Map<String, String> css = stylesheetColours();

        Map<String, String> palette = Palette.standard().entries();

        assertThat(palette).isNotEmpty();
        palette.forEach((key, hex) -> assertThat(css.get("-sl-" + key.replace('.', '-')))
                .as("segmentlab.css variable for palette entry %s", key)
                .isEqualTo(hex.toLowerCase(Locale.ROOT)));
        assertThat(css).containsKeys("-sl-accent", "-sl-segment-1", "-sl-segment-10");
    }

    @Test
    void theStylesheetNamesNoColourOutsideTheVariables() throws IOException {
        try (InputStream in = Theme.class.getResourceAsStream("/org/segmentlab/ui/segmentlab.css")) {
            String css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String withoutVariables = VARIABLE.matcher(css).replaceAll("");

            assertThat(withoutVariables).doesNotContainPattern("#[0-9a-fA-F]{3,8}\\b");
        }
    }
}
