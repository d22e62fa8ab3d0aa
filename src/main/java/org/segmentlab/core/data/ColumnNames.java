package org.segmentlab.core.data;

import java.util.ArrayList;
import java.util.List;

/**
 * The columns of a file as a message shows them when a column is not found. A file read as a
 * single column is not a table (a log, a system file): its first line is no name to show, so it is
 * not shown; long names are cut, so a message never carries a line of the file.
 */
public final class ColumnNames {

    static final int MAX_NAME = 40;
    static final int MAX_NAMES = 30;

    private ColumnNames() {
    }

    /** "the columns are: a, b, c", or why there are none worth listing. */
    public static String forMessage(List<String> columns) {
        if (columns.size() < 2) {
            return "it has a single column, so it does not look like a table";
        }
        List<String> shown = new ArrayList<>();
        for (String name : columns.subList(0, Math.min(MAX_NAMES, columns.size()))) {
            shown.add(name.length() <= MAX_NAME ? name : name.substring(0, MAX_NAME - 1) + "…");
        }
        return "the columns are: " + String.join(", ", shown) + (columns.size() > MAX_NAMES ? ", …" : "");
    }
}
