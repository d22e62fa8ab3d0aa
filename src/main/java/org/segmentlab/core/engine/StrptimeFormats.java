package org.segmentlab.core.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Our detected date patterns ({@link java.time.format.DateTimeFormatter} letters, as
 * {@code core.data} writes them into the import report) as DuckDB {@code strptime} formats. An
 * optional part {@code [...]} becomes two formats, with and without it; DuckDB tries each in turn.
 */
final class StrptimeFormats {

    private StrptimeFormats() {
    }

    /** The strptime formats that read what {@code pattern} reads. */
    static List<String> of(String pattern) {
        Set<String> out = new LinkedHashSet<>();
        for (String variant : expand(pattern)) {
            out.add(convert(variant, pattern));
        }
        return new ArrayList<>(out);
    }

    /** Every pattern without brackets: each optional part in or out. */
    static List<String> expand(String pattern) {
        int open = indexOutsideQuotes(pattern, '[', 0);
        if (open < 0) {
            return List.of(pattern);
        }
        int depth = 0;
        int close = -1;
        boolean quoted = false;
        for (int i = open; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == '[') {
                depth++;
            } else if (!quoted && c == ']' && --depth == 0) {
                close = i;
                break;
            }
        }
        if (close < 0) {
            throw new IllegalArgumentException("unbalanced [ in date pattern " + pattern);
        }
        String head = pattern.substring(0, open);
        List<String> inner = expand(pattern.substring(open + 1, close));
        List<String> tails = expand(pattern.substring(close + 1));
        List<String> out = new ArrayList<>();
        for (String tail : tails) {
            for (String in : inner) {
                out.add(head + in + tail);
            }
            out.add(head + tail);
        }
        return out;
    }

    private static int indexOutsideQuotes(String s, char wanted, int from) {
        boolean quoted = false;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == wanted) {
                return i;
            }
        }
        return -1;
    }

    private static String convert(String p, String whole) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < p.length()) {
            char c = p.charAt(i);
            if (c == '\'') {
                int end = p.indexOf('\'', i + 1);
                if (end < 0) {
                    throw new IllegalArgumentException("unbalanced quote in date pattern " + whole);
                }
                out.append(p, i + 1, end);
                i = end + 1;
                continue;
            }
            int run = 1;
            while (i + run < p.length() && p.charAt(i + run) == c) {
                run++;
            }
            switch (c) {
                case 'y':
                    out.append(run == 2 ? "%y" : "%Y");
                    break;
                case 'M':
                    out.append("%m");
                    break;
                case 'd':
                    out.append("%d");
                    break;
                case 'H':
                    out.append("%H");
                    break;
                case 'h':
                    out.append("%I");
                    break;
                case 'm':
                    out.append("%M");
                    break;
                case 's':
                    out.append("%S");
                    break;
                case 'S':
                    out.append("%g");
                    break;
                case 'a':
                    out.append("%p");
                    break;
                default:
                    if (Character.isLetter(c)) {
                        throw new IllegalArgumentException("date pattern " + whole + " has a letter the SQL engine cannot read: " + c);
                    }
                    for (int k = 0; k < run; k++) {
                        out.append(c == '%' ? "%%" : String.valueOf(c));
                    }
                    break;
            }
            i += run;
        }
        return out.toString();
    }
}
