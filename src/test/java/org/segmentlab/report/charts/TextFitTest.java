package org.segmentlab.report.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextFitTest {

    /** Monospace widths (6 units a character) that count how much text was measured. */
    private static final class CountingWidths implements TextFit.Widths {
        long calls;
        long characters;

        @Override
        public double of(String text) {
            calls++;
            characters += text.length();
            return 6.0 * text.length();
        }
    }

    @Test
    void wrapsAtSpacesAndCutsAWordWiderThanALine() {
        List<String> lines = TextFit.wrap("one two three abcdefghijklmnop", 60, new CountingWidths());
        // 60 units = 10 characters
        assertThat(lines).containsExactly("one two", "three", "abcdefghij", "klmnop");
    }

    @Test
    void aLongWordIsCutIntoFullLinesWithNothingLost() {
        String word = "x".repeat(1_003);
        List<String> lines = TextFit.wrap(word, 60, new CountingWidths());
        assertThat(lines).hasSize(101);
        assertThat(lines.subList(0, 100)).allMatch(l -> l.length() == 10);
        assertThat(String.join("", lines)).isEqualTo(word);
    }

    @Test
    void aCharacterWiderThanTheLineStillMovesOn() {
        assertThat(TextFit.wrap("abc", 3, new CountingWidths())).containsExactly("a", "b", "c");
    }

    @Test
    void wrappingMeasuresAnAmountOfTextLinearInTheTextLength() {
        for (int n : new int[] {2_000, 8_000}) {
            CountingWidths widths = new CountingWidths();
            TextFit.wrap("y".repeat(n), 300, widths);
            // linear: a bounded number of characters measured per character of text, whatever its length
            assertThat(widths.characters).as("characters measured for %d", n).isLessThanOrEqualTo(40L * n);
        }
    }

    @Test
    void wrappingManyShortWordsStaysLinear() {
        String text = "ab ".repeat(4_000).strip();
        CountingWidths widths = new CountingWidths();
        List<String> lines = TextFit.wrap(text, 300, widths);
        assertThat(String.join(" ", lines)).isEqualTo(text);
        assertThat(widths.characters).isLessThanOrEqualTo(40L * text.length());
    }

    @Test
    void shortenKeepsTheLongestStartThatFitsWithTheEllipsis() {
        assertThat(TextFit.shorten("abcdefghijkl", 60, new CountingWidths())).isEqualTo("abcdefghi…");
        assertThat(TextFit.shorten("short", 60, new CountingWidths())).isEqualTo("short");
        assertThat(TextFit.shorten("abc", 3, new CountingWidths())).isEqualTo("…");
    }

    @Test
    void shorteningMeasuresAnAmountOfTextLinearInTheTextLength() {
        CountingWidths widths = new CountingWidths();
        assertThat(TextFit.shorten("z".repeat(10_000), 60, widths)).isEqualTo("zzzzzzzzz…");
        assertThat(widths.characters).isLessThanOrEqualTo(10L * 10_000);
    }

    @Test
    void shortenKeepsTheWholeTextWhenItFitsExactly() {
        // 10 characters fit; 9 characters and "…" fit too, but the whole text wins
        assertThat(TextFit.shorten("abcdefghij", 60, new CountingWidths())).isEqualTo("abcdefghij");
    }

    @Test
    void theLastFittingBreakIsFoundAmongManyInFewMeasurements() {
        String text = "ab ".repeat(3_000).strip();
        List<Integer> breaks = new java.util.ArrayList<>();
        for (int i = 3; i < text.length(); i += 3) {
            breaks.add(i);
        }
        CountingWidths widths = new CountingWidths();
        // 60 units = 10 characters: "ab ab ab" (8) fits, "ab ab ab ab" (11) does not
        assertThat(TextFit.lastFittingBreak(text, breaks, 60, widths)).isEqualTo(9);
        assertThat(widths.calls).isLessThanOrEqualTo(8);
    }
}
