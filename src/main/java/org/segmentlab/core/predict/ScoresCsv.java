package org.segmentlab.core.predict;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.segmentlab.core.CsvCell;

/** Writes {@code scores.csv}: {@code customer_id,score}, the score with six decimals, UTF-8, atomically. */
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

    /** A probability in [0, 1] with six decimals, without the cost of a formatter per row. */
    static void appendProbability(StringBuilder out, double p) {
        long micro = Math.round(Math.max(0, Math.min(1, p)) * 1_000_000);
        out.append(micro / 1_000_000).append('.');
        String frac = Long.toString(micro % 1_000_000);
        for (int k = frac.length(); k < 6; k++) {
            out.append('0');
        }
        out.append(frac);
    }

    private static void appendField(StringBuilder out, String value) {
        CsvCell.append(out, value);
    }
}
