package org.segmentlab.core.sample;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.segmentlab.core.CsvCell;

/** Writes CSV rows in UTF-8 with '\n' line ends, quoting a field only when it needs it (RFC 4180). */
final class CsvLines {

    private final Writer out;
    private final StringBuilder line = new StringBuilder(128);

    CsvLines(OutputStream out) {
        this.out = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    }

    void row(String... fields) throws IOException {
        line.setLength(0);
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            appendField(fields[i]);
        }
        line.append('\n');
        out.write(line.toString());
    }

    /** Pushes what is buffered to the stream; the caller owns (and closes) the stream. */
    void flush() throws IOException {
        out.flush();
    }

    private void appendField(String field) {
        CsvCell.append(line, field);
    }
}
