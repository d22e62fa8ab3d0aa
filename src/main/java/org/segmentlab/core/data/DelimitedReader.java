package org.segmentlab.core.data;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into records and fields without making a String per field: the importer
 * parses numbers and dates straight from the bytes. Quoting follows RFC 4180 (delimiters, line breaks
 * and doubled quotes inside quotes); a quote only opens a quoted field at the start of a field, so a
 * stray quote inside a value is kept as it is. Fields are trimmed of spaces and tabs. Blank lines are
 * skipped: they are not records.
 *
 * <p>Works for every charset in which delimiters, quotes and line breaks are single ASCII bytes
 * (UTF-8, ISO-8859-1, windows-1252).
 */
final class DelimitedReader implements Closeable {

    /** The delimiter value meaning "runs of spaces or tabs". */
    static final byte WHITESPACE = ' ';

    private static final int INITIAL_BUFFER = 1 << 20;
    private static final int MAX_BUFFER = 1 << 28;
    private static final int NEED_MORE = -1;

    private final InputStream in;
    private final byte delimiter;
    private final byte quote;
    private final boolean whitespaceMode;

    private byte[] buf;
    private int pos;
    private int limit;
    private boolean eof;
    private long discarded;

    private long nextLine = 1;
    private long recordLine;
    private long recordStart;
    private long pendingNewlines;
    private boolean unclosedQuote;
    /** For an unclosed quote: the last line of the file it took into the record. */
    private long unclosedLastLine;

    private int count;
    private int[] starts = new int[64];
    private int[] ends = new int[64];
    private boolean[] escaped = new boolean[64];

    /**
     * @param skip      bytes to skip at the start (a byte order mark)
     * @param delimiter the field separator, or {@link #WHITESPACE}
     * @param quote     the quote byte, or 0 for none
     */
    DelimitedReader(InputStream in, int skip, byte delimiter, byte quote) throws IOException {
        this(in, skip, delimiter, quote, INITIAL_BUFFER);
    }

    /** With a given starting buffer size; tests use a tiny one so records cross buffer refills. */
    DelimitedReader(InputStream in, int skip, byte delimiter, byte quote, int bufferSize) throws IOException {
        this.buf = new byte[bufferSize];
        this.in = in;
        this.delimiter = delimiter;
        this.quote = quote;
        this.whitespaceMode = delimiter == WHITESPACE;
        while (skip > 0 && !eof) {
            fill();
            int n = Math.min(skip, limit - pos);
            pos += n;
            skip -= n;
        }
    }

    /** Moves to the next record; false at the end of the input. */
    boolean next() throws IOException {
        while (true) {
            if (pos >= limit && !eof) {
                fill();
            }
            if (pos >= limit && eof) {
                count = 0;
                return false;
            }
            int end = scanRecord();
            if (end == NEED_MORE) {
                fill();
                continue;
            }
            recordLine = nextLine;
            nextLine += 1 + pendingNewlines;
            long start = discarded + pos;
            pos = end;
            if (isBlank()) {
                continue;
            }
            recordStart = start;
            finishFields();
            return true;
        }
    }

    /** The 1-based line of the file where the current record starts. */
    long line() {
        return recordLine;
    }

    /** The byte offset in the input (after the skipped bytes) where the current record starts. */
    long recordStart() {
        return recordStart;
    }

    /** True when the current record ended inside a quoted field at the end of the input. */
    boolean unclosedQuote() {
        return unclosedQuote;
    }

    /** For a record with an unclosed quote: the last line of the file it swallowed. */
    long unclosedQuoteLastLine() {
        return unclosedLastLine;
    }

    int fieldCount() {
        return count;
    }

    /** The buffer holding the current record's fields; valid until the next call to {@link #next()}. */
    byte[] buffer() {
        return buf;
    }

    int start(int field) {
        return starts[field];
    }

    int end(int field) {
        return ends[field];
    }

    /** Bytes of the input consumed so far, for progress. */
    long position() {
        return discarded + pos;
    }

    /** The current record's fields rejoined with the delimiter, for messages. */
    String recordText(java.nio.charset.Charset charset, int maxChars) {
        StringBuilder sb = new StringBuilder();
        String sep = whitespaceMode ? " " : String.valueOf((char) delimiter);
        for (int i = 0; i < count && sb.length() < maxChars; i++) {
            if (i > 0) {
                sb.append(sep);
            }
            sb.append(new String(buf, starts[i], ends[i] - starts[i], charset));
        }
        return sb.length() > maxChars ? sb.substring(0, maxChars) + "…" : sb.toString();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private boolean isBlank() {
        return count == 0 || (count == 1 && !escaped[0] && isSpaceOnly(starts[0], ends[0]));
    }

    private boolean isSpaceOnly(int from, int to) {
        for (int i = from; i < to; i++) {
            if (buf[i] != ' ' && buf[i] != '\t') {
                return false;
            }
        }
        return true;
    }

    /**
     * Finds the fields of the record at {@code pos}. Returns the index just after the record's line
     * break, or {@link #NEED_MORE} when the buffer ends inside the record and more input may follow.
     * Does not change the buffer, so it can run again on the same record after a refill.
     */
    private int scanRecord() {
        final byte[] b = buf;
        final int lim = limit;
        final byte d = delimiter;
        int p = pos;
        count = 0;
        pendingNewlines = 0;
        unclosedQuote = false;
        while (true) {
            if (whitespaceMode) {
                while (p < lim && (b[p] == ' ' || b[p] == '\t')) {
                    p++;
                }
                if (p >= lim) {
                    return eof ? lim : NEED_MORE;
                }
                if (b[p] == '\n' || b[p] == '\r') {
                    return lineBreakEnd(p);
                }
            }
            int fieldStart = p;
            int q = p;
            while (q < lim && b[q] == ' ' && d != ' ') {
                q++;
            }
            if (quote != 0 && q < lim && b[q] == quote) {
                int r = scanQuoted(q + 1);
                if (r == NEED_MORE) {
                    return NEED_MORE;
                }
                p = r;
            } else {
                if (whitespaceMode) {
                    while (p < lim) {
                        byte c = b[p];
                        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                            break;
                        }
                        p++;
                    }
                } else {
                    while (p < lim) {
                        byte c = b[p];
                        if (c == d || c == '\n' || c == '\r') {
                            break;
                        }
                        p++;
                    }
                }
                addField(fieldStart, p, false);
            }
            if (p >= lim) {
                return eof ? lim : NEED_MORE;
            }
            byte c = b[p];
            if (c == '\n' || c == '\r') {
                return lineBreakEnd(p);
            }
            if (!whitespaceMode) {
                p++; // the delimiter
                if (p >= lim) {
                    if (!eof) {
                        return NEED_MORE;
                    }
                    addField(p, p, false);
                    return lim;
                }
            }
        }
    }

    /**
     * Scans a quoted field whose content starts at {@code from}. Adds the field and returns the index
     * after it (at the delimiter or line break), or {@link #NEED_MORE}.
     */
    private int scanQuoted(int from) {
        final byte[] b = buf;
        final int lim = limit;
        int p = from;
        boolean hasDoubled = false;
        long newlines = 0;
        while (true) {
            if (p >= lim) {
                if (!eof) {
                    return NEED_MORE;
                }
                // The file ended inside quotes: keep what there is and let the importer reject the record.
                unclosedQuote = true;
                boolean endsWithBreak = lim > from && (b[lim - 1] == '\n' || b[lim - 1] == '\r');
                unclosedLastLine = nextLine + pendingNewlines + newlines - (endsWithBreak ? 1 : 0);
                pendingNewlines += newlines;
                addField(from, lim, hasDoubled);
                return lim;
            }
            byte c = b[p];
            if (c == quote) {
                if (p + 1 >= lim && !eof) {
                    return NEED_MORE;
                }
                if (p + 1 < lim && b[p + 1] == quote) {
                    hasDoubled = true;
                    p += 2;
                    continue;
                }
                break;
            }
            if (c == '\n') {
                newlines++;
            }
            p++;
        }
        int contentEnd = p;
        p++; // closing quote
        int after = p;
        while (after < lim && (b[after] == ' ' || b[after] == '\t') && b[after] != delimiter) {
            after++;
        }
        if (after >= lim && !eof) {
            return NEED_MORE;
        }
        if (after >= lim || isFieldEnd(b[after])) {
            pendingNewlines += newlines;
            addField(from, contentEnd, hasDoubled);
            return after;
        }
        // Text after the closing quote ("ab"cd): not RFC 4180; keep the raw field up to the next delimiter.
        int q = after;
        while (q < lim && !isFieldEnd(b[q])) {
            q++;
        }
        if (q >= lim && !eof) {
            return NEED_MORE;
        }
        pendingNewlines += newlines;
        addField(from - 1, q, false);
        return q;
    }

    private boolean isFieldEnd(byte c) {
        if (c == '\n' || c == '\r') {
            return true;
        }
        return whitespaceMode ? c == ' ' || c == '\t' : c == delimiter;
    }

    private int lineBreakEnd(int p) {
        if (buf[p] == '\r') {
            if (p + 1 >= limit) {
                return eof ? p + 1 : NEED_MORE;
            }
            return buf[p + 1] == '\n' ? p + 2 : p + 1;
        }
        return p + 1;
    }

    private void addField(int start, int end, boolean hasDoubled) {
        if (count == starts.length) {
            int n = count * 2;
            starts = Arrays.copyOf(starts, n);
            ends = Arrays.copyOf(ends, n);
            escaped = Arrays.copyOf(escaped, n);
        }
        starts[count] = start;
        ends[count] = end;
        escaped[count] = hasDoubled;
        count++;
    }

    /** Undoes doubled quotes (in place: the record is complete now) and trims every field. */
    private void finishFields() {
        final byte[] b = buf;
        for (int i = 0; i < count; i++) {
            int s = starts[i];
            int e = ends[i];
            if (escaped[i]) {
                int w = s;
                for (int r = s; r < e; r++) {
                    b[w++] = b[r];
                    if (b[r] == quote && r + 1 < e && b[r + 1] == quote) {
                        r++;
                    }
                }
                e = w;
            }
            while (s < e && (b[s] == ' ' || (b[s] == '\t' && delimiter != '\t'))) {
                s++;
            }
            while (e > s && (b[e - 1] == ' ' || (b[e - 1] == '\t' && delimiter != '\t'))) {
                e--;
            }
            starts[i] = s;
            ends[i] = e;
        }
    }

    /** Keeps the unread part of the buffer, growing it when one record fills it, and reads more input. */
    private void fill() throws IOException {
        if (eof) {
            return;
        }
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            discarded += pos;
            limit -= pos;
            pos = 0;
        }
        if (limit == buf.length) {
            if (buf.length >= MAX_BUFFER) {
                throw new IOException("a record at line " + nextLine + " is longer than "
                        + (MAX_BUFFER >> 20) + " MB (an unclosed quote?)");
            }
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        int n = in.read(buf, limit, buf.length - limit);
        if (n < 0) {
            eof = true;
        } else {
            limit += n;
        }
    }
}
