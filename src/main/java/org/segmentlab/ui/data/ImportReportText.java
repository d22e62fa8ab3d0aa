package org.segmentlab.ui.data;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.segmentlab.core.data.ColumnType;
import org.segmentlab.core.data.ImportReport;

/** The import report in the words the Data step shows. */
public final class ImportReportText {

    private static final int EXAMPLES_SHOWN = 5;

    private ImportReportText() {
    }

    /** "1 row", "4,000 rows". */
    public static String rows(long n) {
        return count(n) + (n == 1 ? " row" : " rows");
    }

    /** "1 column", "8 columns". */
    public static String columns(long n) {
        return count(n) + (n == 1 ? " column" : " columns");
    }

    public static String count(long n) {
        return NumberFormat.getIntegerInstance(Locale.US).format(n);
    }

    /** "Comma-separated · UTF-8 · header row". */
    public static String format(ImportReport report) {
        if (org.segmentlab.core.engine.RelationImport.DATABASE_FORMAT.equals(report.charset())) {
            return "Database table or query · read into memory";
        }
        return delimiterName(report.delimiter()) + " · " + report.charset()
                + " · " + (report.header() ? "header row" : "no header row");
    }

    public static String delimiterName(char delimiter) {
        switch (delimiter) {
            case ',':
                return "Comma-separated";
            case ';':
                return "Semicolon-separated";
            case '\t':
                return "Tab-separated";
            case '|':
                return "Pipe-separated";
            case ' ':
                return "Whitespace-separated";
            default:
                return "Separated by '" + delimiter + "'";
        }
    }

    public static String typeName(ColumnType type) {
        switch (type) {
            case INTEGER:
                return "Integer";
            case DECIMAL:
                return "Decimal";
            case BOOLEAN:
                return "Yes/no";
            case DATE:
                return "Date";
            case DATE_TIME:
                return "Date-time";
            default:
                return "Text";
        }
    }

    /** One line per reason: "Quantity is not a number: 3 rows — line 5 (Quantity = "abc"), line 9 (...)". */
    public static List<String> rejections(ImportReport report) {
        List<String> lines = new ArrayList<>();
        for (ImportReport.Rejection rejection : report.rejections()) {
            String examples = rejection.first().stream()
                    .limit(EXAMPLES_SHOWN)
                    .map(ImportReportText::problem)
                    .collect(Collectors.joining(", "));
            String more = rejection.count() > Math.min(EXAMPLES_SHOWN, rejection.first().size()) ? ", …" : "";
            String rows = count(rejection.count()) + (rejection.count() == 1 ? " row" : " rows");
            lines.add(capitalised(rejection.reason()) + ": " + rows
                    + (examples.isEmpty() ? "" : " — " + examples + more));
        }
        return lines;
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    static String problem(ImportReport.RowProblem problem) {
        StringBuilder text = new StringBuilder("line ").append(problem.line());
        if (problem.column() > 0) {
            String column = problem.columnName() == null ? "column " + problem.column() : problem.columnName();
            text.append(" (").append(column);
            if (problem.value() != null) {
                text.append(" = \"").append(problem.value()).append('"');
            }
            text.append(')');
        }
        return text.toString();
    }

    /** "12 rows have no customer id; RFM leaves them out." or empty when every row has one. */
    public static String withoutCustomerId(ImportReport report) {
        long n = report.rowsWithoutCustomerId();
        if (n == 0) {
            return "";
        }
        return count(n) + (n == 1 ? " row has" : " rows have") + " no customer id; RFM leaves "
                + (n == 1 ? "it" : "them") + " out.";
    }
}
