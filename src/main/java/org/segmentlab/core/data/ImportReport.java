package org.segmentlab.core.data;

import java.nio.file.Path;
import java.util.List;

/**
 * What happened when a file was read: the format found, the columns, and every row left out.
 *
 * @param delimiter             the field separator found (' ' stands for "runs of whitespace")
 * @param rowsRead              data rows in the file (header excluded)
 * @param rowsKept              rows in the imported table
 * @param rejections            rows left out, grouped by reason
 * @param rowsWithoutCustomerId kept rows whose customer id is empty (RFM leaves them out)
 * @param notes                 decisions the user should know about, e.g. "InvoiceDate: read as day/month/year"
 */
public record ImportReport(Path file, String charset, char delimiter, boolean header,
                           long rowsRead, long rowsKept, List<Rejection> rejections,
                           long rowsWithoutCustomerId, List<ColumnInfo> columns, List<String> notes) {

    public ImportReport {
        rejections = List.copyOf(rejections);
        columns = List.copyOf(columns);
        notes = List.copyOf(notes);
    }

    public long rowsRejected() {
        return rowsRead - rowsKept;
    }

    /**
     * Rows left out for one reason.
     *
     * @param first the first few problems (line numbers are 1-based lines of the file, header included)
     */
    public record Rejection(String reason, long count, List<RowProblem> first) {
        public Rejection {
            first = List.copyOf(first);
        }
    }

    /** One rejected row: the file line, the column (1-based, 0 when the whole row is at fault), the value. */
    public record RowProblem(long line, int column, String columnName, String value) {
    }
}
