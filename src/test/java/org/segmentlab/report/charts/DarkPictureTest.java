package org.segmentlab.report.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import org.junit.jupiter.api.Test;

class DarkPictureTest {

    private final DarkPicture dark = DarkPicture.standard();
    private final Palette palette = Palette.standard();

    private int rgb(String key) {
        return palette.color(key).getRGB();
    }

    @Test
    void thePaperBecomesTheDarkPageAndTheInkTheDarkText() {
        assertThat(hex(dark.map(rgb("background")))).isEqualTo("#0d1117");
        assertThat(hex(dark.map(rgb("text")))).isEqualTo("#c9d1d9");
    }

    @Test
    void greyLinesStayCloserToThePageThanToTheText() {
        double page = luminance(dark.map(rgb("background")));
        double grid = luminance(dark.map(rgb("grid")));
        double muted = luminance(dark.map(rgb("text.muted")));
        double text = luminance(dark.map(rgb("text")));

        assertThat(grid).isGreaterThan(page).isLessThan(muted);
        assertThat(muted).isLessThan(text);
        assertThat(grid - page).isLessThan((text - page) / 4);
    }

    @Test
    void aSegmentsColourIsKeptSoTheChartMatchesTheTable() {
        for (int id = 1; id <= palette.segmentCount(); id++) {
            assertThat(dark.map(palette.segment(id).getRGB())).as("segment %d", id).isEqualTo(palette.segment(id).getRGB());
        }
    }

    @Test
    void textInEveryColourOfThePaletteReadsOnTheDarkPage() {
        int page = dark.map(rgb("background"));
        for (String key : new String[] {"text", "text.muted", "accent", "positive", "negative"}) {
            // WCAG AA for body text
            assertThat(contrast(dark.map(rgb(key)), page)).as("contrast of %s on the dark page", key)
                    .isGreaterThanOrEqualTo(4.5);
        }
        assertThat(hex(dark.map(rgb("accent")))).isEqualTo("#58a6ff");
    }

    @Test
    void anotherColourKeepsItsHueWithItsLightnessTurnedOver() {
        int orange = 0xffd9822b;
        double[] a = DarkPicture.hsl(orange);
        double[] b = DarkPicture.hsl(dark.map(orange));

        assertThat(b[0]).isCloseTo(a[0], within(0.02));
        assertThat(b[2]).isBetween(0.35, 0.6);
    }

    @Test
    void aPaleTintTurnsDeepSoLightTextOnItReads() {
        Color pale = new Color(0xc6, 0xd8, 0xea);
        int mapped = dark.map(pale.getRGB());

        assertThat(DarkPicture.hsl(mapped)[2]).isLessThan(0.35);
        assertThat(DarkPicture.hsl(mapped)[0]).isCloseTo(DarkPicture.hsl(pale.getRGB())[0], within(0.02));
        // WCAG contrast of the mapped ink over the mapped tint: what was dark-on-pale stays readable
        assertThat(contrast(dark.map(rgb("text")), mapped)).isGreaterThan(4.5);
    }

    @Test
    void transparencyIsKeptAndPremultipliedPixelsAreTurnedByTheirColour() {
        int halfWhite = 0x80 << 24 | 0x80 << 16 | 0x80 << 8 | 0x80; // white at half opacity, premultiplied
        int[] pixels = {0, halfWhite, 0xffffffff};

        dark.applyPremultiplied(pixels);

        assertThat(pixels[0]).isZero();
        assertThat(pixels[1] >>> 24).isEqualTo(0x80);
        assertThat((pixels[1] >> 16) & 0xff).isEqualTo(0x0d * 0x80 / 255);
        assertThat(hex(pixels[2])).isEqualTo("#0d1117");
    }

    @Test
    void aRunOfTheSamePixelGivesTheSameResultAsEachAlone() {
        int[] run = {0xff4e79a7, 0xff4e79a7, 0xffffffff, 0xff4e79a7};

        dark.applyPremultiplied(run);

        assertThat(run[0]).isEqualTo(run[1]).isEqualTo(run[3]).isEqualTo(dark.map(0xff4e79a7));
    }

    private static String hex(int argb) {
        return String.format("#%06x", argb & 0xffffff);
    }

    private static double luminance(int argb) {
        double[] c = {((argb >> 16) & 0xff) / 255.0, ((argb >> 8) & 0xff) / 255.0, (argb & 0xff) / 255.0};
        for (int i = 0; i < 3; i++) {
            c[i] = c[i] <= 0.03928 ? c[i] / 12.92 : Math.pow((c[i] + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }

    private static double contrast(int a, int b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }
}
