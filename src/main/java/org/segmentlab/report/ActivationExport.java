package org.segmentlab.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.segmentlab.core.campaign.Holdout;
import org.segmentlab.core.CsvCell;
import org.segmentlab.core.project.AtomicFiles;

/**
 * The CSV files marketing tools take in: every customer with their segment (and, when asked and the
 * project has a model, their score and its top drivers; when the project has a value model, their
 * P(alive) and CLV), one file per segment, and a summary of the segments (with a value model, each
 * one's total and mean CLV, share of CLV and mean P(alive)). Cells that a spreadsheet would run as a formula are neutralised.
 */
public final class ActivationExport {

    public static final String CUSTOMERS_FILE = Holdout.CUSTOMERS_FILE;
    public static final String SUMMARY_FILE = "segment_summary.csv";


    /** The files written, relative to the folder: the customers, the summary, then one per segment. */
    public record Written(List<Path> files, int customers, boolean withScores) {
        public Written {
            files = List.copyOf(files);
        }
    }

    /**
     * Writes the files into {@code folder} (created if needed): all of them into a temporary folder
     * first, then in place of the files of an earlier export (whose segment files the new one does not
     * have are removed; other files in the folder are left alone).
     *
     * @param bom        start each file with a UTF-8 byte order mark, which older Excel needs to read accents
     * @param withScores add {@code score} and {@code top_drivers} columns when the project has a model
     */
    public Written write(ReportModel model, Path folder, boolean bom, boolean withScores) throws IOException {
        return write(model, folder, bom, withScores, null);
    }

    /**
     * Writes the files with a {@code group} column last ({@code treatment} or {@code control}) when a
     * holdout is given; its rows follow the model's customer list.
     */
    public Written write(ReportModel model, Path folder, boolean bom, boolean withScores, Holdout holdout)
            throws IOException {
        Files.createDirectories(folder);
        ReportModel.CustomerList list = model.customers();
        boolean scores = withScores && list.scores() != null;
        StringBuilder header = new StringBuilder("customer_id,segment_id,segment_name");
        for (String measure : list.measures()) {
            header.append(',').append(cell(measure));
        }
        if (scores) {
            header.append(",score,top_drivers");
        }
        boolean value = list.hasValue();
        if (value) {
            header.append(",p_alive,clv");
        }
        if (holdout != null) {
            if (holdout.control().length != list.ids().size()) {
                throw new IllegalArgumentException("the holdout has " + holdout.control().length + " customers, the "
                        + "export " + list.ids().size());
            }
            header.append(',').append(Holdout.GROUP_COLUMN);
        }
        header.append('\n');
        boolean[] money = new boolean[list.measures().size()];
        for (int m = 0; m < money.length; m++) {
            // spend keeps its cents, as accounting tools expect
            money[m] = list.measures().get(m).startsWith("monetary");
        }
        Map<Integer, StringBuilder> perSegment = new TreeMap<>();
        for (ReportModel.SegmentEntry s : model.segments()) {
            perSegment.put(s.id(), new StringBuilder(header));
        }
        StringBuilder all = new StringBuilder(header);
        for (int i = 0; i < list.ids().size(); i++) {
            int id = list.segmentIds()[i];
            StringBuilder line = new StringBuilder();
            line.append(cell(list.ids().get(i))).append(',').append(id).append(',')
                    .append(cell(list.segmentNames().get(i)));
            double[] values = list.values()[i];
            for (int m = 0; m < values.length; m++) {
                line.append(',').append(money[m] ? decimal(values[m], 2) : plain(values[m]));
            }
            if (scores) {
                double score = list.scores()[i];
                String drivers = list.drivers() == null ? null : list.drivers().get(i);
                line.append(',').append(Double.isNaN(score) ? "" : decimal(score, 4)).append(',')
                        .append(cell(drivers));
            }
            if (value) {
                double alive = list.pAlive()[i];
                double clv = list.clv()[i];
                line.append(',').append(Double.isFinite(alive) ? decimal(alive, 4) : "").append(',')
                        .append(Double.isFinite(clv) ? decimal(clv, 2) : "");
            }
            if (holdout != null) {
                line.append(',').append(holdout.groupOf(i));
            }
            line.append('\n');
            all.append(line);
            perSegment.computeIfAbsent(id, k -> new StringBuilder(header)).append(line);
        }
        // Every file is written into a staging folder first: a full disk leaves the old export as it was.
        Path staging = Files.createDirectory(folder.resolve(".segmentlab-export-" + ProcessHandle.current().pid()
                + "-" + Long.toHexString(System.nanoTime()) + ".tmp"));
        List<Path> files = new ArrayList<>();
        try {
            files.add(save(staging, CUSTOMERS_FILE, all, bom));
            files.add(save(staging, SUMMARY_FILE, summary(model, scores, value), bom));
            for (ReportModel.SegmentEntry s : model.segments()) {
                if (s.customers() > 0) {
                    String name = s.id() < 0 ? "segment_noise_" + slug(s.name()) + ".csv"
                            : String.format(Locale.ROOT, "segment_%02d_%s.csv", s.id(), slug(s.name()));
                    files.add(save(staging, name, perSegment.get(s.id()), bom));
                }
            }
            replaceExport(folder, staging, files);
        } finally {
            deleteFolder(staging);
        }
        return new Written(files, list.ids().size(), scores);
    }

    /** Files an earlier export wrote: an export replaces them all, so no segment of an older project stays. */
    private static final Pattern EXPORT_FILE = Pattern.compile(
            "customers\\.csv|segment_summary\\.csv|segment_(\\d{2,}|noise)_[a-z0-9_]*\\.csv");

    /** Removes the files of an earlier export that the new one does not have, then moves the new ones in. */
    private static void replaceExport(Path folder, Path staging, List<Path> files) throws IOException {
        java.util.Set<Path> fresh = new java.util.HashSet<>(files);
        try (java.util.stream.Stream<Path> old = Files.list(folder)) {
            for (Path file : (Iterable<Path>) old::iterator) {
                Path name = file.getFileName();
                if (EXPORT_FILE.matcher(name.toString()).matches() && !fresh.contains(name)
                        && Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    Files.delete(file);
                }
            }
        }
        for (Path name : files) {
            try {
                Files.move(staging.resolve(name), folder.resolve(name), StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(staging.resolve(name), folder.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static void deleteFolder(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (java.util.stream.Stream<Path> walk = Files.walk(folder)) {
            for (Path p : (Iterable<Path>) walk.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }

    /**
     * One line per segment: its size, its share of customers and of value, its mean of each measure,
     * its action and, with scores, its mean score. RFM names the value column {@code revenue}.
     */
    private static StringBuilder summary(ReportModel model, boolean scores, boolean lifetime) {
        String value = model.kind() == ReportModel.Kind.RFM ? "revenue" : "value";
        List<String> measures = model.customers().measures();
        StringBuilder sb = new StringBuilder("segment_id,segment_name,customers,customer_percent,").append(value)
                .append(',').append(value).append("_percent");
        for (String m : measures) {
            sb.append(',').append(cell("mean_" + m));
        }
        sb.append(",action");
        if (scores) {
            sb.append(",mean_score");
        }
        if (lifetime) {
            sb.append(",total_clv,mean_clv,clv_percent,mean_p_alive");
        }
        sb.append('\n');
        for (ReportModel.SegmentEntry s : model.segments()) {
            sb.append(s.id()).append(',').append(cell(s.name())).append(',').append(s.customers()).append(',')
                    .append(decimal(s.customerShare() * 100, 2)).append(',').append(decimal(s.value(), 2)).append(',')
                    .append(decimal(s.valueShare() * 100, 2));
            for (int m = 0; m < measures.size(); m++) {
                sb.append(',').append(m < s.profile().size() && s.customers() > 0
                        ? decimal(s.profile().get(m).mean(), 2) : "");
            }
            sb.append(',').append(cell(s.action()));
            if (scores) {
                sb.append(',').append(Double.isNaN(s.meanRisk()) ? "" : decimal(s.meanRisk(), 4));
            }
            if (lifetime) {
                ReportModel.Value v = s.lifetime();
                sb.append(',').append(v == null ? ",,," : decimal(v.totalClv(), 2) + ',' + decimal(v.meanClv(), 2)
                        + ',' + decimal(v.clvShare() * 100, 2) + ',' + decimal(v.meanPAlive(), 4));
            }
            sb.append('\n');
        }
        return sb;
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
        return CsvCell.text(value);
    }

    /** Whole numbers as they are (counts, days), others with two decimals; missing as empty. */
    private static String plain(double value) {
        if (Double.isNaN(value)) {
            return "";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
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
