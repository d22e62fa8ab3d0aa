package org.segmentlab.report.charts;

import java.awt.Color;

/**
 * Turns a chart drawn for paper into one for a dark screen, pixel by pixel, so that every chart (and
 * the text a chart draws itself) follows the dark theme without a second set of colours in each chart.
 * Lightness is turned over and hue kept: the paper becomes the dark page, the ink the dark theme's
 * text, a grey line a dark grey one, a pale tint a deep one of the same hue. A segment's colour is kept,
 * so a chart still matches the tables beside it; the accent, good and bad become the dark theme's own.
 */
public final class DarkPicture {

    /** Below this saturation a colour is a grey of the paper (text, grid, background, their blends). */
    private static final double GREY = 0.08;
    /** Above this saturation a colour is a colour and keeps its hue whole; between, the two are blended. */
    private static final double COLOURED = 0.25;
    /** Below this spread of its channels a colour is a grey, however saturated a very dark grey reads in HSL. */
    private static final double GREY_SPREAD = 0.04;

    private final Color page;
    private final Color ink;
    private final double paperInkLightness;
    private final double pageLightness;
    private final double inkLightness;
    /**
     * The colours that mean something in every view, turned exactly: a segment's kept as it is (the tables
     * show it so), the accent, good and bad into the dark theme's own.
     */
    private final java.util.Map<Integer, Integer> exact = new java.util.HashMap<>();

    public DarkPicture(Palette palette) {
        palette.entries().forEach((key, hex) -> {
            if (key.startsWith("segment.") || key.equals("diverging.low") || key.equals("diverging.high")) {
                exact.put(palette.color(key).getRGB() & 0xffffff, palette.color(key).getRGB() & 0xffffff);
            }
        });
        for (String key : new String[] {"accent", "positive", "negative"}) {
            exact.put(palette.color(key).getRGB() & 0xffffff, palette.color("dark." + key).getRGB() & 0xffffff);
        }
        this.page = palette.color("dark.background");
        this.ink = palette.color("dark.text");
        this.paperInkLightness = hsl(palette.color("text").getRGB())[2];
        this.pageLightness = hsl(page.getRGB())[2];
        this.inkLightness = hsl(ink.getRGB())[2];
    }

    public static DarkPicture standard() {
        return new DarkPicture(Palette.standard());
    }

    /** Turns pixels in premultiplied ARGB (as a {@code TYPE_INT_ARGB_PRE} image keeps them), in place. */
    public void applyPremultiplied(int[] pixels) {
        int lastIn = 0;
        int lastOut = 0;
        boolean any = false;
        for (int i = 0; i < pixels.length; i++) {
            int p = pixels[i];
            if (any && p == lastIn) {
                pixels[i] = lastOut;
                continue;
            }
            int out = p;
            int a = p >>> 24;
            if (a == 255) {
                out = map(p);
            } else if (a > 0) {
                int r = Math.min(255, ((p >> 16) & 0xff) * 255 / a);
                int g = Math.min(255, ((p >> 8) & 0xff) * 255 / a);
                int b = Math.min(255, (p & 0xff) * 255 / a);
                int m = map(0xff000000 | r << 16 | g << 8 | b);
                out = a << 24 | (((m >> 16) & 0xff) * a / 255) << 16 | (((m >> 8) & 0xff) * a / 255) << 8
                        | ((m & 0xff) * a / 255);
            }
            lastIn = p;
            lastOut = out;
            any = true;
            pixels[i] = out;
        }
    }

    /** The dark counterpart of an opaque colour given as {@code 0xAARRGGBB}; alpha is kept. */
    public int map(int argb) {
        Integer turned = exact.get(argb & 0xffffff);
        if (turned != null) {
            return (argb & 0xff000000) | turned;
        }
        double[] hsl = hsl(argb);
        // how far from the paper towards the ink: 0 for the paper, 1 for the ink, past 1 for darker
        double inkward = (1 - hsl[2]) / (1 - paperInkLightness);
        double t = Math.min(1, inkward);
        int grey = Palette.mix(page.getRGB(), ink.getRGB(), t);
        double w = Math.max(0, Math.min(1, (hsl[1] - GREY) / (COLOURED - GREY)))
                * Math.max(0, Math.min(1, (spread(argb) - GREY_SPREAD) / GREY_SPREAD));
        int result;
        if (w == 0) {
            result = grey;
        } else {
            double lightness = Math.max(0, Math.min(1, pageLightness + inkward * (inkLightness - pageLightness)));
            int coloured = rgb(hsl[0], hsl[1], lightness);
            result = w == 1 ? coloured : Palette.mix(grey, coloured, w);
        }
        return (argb & 0xff000000) | (result & 0xffffff);
    }

    private static double spread(int rgb) {
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        return (Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b))) / 255.0;
    }

    /** Hue in [0, 1), saturation and lightness in [0, 1]. */
    static double[] hsl(int rgb) {
        double r = ((rgb >> 16) & 0xff) / 255.0;
        double g = ((rgb >> 8) & 0xff) / 255.0;
        double b = (rgb & 0xff) / 255.0;
        double max = Math.max(r, Math.max(g, b));
        double min = Math.min(r, Math.min(g, b));
        double l = (max + min) / 2;
        double d = max - min;
        if (d == 0) {
            return new double[] {0, 0, l};
        }
        double s = d / (1 - Math.abs(2 * l - 1));
        double h;
        if (max == r) {
            h = ((g - b) / d + (g < b ? 6 : 0)) / 6;
        } else if (max == g) {
            h = ((b - r) / d + 2) / 6;
        } else {
            h = ((r - g) / d + 4) / 6;
        }
        return new double[] {h, Math.min(1, s), l};
    }

    static int rgb(double h, double s, double l) {
        double c = (1 - Math.abs(2 * l - 1)) * s;
        double hh = h * 6;
        double x = c * (1 - Math.abs(hh % 2 - 1));
        double r;
        double g;
        double b;
        if (hh < 1) {
            r = c; g = x; b = 0;
        } else if (hh < 2) {
            r = x; g = c; b = 0;
        } else if (hh < 3) {
            r = 0; g = c; b = x;
        } else if (hh < 4) {
            r = 0; g = x; b = c;
        } else if (hh < 5) {
            r = x; g = 0; b = c;
        } else {
            r = c; g = 0; b = x;
        }
        double m = l - c / 2;
        return 0xff000000 | channel(r + m) << 16 | channel(g + m) << 8 | channel(b + m);
    }

    private static int channel(double v) {
        return (int) Math.round(Math.max(0, Math.min(1, v)) * 255);
    }
}
