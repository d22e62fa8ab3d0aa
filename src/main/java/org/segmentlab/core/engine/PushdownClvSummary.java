package org.segmentlab.core.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.segmentlab.core.Progress;
import org.segmentlab.core.features.CustomerTable;

/** The CLV customer summary computed inside the engine ({@link PushdownSql#clvSummary}). */
public final class PushdownClvSummary {

    /** @param end the last day observed; null = the last purchase day in the data */
    public ClvSummary compute(Engine engine, TransactionLines lines, LocalDate end, Progress progress) {
        String sql = new PushdownSql(engine.dialect(), lines).clvSummary(end);
        progress.update(0, "Summarising customers in " + engine.description());
        long[] endDay = {Long.MIN_VALUE};
        Map<String, ClvSummary.Customer> byId = engine.query(sql, rs -> {
            Map<String, ClvSummary.Customer> out = new HashMap<>();
            while (rs.next()) {
                String id = rs.getString("customer_id");
                out.put(id, new ClvSummary.Customer(id, rs.getInt("frequency"), rs.getInt("recency"), rs.getInt("t"),
                        rs.getDouble("monetary_mean") + 0.0));
                endDay[0] = rs.getLong("end_day");
            }
            return out;
        }, progress);
        List<ClvSummary.Customer> rows = new ArrayList<>(byId.size());
        for (String id : CustomerTable.inCustomerOrder(byId.keySet())) {
            rows.add(byId.get(id));
        }
        progress.update(1, "Customer summary ready");
        LocalDate observed = end != null ? end : rows.isEmpty() ? null : LocalDate.ofEpochDay(endDay[0]);
        return new ClvSummary(observed, rows);
    }
}
