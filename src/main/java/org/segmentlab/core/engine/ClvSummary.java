package org.segmentlab.core.engine;

import java.time.LocalDate;
import java.util.List;

/**
 * The per-customer summary that BG/NBD and Gamma-Gamma are fitted on, with daily periods as the
 * {@code lifetimes} package builds it ({@link PushdownSql#clvSummary}).
 *
 * @param end       the last day observed
 * @param customers one row per customer with a purchase, in customer order
 */
public record ClvSummary(LocalDate end, List<Customer> customers) {

    public ClvSummary {
        customers = List.copyOf(customers);
    }

    /**
     * @param frequency    purchase days after the first
     * @param recency      days from the first to the last purchase day
     * @param t            days from the first purchase day to the end of observation
     * @param monetaryMean mean spend of the purchase days after the first (0 when there is none)
     */
    public record Customer(String customerId, int frequency, int recency, int t, double monetaryMean) {
    }
}
