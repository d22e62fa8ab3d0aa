package org.segmentlab.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.segmentlab.core.features.rfm.CustomerRfm;
import org.segmentlab.core.project.AtomicFiles;
import org.segmentlab.core.segment.rfm.RfmSegmentation;
import org.segmentlab.core.segment.rfm.SegmentSummary;

/**
 * The CSV files marketing tools take in: every customer with their segment, one file per segment,
 * and a summary of the segments. Cells that a spreadsheet would run as a formula are neutralised.
 */
public final class ActivationExport {

    public static final String CUSTOMERS_FILE = "customers.csv";
    public static final String SUMMARY_FILE = "segment_summary.csv";
    static final String HEADER = "customer_id,segment_id,segment_name,recency_days,frequency,monetary";
    static final String SUMMARY_HEADER = "segment_id,segment_name,customers,customer_percent,revenue,revenue_percent,"
            + "mean_recency_days,mean_frequency,mean_monetary,action";

    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");

    /** The files written, relative to the folder: the customers, the summary, then one per segment. */
    public record Written(List<Path> files, int customers) {
        public Written {
            files = List.copyOf(files);
        }
    }

    /**
     * Writes the files into {@code folder} (created if needed), each atomically.
     *
     * @param bom start each file with a UTF-8 byte order mark, which older Excel needs to read accents
     */
    public Written write(RfmSegmentation segmentation, Path folder, boolean bom) throws IOException {
        Files.createDirectories(folder);
        List<Path> files = new ArrayList<>();
        List<SegmentSummary> summaries = segmentation.summaries();
        List<StringBuilder> perSegment = new ArrayList<>();
        int maxId = summaries.stream().mapToInt(SegmentSummary::id).max().orElse(0);
        for (int i = 0; i <= maxId; i++) {
            perSegment.add(new StringBuilder(HEADER).append('\n'));
        }
        StringBuilder all = new StringBuilder(HEADER).append('\n');
        List<CustomerRfm> customers = segmentation.customers();
        for (int i = 0; i < customers.size(); i++) {
            CustomerRfm c = customers.get(i);
            int id = segmentation.segmentId(i);
            String line = cell(c.customerId()) + ',' + id + ',' + cell(segmentation.segmentName(i)) + ','
                    + c.recencyDays() + ',' + c.frequency() + ',' + money(c.monetary()) + '\n';
            all.append(line);
            perSegment.get(id).append(line);
        }
        files.add(save(folder, CUSTOMERS_FILE, all, bom));

        StringBuilder summary = new StringBuilder(SUMMARY_HEADER).append('\n');
        for (SegmentSummary s : summaries) {
            summary.append(s.id()).append(',').append(cell(s.name())).append(',').append(s.customers()).append(',')
                    .append(decimal(s.customerPercent(), 2)).append(',').append(money(s.revenue())).append(',')
                    .append(decimal(s.revenuePercent(), 2)).append(',').append(decimal(s.meanRecencyDays(), 2))
                    .append(',').append(decimal(s.meanFrequency(), 2)).append(',')
                    .append(money(s.meanMonetary())).append(',').append(cell(s.action())).append('\n');
        }
        files.add(save(folder, SUMMARY_FILE, summary, bom));

        for (SegmentSummary s : summaries) {
            if (s.customers() > 0) {
                String name = String.format(Locale.ROOT, "segment_%02d_%s.csv", s.id(), slug(s.name()));
                files.add(save(folder, name, perSegment.get(s.id()), bom));
            }
        }
        return new Written(files, customers.size());
    }

    private static Path save(Path folder, String name, CharSequence text, boolean bom) throws IOException {
        byte[] body = text.toString().getBytes(StandardCharsets.UTF_8);
        byte[] bytes = body;
        if (bom) {
            bytes = new byte[body.length + 3];
            bytes[0] = (byte) 0xEF;
            bytes[1] = (byte) 0xBB;
            bytes[2] = (byte) 0xBF;
            System.arraycopy(body, 0, bytes, 3, body.length);
        }
        AtomicFiles.write(folder.resolve(name), bytes);
        return Path.of(name);
    }

    /**
     * One CSV cell: text a spreadsheet would take for a formula ({@code = + - @}, tab or carriage
     * return first) gets a leading quote, except plain negative numbers; then quoted as CSV needs.
     */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String safe = value;
        if (!safe.isEmpty() && "=+-@\t\r".indexOf(safe.charAt(0)) >= 0 && !PLAIN_NUMBER.matcher(safe).matches()) {
            safe = "'" + safe;
        }
        if (safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0 || safe.indexOf('\r') >= 0) {
            safe = '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }

    private static String money(double value) {
        return decimal(value, 2);
    }

    private static String decimal(double value, int decimals) {
        if (Double.isNaN(value)) {
            return "";
        }
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    /** A file-name-safe form of a segment name: "Can't Lose Them" becomes "cant_lose_them". */
    static String slug(String name) {
        StringBuilder sb = new StringBuilder();
        for (char c : name.toLowerCase(Locale.ROOT).toCharArray()) {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                sb.append(c);
            } else if ((c == ' ' || c == '-' || c == '_') && sb.length() > 0 && sb.charAt(sb.length() - 1) != '_') {
                sb.append('_');
            }
        }
        String s = sb.toString().replaceAll("_+$", "");
        if (s.length() > 40) {
            s = s.substring(0, 40);
        }
        return s.isEmpty() ? "segment" : s;
    }
}
