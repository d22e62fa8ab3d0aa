package org.segmentlab.core.engine;

import java.time.LocalDate;
import org.segmentlab.core.features.CustomerTableWindow;
import org.segmentlab.core.features.rfm.CancellationHandling;

/**
 * The SQL of each pushed-down feature family: one statement ending in one {@code GROUP BY} per customer
 * (window functions where ranks or first days are needed), so a database of any size sends back
 * one row per customer. The rules are those of the in-memory path, written once more in SQL:
 *
 * <ul>
 * <li>Every line falls in exactly one class ({@code kind}): 0 no date or amount, 1 after the as-of day,
 * 2 cancellation or return (invoice starting with C or c, quantity ≤ 0, amount &lt; 0), 3 amount 0,
 * 4 purchase.</li>
 * <li>F counts distinct purchase invoices, plus distinct purchase days of lines without an invoice;
 * M sums purchase amounts (minus |amount| of cancellations when netted); R is the as-of day minus the
 * last purchase day; the as-of day defaults to the day after the last purchase of any customer.</li>
 * <li>Scores: {@code 1 + floor(bins × worse / n)} with {@code worse = RANK() − 1} over the buyers:
 * rank by last purchase day ascending for R (an earlier day is a larger recency), by F, and by M in
 * whole cents ({@code floor(100 M + 0.5)}, as {@code Math.round}).</li>
 * </ul>
 * The text is built for a {@link SqlDialect}; the lines come from a {@link TransactionLines}.
 */
public final class PushdownSql {

    /** Line classes, see the class comment. */
    static final int NO_DATE_OR_AMOUNT = 0;
    static final int AFTER_AS_OF = 1;
    static final int CANCELLATION = 2;
    static final int ZERO_AMOUNT = 3;
    static final int PURCHASE = 4;

    private final SqlDialect dialect;
    private final TransactionLines lines;

    public PushdownSql(SqlDialect dialect, TransactionLines lines) {
        this.dialect = dialect;
        this.lines = lines;
    }

    public SqlDialect dialect() {
        return dialect;
    }

    /**
     * RFM per customer. Columns: customer_id (NULL for the group of lines without one), lines_read,
     * no_date_or_amount, after_as_of, cancellations, zero_amount, purchases, first_day, last_day,
     * as_of_day, recency_days, frequency, monetary, r_score, f_score, m_score. Scores are only
     * meaningful on rows with a customer id and a last_day (the buyers).
     *
     * @param asOf null for the day after the last purchase
     */
    public String rfm(LocalDate asOf, int bins, CancellationHandling cancellations) {
        boolean netted = cancellations == CancellationHandling.NETTED;
        String asOfDay = asOf == null ? null : Long.toString(asOf.toEpochDay());
        StringBuilder sql = new StringBuilder(2048);
        sql.append("WITH ").append(linesCte()).append(",\n");
        // Not fenced (SqlDialect.computedOnce): the class is a grouping key, so even an engine that
        // inlines the CTE (PostgreSQL) computes it once per line, and may scan in parallel.
        sql.append(flaggedCte(asOfDay, null, false)).append(",\n");
        // Two GROUP BYs instead of COUNT(DISTINCT …): first one row per order (invoice, or day of the lines
        // without one) and class, then per customer. Each order with purchase lines counts once, which is F.
        // Engines hash both steps and can split the first over workers; a COUNT(DISTINCT) costs a sort
        // (PostgreSQL) or an aggregate and join of its own (DuckDB).
        String orderDay = lines.hasInvoices() ? "CASE WHEN invoice IS NULL THEN day_no END" : "day_no";
        sql.append("orders AS (\n  SELECT customer_id, kind,\n")
                .append("    COUNT(*) AS line_count,\n")
                .append("    MIN(day_no) AS first_day,\n")
                .append("    MAX(day_no) AS last_day,\n")
                // returns are netted line by line, as in memory: the sum of their |amount|
                .append("    SUM(").append(netted ? "ABS(amount)" : "amount").append(") AS amount\n")
                .append("  FROM flagged\n  GROUP BY customer_id")
                .append(lines.hasInvoices() ? ", invoice" : "").append(", ").append(orderDay).append(", kind\n),\n");
        String integer = dialect.integerType();
        sql.append("per_customer AS (\n  SELECT customer_id,\n")
                .append("    CAST(SUM(line_count) AS ").append(integer).append(") AS lines_read,\n")
                .append(countOf(NO_DATE_OR_AMOUNT, "no_date_or_amount"))
                .append(countOf(AFTER_AS_OF, "after_as_of"))
                .append(countOf(CANCELLATION, "cancellations"))
                .append(countOf(ZERO_AMOUNT, "zero_amount"))
                .append(countOf(PURCHASE, "purchases"))
                .append("    MIN(CASE WHEN kind = 4 THEN first_day END) AS first_day,\n")
                .append("    MAX(CASE WHEN kind = 4 THEN last_day END) AS last_day,\n")
                .append("    CAST(SUM(CASE WHEN kind = 4 THEN 1 ELSE 0 END) AS ").append(integer).append(") AS frequency,\n")
                .append("    COALESCE(SUM(CASE WHEN kind = 4 THEN amount")
                .append(netted ? " WHEN kind = 2 THEN -amount" : "")
                .append(" END), 0) AS monetary\n")
                .append("  FROM orders\n  GROUP BY customer_id\n),\n");
        sql.append("buyers AS (\n  SELECT per_customer.*,\n")
                .append("    CASE WHEN customer_id IS NOT NULL AND last_day IS NOT NULL THEN 1 ELSE 0 END AS buyer,\n")
                .append("    ").append(asOfDay != null ? asOfDay
                        : "MAX(CASE WHEN customer_id IS NOT NULL THEN last_day END) OVER () + 1")
                .append(" AS as_of_day\n  FROM per_customer\n)\n");
        sql.append("SELECT customer_id, lines_read, no_date_or_amount, after_as_of, cancellations, zero_amount, purchases,\n")
                .append("  first_day, last_day, as_of_day, as_of_day - last_day AS recency_days, frequency, monetary,\n")
                .append("  ").append(score(bins, "last_day")).append(" AS r_score,\n")
                .append("  ").append(score(bins, "frequency")).append(" AS f_score,\n")
                .append("  ").append(score(bins, "FLOOR(monetary * 100 + 0.5)")).append(" AS m_score\n")
                .append("FROM buyers");
        return sql.toString();
    }

    /**
     * The transaction feature family over the window's lines, as {@code TransactionFeatures} builds
     * it: one row per customer with a purchase in the window and, when {@code includeInactive}, per
     * customer with an earlier purchase (up to {@link CustomerTableWindow#MAX_WINDOW_DAYS} back), whose
     * window figures are then 0 or empty. Columns: customer_id, recency_days, frequency, monetary,
     * average_order_value, tenure_days, mean_days_between_purchases, distinct_products (when the lines
     * have products), return_rate; on request (the three-argument form) also data_first_day, the
     * first day of any line (as {@link #firstDay} gives it).
     */
    public String transactionFeatures(CustomerTableWindow window, boolean includeInactive) {
        return transactionFeatures(window, includeInactive, false);
    }

    /**
     * @param withDataFirstDay with {@code includeInactive} only: also the column data_first_day. It
     *                         saves DuckDB a second pass over a file; a database whose lines without a
     *                         customer are many spends more on carrying them through the distinct counts
     *                         (PostgreSQL, Online Retail: 0.78 s against 0.67 s + 0.04 s for {@link #firstDay})
     */
    public String transactionFeatures(CustomerTableWindow window, boolean includeInactive, boolean withDataFirstDay) {
        if (withDataFirstDay && !includeInactive) {
            throw new IllegalArgumentException("the first day of the data comes only with the inactive customers");
        }
        long asOfDay = window.asOf().toEpochDay();
        long firstDay = window.firstDay().toEpochDay();
        String w = "day_no >= " + firstDay;
        StringBuilder sql = new StringBuilder(2048);
        sql.append("WITH ").append(linesCte()).append(",\n");
        // With the inactive customers, every customer the lines know by the as-of day gets a row, however
        // long ago and whatever their lines were (only cancellations, only zero amounts, no date), as in memory.
        sql.append(flaggedCte(Long.toString(asOfDay), includeInactive ? null : Long.toString(firstDay)))
                .append(",\n");
        sql.append("per_customer AS (\n  SELECT customer_id,\n")
                .append("    MIN(CASE WHEN kind = 4 AND ").append(w).append(" THEN day_no END) AS first_day,\n")
                .append("    MAX(CASE WHEN kind = 4 AND ").append(w).append(" THEN day_no END) AS last_day,\n")
                .append("    COUNT(DISTINCT CASE WHEN kind = 4 AND ").append(w).append(" THEN day_no END) AS purchase_days,\n")
                .append("    ").append(orders(PURCHASE, w)).append(" AS frequency,\n")
                .append("    ").append(orders(CANCELLATION, w)).append(" AS return_orders,\n");
        if (lines.hasProducts()) {
            sql.append("    COUNT(DISTINCT CASE WHEN kind = 4 AND ").append(w).append(" THEN product END) AS distinct_products,\n");
        }
        sql.append("    COALESCE(SUM(CASE WHEN kind = 4 AND ").append(w).append(" THEN amount END), 0) AS monetary");
        String from = "per_customer";
        if (withDataFirstDay) {
            // Every line is here, so the first day of the data ({@link #firstDay}) comes along instead of
            // costing a second pass over the lines: data_first_day, on every row.
            sql.append(",\n    MIN(day_no) AS first_line_day,\n")
                    .append("    MAX(CASE WHEN day_no IS NULL OR day_no <= ").append(asOfDay)
                    .append(" THEN 1 ELSE 0 END) AS known\n")
                    .append("  FROM flagged\n  GROUP BY customer_id\n),\n")
                    .append("customers AS (\n  SELECT per_customer.*, MIN(first_line_day) OVER () AS data_first_day\n")
                    .append("  FROM per_customer\n)\n");
            from = "customers\nWHERE customer_id IS NOT NULL AND known = 1";
        } else {
            sql.append("\n  FROM flagged\n  WHERE customer_id IS NOT NULL\n  GROUP BY customer_id\n")
                    .append("  HAVING MAX(CASE WHEN ")
                    .append(includeInactive ? "day_no IS NULL OR day_no <= " + asOfDay : "kind = 4 AND " + w)
                    .append(" THEN 1 ELSE 0 END) = 1\n)\n");
        }
        String dbl = dialect.doubleType();
        sql.append("SELECT customer_id,\n")
                .append("  ").append(asOfDay).append(" - last_day AS recency_days,\n")
                .append("  frequency,\n  monetary,\n")
                .append("  monetary / CAST(NULLIF(frequency, 0) AS ").append(dbl).append(") AS average_order_value,\n")
                .append("  ").append(asOfDay).append(" - first_day AS tenure_days,\n")
                .append("  CASE WHEN purchase_days > 1 THEN CAST(last_day - first_day AS ").append(dbl)
                .append(") / (purchase_days - 1) END AS mean_days_between_purchases,\n");
        if (lines.hasProducts()) {
            sql.append("  distinct_products,\n");
        }
        if (withDataFirstDay) {
            sql.append("  data_first_day,\n");
        }
        sql.append("  CAST(return_orders AS ").append(dbl).append(") / NULLIF(frequency + return_orders, 0) AS return_rate\n")
                .append("FROM ").append(from);
        return sql.toString();
    }

    /**
     * The customer summary the BG/NBD and Gamma-Gamma models take, built as the {@code lifetimes}
     * package builds it with daily periods: the purchase lines up to the end of observation are
     * summed per customer and day; frequency = purchase days − 1, recency = last − first purchase
     * day, T = end − first purchase day, monetary_mean = mean spend of the purchase days after the
     * first (0 without a repeat day). Columns: customer_id, frequency, recency, t, monetary_mean, end_day.
     *
     * @param end the last day observed (lines after it are left out); null = the last purchase day in the data
     */
    public String clvSummary(LocalDate end) {
        String endDay = end == null ? null : Long.toString(end.toEpochDay());
        String dbl = dialect.doubleType();
        StringBuilder sql = new StringBuilder(2048);
        sql.append("WITH ").append(linesCte()).append(",\n");
        sql.append(flaggedCte(endDay == null ? null : endDay, null)).append(",\n");
        sql.append("daily AS (\n  SELECT customer_id, day_no, SUM(amount) AS spend\n  FROM flagged\n")
                .append("  WHERE kind = 4 AND customer_id IS NOT NULL\n  GROUP BY customer_id, day_no\n),\n");
        sql.append("firsts AS (\n  SELECT customer_id, day_no, spend,\n")
                .append("    MIN(day_no) OVER (PARTITION BY customer_id) AS first_day,\n")
                .append("    ").append(endDay != null ? endDay : "MAX(day_no) OVER ()").append(" AS end_day\n")
                .append("  FROM daily\n)\n");
        sql.append("SELECT customer_id,\n")
                .append("  COUNT(*) - 1 AS frequency,\n")
                .append("  MAX(day_no) - MIN(day_no) AS recency,\n")
                .append("  MAX(end_day) - MIN(day_no) AS t,\n")
                .append("  CASE WHEN COUNT(*) > 1 THEN SUM(CASE WHEN day_no > first_day THEN spend END) / CAST(COUNT(*) - 1 AS ")
                .append(dbl).append(") ELSE 0 END AS monetary_mean,\n")
                .append("  MAX(end_day) AS end_day\n")
                .append("FROM firsts\nGROUP BY customer_id");
        return sql.toString();
    }

    /** The first day of any line (one row, column {@code first_day}): does a window hold the whole history? */
    public String firstDay() {
        return "WITH " + linesCte() + "\nSELECT MIN(day_no) AS first_day FROM lines";
    }

    /** The lines in our import rules, one named column per field. */
    String linesCte() {
        return "lines AS (\n  SELECT " + lines.customer() + " AS customer_id,\n"
                + "    " + lines.day() + " AS day_no,\n"
                + "    " + lines.amount() + " AS amount,\n"
                + "    " + (lines.hasQuantity() ? lines.quantity() : "CAST(NULL AS " + dialect.doubleType() + ")")
                + " AS quantity,\n"
                + "    " + (lines.hasInvoices() ? lines.invoice() : "CAST(NULL AS " + dialect.textType() + ")")
                + " AS invoice,\n"
                + "    " + (lines.hasProducts() ? lines.product() : "CAST(NULL AS " + dialect.textType() + ")")
                + " AS product\n"
                + "  FROM " + lines.from() + "\n)";
    }

    /**
     * Each line with its class. With {@code firstDay}, lines before it are left out altogether (a
     * window); with {@code lastDay}, later lines are class 1.
     */
    private String flaggedCte(String lastDay, String firstDay) {
        return flaggedCte(lastDay, firstDay, true);
    }

    /**
     * @param computedOnce whether the engine must compute the CTE once ({@link SqlDialect#computedOnce}), for
     *                     statements whose aggregates read the class in expressions
     */
    private String flaggedCte(String lastDay, String firstDay, boolean computedOnce) {
        StringBuilder cancelled = new StringBuilder();
        if (lines.hasInvoices()) {
            cancelled.append("invoice LIKE 'C%' OR invoice LIKE 'c%' OR ");
        }
        if (lines.hasQuantity()) {
            cancelled.append("quantity <= 0 OR ");
        }
        cancelled.append("amount < 0");
        return "flagged AS (\n  SELECT customer_id, day_no, amount, invoice, product,\n"
                + "    CASE WHEN day_no IS NULL OR amount IS NULL THEN 0\n"
                + (lastDay == null ? "" : "         WHEN day_no > " + lastDay + " THEN 1\n")
                + "         WHEN " + cancelled + " THEN 2\n"
                + "         WHEN amount = 0 THEN 3\n"
                + "         ELSE 4 END AS kind\n"
                + "  FROM lines"
                + (firstDay == null ? "" : "\n  WHERE day_no >= " + firstDay + " AND day_no <= " + lastDay)
                + (computedOnce ? dialect.computedOnce() : "")
                + "\n)";
    }

    /** The lines of a class, summed over the orders' line counts. */
    private String countOf(int kind, String name) {
        return "    CAST(SUM(CASE WHEN kind = " + kind + " THEN line_count ELSE 0 END) AS " + dialect.integerType() + ") AS "
                + name + ",\n";
    }

    /** Distinct orders of a class among the lines that meet {@code condition} (null: all). */
    private String orders(int kind, String condition) {
        String when = "kind = " + kind + (condition == null ? "" : " AND " + condition);
        String days = "COUNT(DISTINCT CASE WHEN " + when + " AND invoice IS NULL THEN day_no END)";
        if (!lines.hasInvoices()) {
            return days;
        }
        return "(COUNT(DISTINCT CASE WHEN " + when + " THEN invoice END) + " + days + ")";
    }

    /** {@code 1 + floor(bins × (rank − 1) / n)} among the buyers, ranking {@code key} ascending. */
    private String score(int bins, String key) {
        return "CAST(1 + FLOOR(" + dialect.asDouble(bins + " * (RANK() OVER (PARTITION BY buyer ORDER BY " + key + ") - 1)")
                + " / COUNT(*) OVER (PARTITION BY buyer)) AS " + dialect.integerType() + ")";
    }
}
