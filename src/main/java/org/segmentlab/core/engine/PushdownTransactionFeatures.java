package org.segmentlab.core.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.segmentlab.core.Progress;
import org.segmentlab.core.features.CustomerTable;
import org.segmentlab.core.features.CustomerTableWindow;
import org.segmentlab.core.features.transactions.TransactionFeatures;

/**
 * The transaction feature family ({@link TransactionFeatures}) computed inside the engine
 * ({@link PushdownSql#transactionFeatures}): the same columns for the customers with a purchase in
 * the window, in customer order.
 */
public final class PushdownTransactionFeatures {

    /** The customers with a purchase in the window. */
    public CustomerTable build(Engine engine, TransactionLines lines, CustomerTableWindow window, Progress progress) {
        return build(engine, lines, window, false, progress);
    }

    /**
     * @param includeInactive also the customers whose purchases are all before the window (as the
     *                        customer table's "include inactive" rows: 0 or empty window figures)
     */
    public CustomerTable build(Engine engine, TransactionLines lines, CustomerTableWindow window,
                               boolean includeInactive, Progress progress) {
        PushdownSql generated = new PushdownSql(engine.dialect(), lines);
        // DuckDB reads a file once more for each statement: there the first day comes along
        boolean withFirstDay = includeInactive && engine.dialect() == SqlDialect.DUCKDB;
        String sql = generated.transactionFeatures(window, includeInactive, withFirstDay);
        progress.update(0, "Computing purchase features in " + engine.description());
        boolean products = lines.hasProducts();
        long[] dataFirstDay = {Long.MAX_VALUE};
        Map<String, double[]> byId = engine.query(sql, rs -> {
            Map<String, double[]> out = new HashMap<>();
            while (rs.next()) {
                if (withFirstDay && out.isEmpty()) {
                    long day = rs.getLong("data_first_day");
                    dataFirstDay[0] = rs.wasNull() ? Long.MAX_VALUE : day;
                }
                double[] v = new double[8];
                v[0] = number(rs.getDouble("recency_days"), rs.wasNull());
                v[1] = rs.getDouble("frequency");
                v[2] = rs.getDouble("monetary") + 0.0;
                v[3] = number(rs.getDouble("average_order_value"), rs.wasNull());
                v[4] = number(rs.getDouble("tenure_days"), rs.wasNull());
                v[5] = number(rs.getDouble("mean_days_between_purchases"), rs.wasNull());
                v[6] = products ? rs.getDouble("distinct_products") : 0;
                v[7] = number(rs.getDouble("return_rate"), rs.wasNull());
                out.put(rs.getString("customer_id"), v);
            }
            return out;
        }, progress);
        // As in memory: a window that holds every line is the whole history and keeps RFM's names. The
        // statement with the inactive customers in DuckDB brings the first day of the data along;
        // otherwise (or when it found no customer) it is asked for.
        long first = withFirstDay && !byId.isEmpty() ? dataFirstDay[0] : engine.query(generated.firstDay(), rs -> {
            rs.next();
            long day = rs.getLong("first_day");
            return rs.wasNull() ? Long.MAX_VALUE : day;
        }, progress);
        boolean wholeHistory = first >= window.firstDay().toEpochDay();
        List<String> rows = CustomerTable.inCustomerOrder(byId.keySet());
        int n = rows.size();
        double[][] columns = new double[8][n];
        for (int r = 0; r < n; r++) {
            double[] v = byId.get(rows.get(r));
            for (int k = 0; k < 8; k++) {
                columns[k][r] = v[k];
            }
        }
        List<CustomerTable.Column> out = new ArrayList<>();
        out.add(CustomerTable.Column.numeric(TransactionFeatures.RECENCY_DAYS, columns[0]));
        out.add(CustomerTable.Column.numeric(wholeHistory ? TransactionFeatures.FREQUENCY
                : TransactionFeatures.frequencyIn(window.windowDays()), columns[1]));
        out.add(CustomerTable.Column.numeric(wholeHistory ? TransactionFeatures.MONETARY
                : TransactionFeatures.monetaryIn(window.windowDays()), columns[2]));
        out.add(CustomerTable.Column.numeric(TransactionFeatures.AVERAGE_ORDER_VALUE, columns[3]));
        out.add(CustomerTable.Column.numeric(TransactionFeatures.TENURE_DAYS, columns[4]));
        out.add(CustomerTable.Column.numeric(TransactionFeatures.MEAN_DAYS_BETWEEN_PURCHASES, columns[5]));
        if (products) {
            out.add(CustomerTable.Column.numeric(TransactionFeatures.DISTINCT_PRODUCTS, columns[6]));
        }
        out.add(CustomerTable.Column.numeric(TransactionFeatures.RETURN_RATE, columns[7]));
        progress.update(1, "Purchase features ready");
        return new CustomerTable(rows, out);
    }

    private static double number(double value, boolean wasNull) {
        return wasNull ? Double.NaN : value;
    }
}
