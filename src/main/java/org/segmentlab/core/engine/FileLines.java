package org.segmentlab.core.engine;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import org.segmentlab.core.Progress;
import org.segmentlab.core.data.ColumnInfo;
import org.segmentlab.core.data.DataFileException;
import org.segmentlab.core.data.ImportOptions;
import org.segmentlab.core.data.ImportReport;
import org.segmentlab.core.data.ImportedTable;
import org.segmentlab.core.data.TableImporter;
import org.segmentlab.core.features.rfm.TransactionColumns;
import org.segmentlab.core.features.transactions.TransactionProducts;

/**
 * Transaction lines of a file read by the embedded DuckDB, never loaded into the Java heap.
 *
 * <p>CSV/TSV: the first lines are read by our own importer ({@link TableImporter}) to find the
 * separator, header, charset, column types, roles and date formats; the whole file is then read by
 * DuckDB as text ({@code all_varchar}) and converted by SQL in our rules: missing-value words (NA,
 * NULL, N/A, …) are NULL in typed columns, ids are trimmed and lose a zero fraction, dates are read
 * with the detected formats, numbers that do not read are NULL (so their lines count as "without
 * date or amount"). Parquet: DuckDB reads the typed columns ({@link LineSources#typed}).
 */
public final class FileLines {

    /** How many lines of the file's head the type detection reads. */
    static final int SAMPLE_LINES = 20_000;
    private static final int SAMPLE_BYTES = 8 << 20;

    private FileLines() {
    }

    /** The lines, and what the user should know about how they were read. */
    public record Source(TransactionLines lines, List<String> notes, ImportReport sampleReport) {
    }

    public static boolean isParquet(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".parquet");
    }

    public static Source read(Engine duckdb, ImportOptions options, TransactionColumns wanted, String productColumn,
                              Progress progress) throws DataFileException {
        if (duckdb.dialect() != SqlDialect.DUCKDB) {
            throw new IllegalArgumentException("files are read by the embedded DuckDB engine");
        }
        Path file = options.file();
        String name = String.valueOf(file.getFileName());
        if (!Files.isRegularFile(file)) {
            throw new DataFileException(file, Files.exists(file) ? "is not a file" : "file not found");
        }
        if (isParquet(file)) {
            String relation = "read_parquet(" + SqlDialect.DUCKDB.literal(file.toAbsolutePath().toString()) + ")";
            TransactionLines lines = LineSources.typed(duckdb, relation, name, wanted, productColumn);
            return new Source(lines, List.of(name + ": read by the embedded SQL engine (DuckDB), Parquet types as stored"), null);
        }
        ImportReport sample = sample(options, progress);
        if (sample.delimiter() == ' ') {
            throw new DataFileException(file, "is separated by runs of spaces, which the SQL engine does not read; "
                    + "use --engine memory");
        }
        TransactionColumns used = wanted.resolve(sample.columns(), name);
        String product = productColumn != null ? productColumn : TransactionProducts.find(sample.columns());
        SqlDialect d = SqlDialect.DUCKDB;

        StringJoiner names = new StringJoiner(", ", "[", "]");
        for (ColumnInfo c : sample.columns()) {
            names.add(d.literal(c.name()));
        }
        StringBuilder from = new StringBuilder("read_csv(")
                .append(d.literal(file.toAbsolutePath().toString()))
                .append(", delim = ").append(d.literal(String.valueOf(sample.delimiter())))
                .append(", quote = '\"', escape = '\"'")
                .append(", header = ").append(sample.header())
                .append(", all_varchar = true, ignore_errors = true, parallel = true")
                .append(", names = ").append(names);
        if (StandardCharsets.ISO_8859_1.name().equalsIgnoreCase(sample.charset())
                || "ISO-8859-1".equalsIgnoreCase(sample.charset())) {
            from.append(", encoding = 'latin-1'");
        }
        from.append(")");

        String customer = d.normalisedId(d.quote(used.customer()));
        String day = day(d, column(sample, used.timestamp()), name);
        String quantity = used.quantity() == null ? null : number(d, used.quantity());
        String amount = used.amount() != null ? number(d, used.amount())
                : "(" + quantity + " * " + number(d, used.price()) + ")";
        String invoice = used.invoice() == null ? null : d.normalisedId(d.quote(used.invoice()));
        String productExpr = product == null ? null
                : "NULLIF(" + d.trimmedIfSpaced(d.quote(column(sample, product).name())) + ", '')";
        TransactionLines lines = new TransactionLines(from.toString(), customer, day, amount, quantity, invoice,
                productExpr, used, name);

        List<String> notes = new ArrayList<>();
        notes.add(String.format(Locale.ROOT, "%s: read by the embedded SQL engine (DuckDB); types, roles and date "
                + "formats were found on its first %,d lines", name, sample.rowsRead()));
        notes.add("lines with too few or too many fields are skipped by the SQL engine (segmentlab inspect lists them)");
        for (String note : sample.notes()) {
            notes.add(name + ": " + note);
        }
        return new Source(lines, List.copyOf(notes), sample);
    }

    /**
     * A number field as our importer reads it: trimmed, NULL when empty, a missing-value word or not a
     * number. Of the missing-value words only NaN and nan read as numbers (NaN), so only they are
     * tested; the others fail the cast (a list of 14 words tested on every field cost a hash join each).
     */
    private static String number(SqlDialect d, String column) {
        String t = d.trimmedIfSpaced(d.quote(column));
        return "CASE WHEN " + t + " = 'NaN' OR " + t + " = 'nan' THEN NULL ELSE TRY_CAST(" + t + " AS DOUBLE) END";
    }

    private static String day(SqlDialect d, ColumnInfo c, String source) {
        String pattern = c.datePattern();
        if (pattern == null) {
            throw new IllegalArgumentException(source + ": column '" + c.name() + "' does not hold dates (read as "
                    + c.type() + " on the first lines)");
        }
        if (pattern.equals("epoch-seconds")) {
            return d.epochDayOfSeconds(number(d, c.name()));
        }
        if (pattern.equals("epoch-millis")) {
            return d.epochDayOfSeconds(number(d, c.name()) + " / 1000");
        }
        // No missing-value word reads as a date, so try_strptime alone makes them NULL.
        List<String> strptime = StrptimeFormats.of(pattern);
        String formats;
        if (strptime.size() == 1) {
            formats = d.literal(strptime.get(0));
        } else {
            StringJoiner list = new StringJoiner(", ", "[", "]");
            for (String f : strptime) {
                list.add(d.literal(f));
            }
            formats = list.toString();
        }
        return d.epochDay("try_strptime(" + d.trimmedIfSpaced(d.quote(c.name())) + ", " + formats + ")");
    }

    private static ColumnInfo column(ImportReport report, String name) {
        for (ColumnInfo c : report.columns()) {
            if (c.name().equalsIgnoreCase(name)) {
                return c;
            }
        }
        throw new IllegalArgumentException(report.file() + ": no column '" + name + "'");
    }

    /** Our importer's report on the file's first lines. */
    static ImportReport sample(ImportOptions options, Progress progress) throws DataFileException {
        Path file = options.file();
        Path head = null;
        try {
            head = Files.createTempFile("segmentlab-head-", suffix(file));
            copyHead(file, head);
            ImportOptions sampled = new ImportOptions(head, options.delimiter(), options.header(), options.charset(),
                    options.dayFirst(), options.roles());
            ImportedTable table = new TableImporter().read(sampled, progress.slice(0, 0.05));
            ImportReport r = table.report();
            return new ImportReport(file, r.charset(), r.delimiter(), r.header(), r.rowsRead(), r.rowsKept(),
                    r.rejections(), r.rowsWithoutCustomerId(), r.columns(), r.notes());
        } catch (IOException e) {
            throw new DataFileException(file, "cannot be read: " + e.getMessage(), e);
        } finally {
            if (head != null) {
                try {
                    Files.deleteIfExists(head);
                } catch (IOException ignored) {
                    // a temporary copy of a few lines is left behind
                }
            }
        }
    }

    private static String suffix(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot < 0 ? ".csv" : n.substring(dot);
    }

    private static void copyHead(Path file, Path head) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
             OutputStream out = Files.newOutputStream(head)) {
            int lines = 0;
            int bytes = 0;
            byte[] buf = new byte[1 << 16];
            int n;
            outer:
            while ((n = in.read(buf)) > 0) {
                for (int i = 0; i < n; i++) {
                    if (buf[i] == '\n' && (++lines > SAMPLE_LINES || bytes + i >= SAMPLE_BYTES)) {
                        out.write(buf, 0, i + 1);
                        break outer;
                    }
                }
                out.write(buf, 0, n);
                bytes += n;
            }
        }
    }
}
