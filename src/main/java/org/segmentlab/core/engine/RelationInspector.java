package org.segmentlab.core.engine;

import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSetMetaData;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.segmentlab.core.Progress;
import org.segmentlab.core.data.ColumnInfo;
import org.segmentlab.core.data.ColumnRole;
import org.segmentlab.core.data.DataFileException;
import org.segmentlab.core.data.ImportOptions;
import org.segmentlab.core.data.ImportReport;
import org.segmentlab.core.data.TableImporter;

/**
 * The import report of a Parquet file or a database table or query, so {@code inspect} shows them
 * as it shows a CSV: the first rows go through our own type and role detection (written out as a
 * CSV with dates as {@code yyyy-MM-dd HH:mm:ss} and plain numbers); the row and missing-value counts
 * are counted by the engine over every row.
 */
public final class RelationInspector {

    static final int SAMPLE_ROWS = 20_000;

    /**
     * @param file   the file the relation reads (for the report), or null for a database source
     * @param source the source in the user's words
     */
    public ImportReport inspect(Engine engine, String relation, Path file, String source, Progress progress)
            throws DataFileException {
        SqlDialect d = engine.dialect();
        Path sample = null;
        Path named = file != null ? file : Path.of(source);
        try {
            sample = Files.createTempFile("segmentlab-sample-", ".csv");
            Path out = sample;
            engine.query("SELECT * FROM " + relation + d.limit(SAMPLE_ROWS), rs -> {
                writeCsv(rs, out, null, Progress.none());
                return null;
            }, progress.slice(0, 0.4));
            ImportReport head = new TableImporter().read(ImportOptions.of(sample), progress.slice(0.4, 0.5)).report();

            StringBuilder counts = new StringBuilder("SELECT COUNT(*)");
            for (ColumnInfo c : head.columns()) {
                counts.append(", COUNT(").append(d.quote(c.name())).append(")");
            }
            String customer = head.columns().stream().filter(c -> c.role() == ColumnRole.CUSTOMER_ID)
                    .map(ColumnInfo::name).findFirst().orElse(null);
            if (customer != null) {
                counts.append(", SUM(CASE WHEN ").append(d.normalisedId(d.asText(d.quote(customer))))
                        .append(" IS NULL THEN 1 ELSE 0 END)");
            }
            counts.append(" FROM ").append(relation);
            long[] totals = engine.query(counts.toString(), rs -> {
                rs.next();
                long[] t = new long[rs.getMetaData().getColumnCount()];
                for (int i = 0; i < t.length; i++) {
                    t[i] = rs.getLong(i + 1);
                }
                return t;
            }, progress.slice(0.5, 1));
            long rows = totals[0];
            List<ColumnInfo> columns = new ArrayList<>();
            for (int i = 0; i < head.columns().size(); i++) {
                ColumnInfo c = head.columns().get(i);
                columns.add(new ColumnInfo(c.name(), c.index(), c.type(), c.role(), c.datePattern(), rows - totals[i + 1]));
            }
            long withoutCustomer = customer == null ? 0 : totals[totals.length - 1];
            List<String> notes = new ArrayList<>();
            notes.add(String.format(Locale.ROOT, "Read by %s; types and roles from the first %,d rows, counts over all %,d rows.",
                    engine.description(), Math.min(rows, SAMPLE_ROWS), rows));
            notes.addAll(head.notes());
            String format = file != null && FileLines.isParquet(file) ? "parquet" : "database";
            return new ImportReport(named, format, ',', true, rows, rows, List.of(), withoutCustomer, columns, notes);
        } catch (IOException e) {
            throw new DataFileException(named, "cannot be read: " + e.getMessage(), e);
        } finally {
            if (sample != null) {
                try {
                    Files.deleteIfExists(sample);
                } catch (IOException ignored) {
                    // a temporary sample is left behind
                }
            }
        }
    }

    /** Rows written between two progress reports (and cancel checks) of {@link #writeCsv}. */
    static final int ROWS_PER_STEP = 10_000;

    /**
     * Writes the rows as CSV, telling progress every {@value #ROWS_PER_STEP} rows against
     * {@code total} (null when not counted) and stopping when cancelled.
     */
    static void writeCsv(java.sql.ResultSet rs, Path out, Long total, Progress progress) throws java.sql.SQLException {
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            ResultSetMetaData meta = rs.getMetaData();
            int n = meta.getColumnCount();
            StringBuilder line = new StringBuilder();
            for (int c = 1; c <= n; c++) {
                if (c > 1) {
                    line.append(',');
                }
                field(line, meta.getColumnLabel(c));
            }
            w.append(line).append('\n');
            long rows = 0;
            while (rs.next()) {
                line.setLength(0);
                for (int c = 1; c <= n; c++) {
                    if (c > 1) {
                        line.append(',');
                    }
                    field(line, text(rs.getObject(c)));
                }
                w.append(line).append('\n');
                if (++rows % ROWS_PER_STEP == 0) {
                    progress.checkCancelled();
                    progress.update(total == null || total == 0 ? 0 : Math.min(1, rows / (double) total),
                            String.format(java.util.Locale.ROOT, "Read %,d rows%s", rows,
                                    total == null ? "" : String.format(java.util.Locale.ROOT, " of %,d", total)));
                }
            }
        } catch (IOException e) {
            throw new java.sql.SQLException("cannot write the rows to a temporary file: " + e.getMessage(), e);
        }
    }

    static String text(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Timestamp) {
            return ((Timestamp) v).toLocalDateTime().toString().replace('T', ' ');
        }
        if (v instanceof LocalDateTime) {
            return v.toString().replace('T', ' ');
        }
        if (v instanceof OffsetDateTime) {
            return ((OffsetDateTime) v).toLocalDateTime().toString().replace('T', ' ');
        }
        if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            return Double.isFinite(d) ? BigDecimal.valueOf(d).stripTrailingZeros().toPlainString() : "";
        }
        if (v instanceof BigDecimal) {
            return ((BigDecimal) v).stripTrailingZeros().toPlainString();
        }
        return v.toString();
    }

    static void field(StringBuilder sb, String value) {
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0;
        if (quote) {
            sb.append('"').append(value.replace("\"", "\"\"")).append('"');
        } else {
            sb.append(value);
        }
    }
}
