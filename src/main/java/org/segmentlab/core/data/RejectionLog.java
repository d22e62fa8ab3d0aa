package org.segmentlab.core.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The rows left out of an import, counted by reason, with the first few of each kept for the report. */
final class RejectionLog {

    static final int FIRST_PROBLEMS = 10;

    private static final class Entry {
        long count;
        final List<ImportReport.RowProblem> first = new ArrayList<>(FIRST_PROBLEMS);
    }

    private final Map<String, Entry> byReason = new LinkedHashMap<>();
    private long total;

    /**
     * @param column 1-based column, 0 when the whole row is at fault
     * @param columnName null when the whole row is at fault
     */
    void reject(String reason, long line, int column, String columnName, String value) {
        Entry e = byReason.computeIfAbsent(reason, r -> new Entry());
        e.count++;
        if (e.first.size() < FIRST_PROBLEMS) {
            e.first.add(new ImportReport.RowProblem(line, column, columnName, value));
        }
        total++;
    }

    /** Adds the rejections of rows after this log's, whose lines are {@code lineOffset} further down the file. */
    void absorb(RejectionLog later, long lineOffset) {
        later.byReason.forEach((reason, l) -> {
            Entry e = byReason.computeIfAbsent(reason, r -> new Entry());
            e.count += l.count;
            for (ImportReport.RowProblem p : l.first) {
                if (e.first.size() < FIRST_PROBLEMS) {
                    e.first.add(new ImportReport.RowProblem(p.line() + lineOffset, p.column(), p.columnName(), p.value()));
                }
            }
        });
        total += later.total;
    }

    long total() {
        return total;
    }

    List<ImportReport.Rejection> rejections() {
        List<ImportReport.Rejection> out = new ArrayList<>(byReason.size());
        byReason.forEach((reason, e) -> out.add(new ImportReport.Rejection(reason, e.count, e.first)));
        return out;
    }
}
