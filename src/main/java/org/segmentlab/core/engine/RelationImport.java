package org.segmentlab.core.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.segmentlab.core.Progress;
import org.segmentlab.core.data.DataFileException;
import org.segmentlab.core.data.ImportOptions;
import org.segmentlab.core.data.ImportReport;
import org.segmentlab.core.data.ImportedTable;
import org.segmentlab.core.data.TableImporter;

/**
 * Reads every row of a database table or query into memory through the same import as a CSV file:
 * the rows are streamed into a temporary CSV (dates as {@code yyyy-MM-dd HH:mm:ss}, plain numbers),
 * read by {@link TableImporter} with the source's roles and missing-value words, and the report
 * names the database source and counts rows of the result instead of file lines.
 */
public final class RelationImport {

    private static final java.util.regex.Pattern LINE = java.util.regex.Pattern.compile("\\bline (\\d+)");

    /** "line 2" of the temporary file is row 1 of the result. */
    static String rowsNotLines(String note) {
        java.util.regex.Matcher m = LINE.matcher(note);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, "row " + (Long.parseLong(m.group(1)) - 1));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** What {@link ImportReport#charset()} holds for a table read from a database. */
    public static final String DATABASE_FORMAT = "database";

    /**
     * @param source the source in the user's words ("table public.orders", "query"); also the report's file name
     * @param options roles, missing-value words and day order to read with (the file in it is not used)
     */
    public ImportedTable read(Engine engine, JdbcSource jdbc, String source, ImportOptions options, Progress progress)
            throws DataFileException {
        Path named = Path.of(source);
        Path csv = null;
        try {
            csv = Files.createTempFile("segmentlab-db-", ".csv");
            Path out = csv;
            String relation = jdbc.relation(engine.dialect());
            progress.update(0, "Counting the rows of " + jdbc.describe());
            // a table is counted first so the progress bar moves; a query is not run twice for that
            Long total = jdbc.table() == null ? null : engine.query("SELECT COUNT(*) FROM " + relation,
                    rs -> rs.next() ? rs.getLong(1) : null, progress);
            Progress copying = progress.slice(0, 0.5);
            copying.update(0, "Reading " + jdbc.describe() + " from " + engine.description());
            engine.query("SELECT * FROM " + relation, rs -> {
                RelationInspector.writeCsv(rs, out, total, copying);
                return null;
            }, copying);
            progress.checkCancelled();
            ImportOptions asCsv = new ImportOptions(csv, ',', true, "UTF-8", options.dayFirst(), options.roles(),
                    options.missingWords());
            ImportedTable read;
            try {
                Progress checking = progress.slice(0.5, 1);
                String words = "Checking the types and roles of " + jdbc.describe();
                read = new TableImporter().read(asCsv, new Progress() {
                    @Override
                    public void update(double fraction, String message) {
                        // the temporary file's name means nothing to the user
                        checking.update(fraction, words);
                    }

                    @Override
                    public boolean isCancelled() {
                        return checking.isCancelled();
                    }
                });
            } catch (DataFileException e) {
                String problem = e.getMessage().substring(e.getMessage().indexOf(": ") + 2);
                throw new DataFileException(named, problem, e);
            }
            ImportReport r = read.report();
            List<ImportReport.Rejection> rejections = new ArrayList<>();
            for (ImportReport.Rejection rejection : r.rejections()) {
                List<ImportReport.RowProblem> first = new ArrayList<>();
                for (ImportReport.RowProblem p : rejection.first()) {
                    // line 1 of the temporary file holds the column names: its line n is row n - 1
                    first.add(new ImportReport.RowProblem(p.line() - 1, p.column(), p.columnName(), p.value()));
                }
                rejections.add(new ImportReport.Rejection(rejection.reason(), rejection.count(), first));
            }
            List<String> notes = new ArrayList<>();
            notes.add(String.format(Locale.ROOT, "Read %,d rows of the %s from %s into memory: RFM and the other "
                    + "features are computed from these rows here, as for a file (the command line's --jdbc computes "
                    + "them inside the database instead). Line numbers count the rows of the result from 1.",
                    r.rowsRead(), jdbc.describe(), engine.description()));
            for (String note : r.notes()) {
                notes.add(rowsNotLines(note));
            }
            read.table().setName(source);
            return new ImportedTable(read.table(), new ImportReport(named, DATABASE_FORMAT, ',', true, r.rowsRead(),
                    r.rowsKept(), rejections, r.rowsWithoutCustomerId(), r.columns(), notes));
        } catch (IOException e) {
            throw new DataFileException(named, "cannot be read: " + e.getMessage(), e);
        } finally {
            if (csv != null) {
                try {
                    Files.deleteIfExists(csv);
                } catch (IOException ignored) {
                    // a temporary copy is left behind in the temporary folder
                }
            }
        }
    }
}
