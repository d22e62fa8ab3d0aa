package org.segmentlab.core.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.segmentlab.core.Progress;
import org.segmentlab.core.features.CustomerTable;
import org.segmentlab.core.features.rfm.CleaningSummary;
import org.segmentlab.core.features.rfm.RfmOptions;
import org.segmentlab.core.features.rfm.RfmResult;

/**
 * RFM computed inside the engine ({@link PushdownSql#rfm}): the same {@link RfmResult}, with the
 * same rules, counts and scores, as {@code RfmCalculator} computes in memory; only one row per
 * customer leaves the database.
 */
public final class PushdownRfm {

    public RfmResult compute(Engine engine, TransactionLines lines, RfmOptions options, Progress progress) {
        String sql = new PushdownSql(engine.dialect(), lines).rfm(options.asOf(), options.bins(), options.cancellations());
        progress.update(0, "Computing RFM in " + engine.description());
        Rows rows = engine.query(sql, rs -> {
            Rows r = new Rows();
            // columns by position: a lookup by name per value cost more than reading the value
            int idCol = rs.findColumn("customer_id");
            int linesCol = rs.findColumn("lines_read");
            int noDateCol = rs.findColumn("no_date_or_amount");
            int afterCol = rs.findColumn("after_as_of");
            int cancelCol = rs.findColumn("cancellations");
            int zeroCol = rs.findColumn("zero_amount");
            int purchasesCol = rs.findColumn("purchases");
            int firstCol = rs.findColumn("first_day");
            int lastCol = rs.findColumn("last_day");
            int asOfCol = rs.findColumn("as_of_day");
            int recencyCol = rs.findColumn("recency_days");
            int frequencyCol = rs.findColumn("frequency");
            int monetaryCol = rs.findColumn("monetary");
            int rCol = rs.findColumn("r_score");
            int fCol = rs.findColumn("f_score");
            int mCol = rs.findColumn("m_score");
            while (rs.next()) {
                String id = rs.getString(idCol);
                long linesRead = rs.getLong(linesCol);
                if (id == null) {
                    r.withoutCustomer += linesRead;
                    continue;
                }
                r.linesWithCustomer += linesRead;
                r.noDateOrAmount += rs.getLong(noDateCol);
                r.afterAsOf += rs.getLong(afterCol);
                r.cancellations += rs.getLong(cancelCol);
                r.zeroAmount += rs.getLong(zeroCol);
                r.purchases += rs.getLong(purchasesCol);
                long last = rs.getLong(lastCol);
                if (rs.wasNull()) {
                    r.withoutPurchases++;
                    continue;
                }
                long first = rs.getLong(firstCol);
                r.firstDay = Math.min(r.firstDay, first);
                r.lastDay = Math.max(r.lastDay, last);
                r.asOfDay = rs.getLong(asOfCol);
                r.buyers.add(new Buyer(id, rs.getInt(recencyCol), rs.getInt(frequencyCol), rs.getDouble(monetaryCol),
                        (byte) rs.getInt(rCol), (byte) rs.getInt(fCol), (byte) rs.getInt(mCol)));
            }
            return r;
        }, progress);
        progress.update(0.9, "Ordering customers");

        List<String> ids = new ArrayList<>(rows.buyers.size());
        Map<String, Buyer> byId = new HashMap<>(rows.buyers.size() * 2);
        for (Buyer b : rows.buyers) {
            ids.add(b.id);
            byId.put(b.id, b);
        }
        List<String> ordered = CustomerTable.inCustomerOrder(ids);
        int n = ordered.size();
        String[] customerIds = new String[n];
        int[] recency = new int[n];
        int[] frequency = new int[n];
        double[] monetary = new double[n];
        byte[] r = new byte[n];
        byte[] f = new byte[n];
        byte[] m = new byte[n];
        for (int i = 0; i < n; i++) {
            Buyer b = byId.get(ordered.get(i));
            customerIds[i] = b.id;
            recency[i] = b.recency;
            frequency[i] = b.frequency;
            monetary[i] = b.monetary + 0.0;
            r[i] = b.r;
            f[i] = b.f;
            m[i] = b.m;
        }
        List<String> warnings = new ArrayList<>();
        LocalDate asOf = options.asOf();
        if (n == 0) {
            warnings.add(asOf == null ? "No customer has a purchase in the data."
                    : "No customer has a purchase on or before " + asOf + ".");
        } else if (asOf == null) {
            asOf = LocalDate.ofEpochDay(rows.asOfDay);
        }
        CleaningSummary cleaning = new CleaningSummary(rows.linesWithCustomer + rows.withoutCustomer, rows.withoutCustomer,
                rows.noDateOrAmount, rows.afterAsOf, rows.cancellations, rows.zeroAmount, rows.purchases, n,
                rows.withoutPurchases, options.cancellations());
        progress.update(1, "RFM done");
        return RfmResult.of(options.withAsOf(asOf), asOf, customerIds, recency, frequency, monetary, r, f, m, cleaning,
                n == 0 ? null : LocalDate.ofEpochDay(rows.firstDay), n == 0 ? null : LocalDate.ofEpochDay(rows.lastDay),
                Collections.unmodifiableList(warnings));
    }

    private record Buyer(String id, int recency, int frequency, double monetary, byte r, byte f, byte m) {
    }

    private static final class Rows {
        final List<Buyer> buyers = new ArrayList<>();
        long withoutCustomer;
        long linesWithCustomer;
        long noDateOrAmount;
        long afterAsOf;
        long cancellations;
        long zeroAmount;
        long purchases;
        int withoutPurchases;
        long firstDay = Long.MAX_VALUE;
        long lastDay = Long.MIN_VALUE;
        long asOfDay;
    }
}
