package org.segmentlab.core.data;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Finds how a text file is written from its first bytes: charset, byte order mark, field separator
 * and quote character. Refuses what is not delimited text at all (binary files, UTF-16).
 */
final class Sniffer {

    /** How much of the file is looked at. */
    static final int HEAD_BYTES = 64 * 1024;
    private static final int BINARY_CHECK_BYTES = 8 * 1024;
    private static final int MAX_SNIFF_RECORDS = 200;
    private static final byte[] CANDIDATES = {',', '\t', ';', '|'};
    /** A separator must give the same field count on this share of lines; ragged files still pass. */
    private static final double DELIMITER_SHARE = 0.5;
    /** Runs of spaces are a last resort and must split lines more consistently. */
    private static final double WHITESPACE_SHARE = 0.75;

    /** The format found. {@code checkUtf8}: the charset was guessed as UTF-8 and later bytes must confirm it. */
    record Format(Charset charset, boolean checkUtf8, int bomLength, byte delimiter, byte quote) {

        Format withCharset(Charset newCharset, boolean check) {
            return new Format(newCharset, check, bomLength, delimiter, quote);
        }
    }

    private Sniffer() {
    }

    /**
     * @param head     the first bytes of the file (at most {@link #HEAD_BYTES})
     * @param complete true when {@code head} is the whole file
     */
    static Format sniff(Path file, byte[] head, int length, boolean complete, ImportOptions options)
            throws DataFileException {
        rejectNonText(file, head, length);
        int bom = length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF ? 3 : 0;
        Charset charset;
        boolean check;
        if (options.charset() != null) {
            charset = charsetNamed(options.charset());
            check = false;
        } else if (bom > 0 || TextDecoder.isValidUtf8Prefix(head, 0, length)) {
            charset = StandardCharsets.UTF_8;
            check = bom == 0;
        } else {
            charset = StandardCharsets.ISO_8859_1;
            check = false;
        }
        // Sniff on whole lines only: a record cut by the end of the head would look ragged.
        int end = length;
        if (!complete) {
            while (end > bom && head[end - 1] != '\n') {
                end--;
            }
            if (end == bom) {
                end = length;
            }
        }
        byte quote = sniffQuote(head, bom, end);
        byte delimiter;
        if (options.delimiter() != null) {
            char d = options.delimiter();
            delimiter = d == ' ' ? DelimitedReader.WHITESPACE : (byte) d;
        } else {
            delimiter = sniffDelimiter(head, bom, end, quote);
        }
        return new Format(charset, check, bom, delimiter, quote);
    }

    private static Charset charsetNamed(String name) {
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new IllegalArgumentException("unknown charset '" + name + "'", e);
        }
    }

    private static void rejectNonText(Path file, byte[] head, int length) throws DataFileException {
        if (length >= 2 && ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE
                || (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF)) {
            throw new DataFileException(file, "is UTF-16 text; save it as UTF-8 or another 8-bit charset");
        }
        if (length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            throw new DataFileException(file, "is a ZIP archive or an Excel workbook, not delimited text; "
                    + "unpack it or save it as CSV");
        }
        int n = Math.min(length, BINARY_CHECK_BYTES);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int c = head[i] & 0xFF;
            if (c == 0) {
                throw new DataFileException(file, "is not a text file (binary data in the first 8 KB)");
            }
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' || c == 0x7F) {
                control++;
            }
        }
        if (n > 0 && control * 10 > n) {
            throw new DataFileException(file, "is not a text file (binary data in the first 8 KB)");
        }
    }

    /** Single quotes only when fields are wrapped in them and never in double quotes. */
    private static byte sniffQuote(byte[] b, int from, int to) {
        int doubles = 0;
        int singles = 0;
        boolean fieldStart = true;
        for (int i = from; i < to; i++) {
            byte c = b[i];
            if (fieldStart && c == '"') {
                doubles++;
            } else if (fieldStart && c == '\'') {
                singles++;
            }
            fieldStart = c == '\n' || c == '\r' || c == ',' || c == ';' || c == '\t' || c == '|';
        }
        return singles > doubles ? (byte) '\'' : (byte) '"';
    }

    private static byte sniffDelimiter(byte[] head, int from, int to, byte quote) {
        byte best = 0;
        double bestShare = 0;
        int bestFields = 0;
        for (byte candidate : CANDIDATES) {
            int[] counts = fieldCounts(head, from, to, candidate, quote);
            int mode = mode(counts);
            if (mode < 2) {
                continue;
            }
            double share = share(counts, mode);
            if (share >= DELIMITER_SHARE && (share > bestShare || share == bestShare && mode > bestFields)) {
                best = candidate;
                bestShare = share;
                bestFields = mode;
            }
        }
        if (best != 0) {
            return best;
        }
        int[] counts = fieldCounts(head, from, to, DelimitedReader.WHITESPACE, quote);
        int mode = mode(counts);
        if (mode >= 2 && share(counts, mode) >= WHITESPACE_SHARE) {
            return DelimitedReader.WHITESPACE;
        }
        return ',';
    }

    private static int[] fieldCounts(byte[] head, int from, int to, byte delimiter, byte quote) {
        // The reader works in place, so it gets its own copy of the bytes.
        byte[] copy = Arrays.copyOfRange(head, from, to);
        int[] counts = new int[MAX_SNIFF_RECORDS];
        int n = 0;
        try (DelimitedReader reader = new DelimitedReader(new ByteArrayInputStream(copy), 0, delimiter, quote)) {
            while (n < MAX_SNIFF_RECORDS && reader.next()) {
                counts[n++] = reader.fieldCount();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Arrays.copyOf(counts, n);
    }

    private static int mode(int[] counts) {
        int best = 0;
        int bestCount = 0;
        for (int c : counts) {
            int k = 0;
            for (int d : counts) {
                if (d == c) {
                    k++;
                }
            }
            if (k > bestCount || k == bestCount && c > best) {
                best = c;
                bestCount = k;
            }
        }
        return best;
    }

    private static double share(int[] counts, int value) {
        int k = 0;
        for (int c : counts) {
            if (c == value) {
                k++;
            }
        }
        return counts.length == 0 ? 0 : (double) k / counts.length;
    }
}
