package org.segmentlab.core.predict;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Writes the split a training run used: {@code customer_id,part}, part {@code train}, {@code test} or
 * {@code left_out} (a chronological split leaves out rows without a date), in input order, UTF-8, atomically.
 */
public final class SplitCsv {

    private SplitCsv() {
    }

    public static void write(Path file, ModelInput input, Partition partition) throws IOException {
        String[] part = new String[input.rowCount()];
        java.util.Arrays.fill(part, "left_out");
        for (int i : partition.train()) {
            part[i] = "train";
        }
        for (int i : partition.test()) {
            part[i] = "test";
        }
        AtomicFile.write(file, raw -> {
            BufferedWriter out = new BufferedWriter(new OutputStreamWriter(raw, StandardCharsets.UTF_8), 1 << 16);
            out.write("customer_id,part\n");
            StringBuilder line = new StringBuilder(64);
            for (int i = 0; i < part.length; i++) {
                line.setLength(0);
                ScoresCsv.appendField(line, input.customerIds().get(i));
                line.append(',').append(part[i]).append('\n');
                out.append(line);
            }
            out.flush();
        });
    }
}
