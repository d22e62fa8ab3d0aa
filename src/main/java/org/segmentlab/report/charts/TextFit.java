package org.segmentlab.report.charts;

import java.awt.FontMetrics;
import java.util.ArrayList;
import java.util.List;

/**
 * Fits text into a width: wraps it into lines, or shortens it with "…". One routine for the PDF
 * writer and the chart labels.
 */
public final class TextFit {

    /** The width of a text in the unit of the width it must fit (points, pixels). */
    @FunctionalInterface
    public interface Widths {
        double of(String text);
    }

    private TextFit() {
    }

    public static Widths of(FontMetrics metrics) {
        return metrics::stringWidth;
    }

    /**
     * Lines no wider than {@code width}, broken at spaces; a word wider than a line is cut where it
     * must be (at least one character a line, so a too-narrow width still ends). The amount of text
     * measured grows linearly with the text: a cut is found by doubling then halving the length of
     * the piece tried, never by shortening it one character at a time.
     */
    public static List<String> wrap(String text, double width, Widths widths) {
        List<String> lines = new ArrayList<>();
        String line = "";
        for (String word : text.split(" ")) {
            if (!line.isEmpty()) {
                String tried = line + " " + word;
                if (widths.of(tried) <= width) {
                    line = tried;
                    continue;
                }
                lines.add(line);
            }
            int start = 0;
            while (true) {
                int from = start;
                int fits = longestFitting(word.length() - start, n -> widths.of(word.substring(from, from + n)) <= width);
                int end = start + Math.max(1, fits);
                if (end >= word.length()) {
                    line = word.substring(start);
                    break;
                }
                lines.add(word.substring(start, end));
                start = end;
            }
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line);
        }
        return lines;
    }

    /** The longest start of the text that fits with "…" after it, or the text when it fits whole. */
    public static String shorten(String text, double width, Widths widths) {
        if (widths.of(text) <= width) {
            return text;
        }
        int fits = longestFitting(text.length() - 1, n -> widths.of(text.substring(0, n).trim() + "…") <= width);
        return fits == 0 ? "…" : text.substring(0, fits).trim() + "…";
    }

    /**
     * Of the given break positions (ascending), the last one whose start of the text, trimmed, fits;
     * -1 when none does.
     */
    public static int lastFittingBreak(String text, List<Integer> breaks, double width, Widths widths) {
        int count = longestFitting(breaks.size(), n -> widths.of(text.substring(0, breaks.get(n - 1)).trim()) <= width);
        return count == 0 ? -1 : breaks.get(count - 1);
    }

    /** A test of a length that holds up to some length and fails beyond it. */
    @FunctionalInterface
    interface LengthTest {
        boolean holds(int length);
    }

    /**
     * The largest length in {@code [0, max]} that passes, for a test that holds up to some length and
     * fails beyond. Lengths tried double from 1 until one fails, then the gap is halved, so the longest
     * length tried is at most twice the answer (plus one): measuring stays proportional to what fits.
     */
    static int longestFitting(int max, LengthTest test) {
        if (max <= 0) {
            return 0;
        }
        int good = 0;
        int probe = 1;
        while (probe <= max && test.holds(probe)) {
            good = probe;
            if (probe == max) {
                return max;
            }
            probe = Math.min(max, probe * 2);
        }
        int bad = Math.min(probe, max + 1);
        while (bad - good > 1) {
            int mid = good + (bad - good) / 2;
            if (test.holds(mid)) {
                good = mid;
            } else {
                bad = mid;
            }
        }
        return good;
    }
}
