package org.segmentlab.report.charts;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/** The colours of SegmentLab, read from {@code palette.properties} (shared with the workbench's CSS). */
public final class Palette {

    private static final Palette DEFAULT = load();

    private final Map<String, String> hex;

    private Palette(Map<String, String> hex) {
        this.hex = Map.copyOf(hex);
    }

    public static Palette standard() {
        return DEFAULT;
    }

    private static Palette load() {
        Properties p = new Properties();
        try (InputStream in = Palette.class.getResourceAsStream("/org/segmentlab/report/palette.properties")) {
            if (in == null) {
                throw new IllegalStateException("palette.properties is missing from the build");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> map = new LinkedHashMap<>();
        for (String key : p.stringPropertyNames()) {
            map.put(key, p.getProperty(key).trim());
        }
        return new Palette(map);
    }

    /** Every entry as {@code key → #rrggbb}, e.g. for turning into CSS variables. */
    public Map<String, String> entries() {
        return hex;
    }

    public Color color(String key) {
        String value = hex.get(key);
        if (value == null) {
            throw new IllegalArgumentException("no colour '" + key + "' in the palette");
        }
        return Color.decode(value);
    }

    public String hex(String key) {
        color(key);
        return hex.get(key);
    }

    /** Colour of segment {@code id} (1-based); ids past the palette wrap around; -1 (noise) is grey. */
    public Color segment(int id) {
        if (id < 0) {
            return color("segment.noise");
        }
        return color("segment." + (1 + Math.floorMod(id - 1, segmentCount())));
    }

    public String segmentHex(int id) {
        if (id < 0) {
            return hex("segment.noise");
        }
        return hex("segment." + (1 + Math.floorMod(id - 1, segmentCount())));
    }

    public int segmentCount() {
        int n = 0;
        while (hex.containsKey("segment." + (n + 1))) {
            n++;
        }
        return n;
    }

    /** Diverging colour for a value in [-1, 1] (e.g. a z-score divided by its cap). */
    public Color diverging(double t) {
        double c = Math.max(-1, Math.min(1, Double.isNaN(t) ? 0 : t));
        Color mid = color("diverging.mid");
        Color end = c < 0 ? color("diverging.low") : color("diverging.high");
        return mix(mid, end, Math.abs(c));
    }

    static Color mix(Color a, Color b, double t) {
        return new Color(mix(a.getRGB(), b.getRGB(), t));
    }

    /** The same on packed {@code 0xRRGGBB} colours (alpha ignored; the result is opaque), for pixel work. */
    static int mix(int a, int b, double t) {
        int r = (int) Math.round(((a >> 16) & 0xff) + (((b >> 16) & 0xff) - ((a >> 16) & 0xff)) * t);
        int g = (int) Math.round(((a >> 8) & 0xff) + (((b >> 8) & 0xff) - ((a >> 8) & 0xff)) * t);
        int bl = (int) Math.round((a & 0xff) + ((b & 0xff) - (a & 0xff)) * t);
        return 0xff000000 | r << 16 | g << 8 | bl;
    }
}
