package org.segmentlab.ui.segment.rfm;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.segmentlab.core.Progress;
import org.segmentlab.core.features.rfm.Money;
import org.segmentlab.core.features.rfm.RfmResult;
import org.segmentlab.core.segment.rfm.RfmSegmentation;

/** Every customer's RFM segment as CSV, for a mailing tool: one line per customer. */
final class SegmentAssignmentsCsv {

    static final String HEADER = "customer_id,segment_id,segment_name,recency_days,frequency,monetary";

    private SegmentAssignmentsCsv() {
    }

    /** Writes beside the target first, then moves into place, so a failure leaves no half file. */
    static Path write(RfmSegmentation segmentation, Path target, Progress progress) throws IOException {
        RfmResult rfm = segmentation.rfm();
        Path dir = target.toAbsolutePath().getParent();
        Path temp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        try {
            try (BufferedWriter w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                w.write(HEADER);
                w.write('\n');
                StringBuilder line = new StringBuilder(96);
                for (int i = 0; i < rfm.size(); i++) {
                    if (i % 10_000 == 0) {
                        progress.checkCancelled();
                        progress.update((double) i / rfm.size(), "Writing customers");
                    }
                    line.setLength(0);
                    field(line, rfm.customerId(i)).append(',')
                            .append(segmentation.segmentId(i)).append(',');
                    field(line, segmentation.segmentName(i)).append(',')
                            .append(rfm.recencyDays(i)).append(',')
                            .append(rfm.frequency(i)).append(',')
                            .append(Money.format(rfm.monetary(i))).append('\n');
                    w.append(line);
                }
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
        return target;
    }

    /** RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled. */
    private static StringBuilder field(StringBuilder sb, String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return sb.append(value);
        }
        return sb.append('"').append(value.replace("\"", "\"\"")).append('"');
    }
}
