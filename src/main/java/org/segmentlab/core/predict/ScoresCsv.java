package org.segmentlab.core.predict;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.segmentlab.core.CsvCell;

/**
 * Writes {@code scores.csv}: {@code customer_id,score}, the score in full double precision (the shortest
 * decimal that reads back as the same double, so no two different scores tie in the file), UTF-8, atomically.
 */
public final class ScoresCsv {

    private ScoresCsv() {
    }

    public static void write(Path file, ScoredCustomers scores) throws IOException {
        AtomicFile.write(file, raw -> {
            BufferedWriter out = new BufferedWriter(new OutputStreamWriter(raw, StandardCharsets.UTF_8), 1 << 16);
            out.write("customer_id,score\n");
            StringBuilder line = new StringBuilder(64);
            double[] s = scores.scores();
            for (int i = 0; i < s.length; i++) {
                line.setLength(0);
                appendField(line, scores.customerIds().get(i));
                line.append(',');
                appendProbability(line, s[i]);
                line.append('\n');
                out.append(line);
            }
            out.flush();
        });
    }

    /** A probability in [0, 1], clamped, in full precision. */
    static void appendProbability(StringBuilder out, double p) {
        out.append(Math.max(0, Math.min(1, p)));
    }

    static void appendField(StringBuilder out, String value) {
        CsvCell.append(out, value);
    }
}
