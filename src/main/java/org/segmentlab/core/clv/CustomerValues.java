package org.segmentlab.core.clv;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Per customer of the summary (same rows, same order): P(alive) at the as-of day, repeat purchases
 * expected over the horizon, expected mean spend per purchase and CLV. Spend and CLV are NaN when no
 * spend model could be fitted. Join it to other per-customer tables by {@link #customerId(int)}.
 */
public final class CustomerValues {

    private final String[] ids;
    private final double[] pAlive;
    private final double[] expectedPurchases;
    private final double[] expectedSpend;
    private final double[] clv;
    private Map<String, Integer> rows;

    CustomerValues(String[] ids, double[] pAlive, double[] expectedPurchases, double[] expectedSpend, double[] clv) {
        this.ids = ids;
        this.pAlive = pAlive;
        this.expectedPurchases = expectedPurchases;
        this.expectedSpend = expectedSpend;
        this.clv = clv;
    }

    public int size() {
        return ids.length;
    }

    public String customerId(int i) {
        return ids[i];
    }

    public double pAlive(int i) {
        return pAlive[i];
    }

    public double expectedPurchases(int i) {
        return expectedPurchases[i];
    }

    public double expectedSpend(int i) {
        return expectedSpend[i];
    }

    public double clv(int i) {
        return clv[i];
    }

    /** The row of a customer id, if the customer is in the summary. */
    public synchronized OptionalInt rowOf(String customerId) {
        if (rows == null) {
            rows = new HashMap<>(ids.length * 2);
            for (int i = 0; i < ids.length; i++) {
                rows.put(ids[i], i);
            }
        }
        Integer row = rows.get(customerId);
        return row == null ? OptionalInt.empty() : OptionalInt.of(row);
    }

    /** Sum of CLV over all customers (NaN when CLV is not given). */
    public double totalClv() {
        double sum = 0;
        for (double v : clv) {
            sum += v;
        }
        return sum;
    }
}
