package org.segmentlab.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.segmentlab.core.data.DataFileException;
import org.segmentlab.core.data.ImportReport;

/** Numbers and notes written the same way in every part of the report (English, whatever the machine's locale). */
final class ReportText {

    private ReportText() {
    }

    static String count(long n) {
        return String.format(Locale.US, "%,d", n);
    }

    static String number(double value, int decimals) {
        return String.format(Locale.US, "%,." + decimals + "f", value);
    }

    /** A number with as many decimals as its size needs: 12,345 / 123 / 12.3 / 1.23 / 0.123. */
    static String amount(double value) {
        double a = Math.abs(value);
        return number(value, a >= 100 ? 0 : a >= 10 ? 1 : a >= 1 ? 2 : 3);
    }

    static String percent(double share) {
        return String.format(Locale.US, "%.1f%%", share * 100);
    }

    static String ratio(double r) {
        if (!Double.isFinite(r)) {
            return "unlike";
        }
        return String.format(Locale.US, "%.1f\u00d7", r);
    }

    static String signed(double v, int decimals) {
        String s = String.format(Locale.US, "%+." + decimals + "f", v);
        return s.startsWith("-") ? "\u2212" + s.substring(1) : s;
    }

    /** The median of the values that are not NaN; NaN when none are. */
    static double median(double[] values) {
        double[] sorted = Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
        int n = sorted.length;
        if (n == 0) {
            return Double.NaN;
        }
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** "a, b and c" */
    static String list(List<String> items) {
        if (items.isEmpty()) {
            return "";
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    /** What the import of a file left out or decided, one sentence each. */
    static List<String> importNotes(ImportReport imported) {
        List<String> notes = new ArrayList<>();
        for (ImportReport.Rejection r : imported.rejections()) {
            notes.add(count(r.count()) + " rows of " + imported.file().getFileName() + " could not be read: "
                    + r.reason() + ".");
        }
        for (String note : imported.notes()) {
            notes.add(imported.file().getFileName() + ": " + note);
        }
        return notes;
    }

    /**
     * The SHA-256 of a source's file; a database table has no file to hash, and the text says that
     * instead (its rows are read as they are when the report is made).
     */
    static String sha256(org.segmentlab.core.project.DataSourceRef source, Path file) throws DataFileException {
        if (source.fromDatabase()) {
            return "none: a database " + (source.database().table() != null ? "table" : "query")
                    + ", read as it was when the report was made";
        }
        return sha256(file);
    }

    static String sha256(Path file) throws DataFileException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new DataFileException(file, "cannot be read to fingerprint it: " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
