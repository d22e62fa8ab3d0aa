package org.segmentlab.core.track;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the customers of one snapshot are in the next. Rows are the earlier segments and
 * {@value #NEW} (customers absent from the earlier snapshot); columns are the later segments and
 * {@value #GONE} (customers absent from the later one). A cell counts the customers who went from
 * its row to its column and sums their revenue: as of the later day, or for {@value #GONE} as of
 * the earlier day, the last one they have. The arrays are not copied: do not change them.
 *
 * @param segments  the segments, in display order (without {@value #NEW} and {@value #GONE})
 * @param customers {@code (segments + 1) × (segments + 1)}: the last row is {@value #NEW}, the last column
 *                  {@value #GONE}; the {@value #NEW}→{@value #GONE} cell is always 0
 * @param revenue   the same shape, the revenue of the cell's customers
 */
public record Migration(LocalDate fromAsOf, LocalDate toAsOf, List<String> segments, long[][] customers,
                        double[][] revenue) {

    public static final String NEW = "(new)";
    public static final String GONE = "(gone)";

    public Migration {
        segments = List.copyOf(segments);
        int m = segments.size() + 1;
        if (customers.length != m || revenue.length != m) {
            throw new IllegalArgumentException("a migration of " + segments.size() + " segments needs " + m + " rows");
        }
    }

    /** A non-empty cell of the matrix. {@code rowShare} is its share of the earlier segment's customers. */
    public record Flow(String from, String to, long customers, double rowShare, double revenue) {
    }

    /** The row (or column) names: the segments and then {@value #NEW} (or {@value #GONE}). */
    public String rowName(int row) {
        return row == segments.size() ? NEW : segments.get(row);
    }

    public String columnName(int column) {
        return column == segments.size() ? GONE : segments.get(column);
    }

    /** Customers of the earlier snapshot. */
    public long fromCustomers() {
        long sum = 0;
        for (int r = 0; r < segments.size(); r++) {
            sum += rowTotal(r);
        }
        return sum;
    }

    /** Customers of the later snapshot. */
    public long toCustomers() {
        long sum = 0;
        for (int c = 0; c < segments.size(); c++) {
            sum += columnTotal(c);
        }
        return sum;
    }

    public long gone() {
        return columnTotal(segments.size());
    }

    public long arrived() {
        return rowTotal(segments.size());
    }

    /** Customers of the earlier snapshot in the same segment in the later one. */
    public long kept() {
        long sum = 0;
        for (int s = 0; s < segments.size(); s++) {
            sum += customers[s][s];
        }
        return sum;
    }

    /** The share of the earlier snapshot's customers in the same segment later (gone ones did not keep it); NaN for none. */
    public double keptShare() {
        long from = fromCustomers();
        return from == 0 ? Double.NaN : (double) kept() / from;
    }

    public long rowTotal(int row) {
        long sum = 0;
        for (long c : customers[row]) {
            sum += c;
        }
        return sum;
    }

    public long columnTotal(int column) {
        long sum = 0;
        for (long[] row : customers) {
            sum += row[column];
        }
        return sum;
    }

    /** {@code customers[row][column]} as a share of its row; NaN for an empty row. */
    public double rowShare(int row, int column) {
        long total = rowTotal(row);
        return total == 0 ? Double.NaN : (double) customers[row][column] / total;
    }

    /** Every non-empty cell, row by row. */
    public List<Flow> flows() {
        List<Flow> flows = new ArrayList<>();
        for (int r = 0; r < customers.length; r++) {
            for (int c = 0; c < customers[r].length; c++) {
                if (customers[r][c] > 0) {
                    flows.add(new Flow(rowName(r), columnName(c), customers[r][c], rowShare(r, c), revenue[r][c]));
                }
            }
        }
        return flows;
    }

    /** Where the earlier members of {@code segment} went, other than staying: cells of its row but the diagonal. */
    public List<Flow> outflows(String segment) {
        int s = indexOf(segment);
        List<Flow> out = new ArrayList<>();
        for (int c = 0; c < customers[s].length; c++) {
            if (c != s && customers[s][c] > 0) {
                out.add(new Flow(rowName(s), columnName(c), customers[s][c], rowShare(s, c), revenue[s][c]));
            }
        }
        return out;
    }

    /** Where the later members of {@code segment} came from, other than staying: its column but the diagonal. */
    public List<Flow> inflows(String segment) {
        int s = indexOf(segment);
        List<Flow> in = new ArrayList<>();
        for (int r = 0; r < customers.length; r++) {
            if (r != s && customers[r][s] > 0) {
                in.add(new Flow(rowName(r), columnName(s), customers[r][s], rowShare(r, s), revenue[r][s]));
            }
        }
        return in;
    }

    private int indexOf(String segment) {
        int s = segments.indexOf(segment);
        if (s < 0) {
            throw new IllegalArgumentException("no segment '" + segment + "' in " + segments);
        }
        return s;
    }
}
