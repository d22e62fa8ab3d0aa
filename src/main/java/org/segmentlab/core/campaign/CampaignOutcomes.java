package org.segmentlab.core.campaign;

import java.util.List;
import java.util.Objects;

/**
 * The customers of a two-arm campaign, one row each. Arrays are not copied: treat them as read-only.
 *
 * @param customerIds each customer's id (the data row number, from 1, when the file has no id column)
 * @param treated     true for the customers who got the campaign, false for the control
 * @param converted   1 when the customer converted, else 0
 * @param revenue     spend per customer (missing counts as 0 spend); null when there is no revenue
 * @param segments    each customer's segment, null for a customer without one; the array is null
 *                    when the readout is not split by segment
 */
public record CampaignOutcomes(List<String> customerIds, boolean[] treated, int[] converted, double[] revenue,
                               String[] segments) {

    public CampaignOutcomes {
        customerIds = List.copyOf(customerIds);
        Objects.requireNonNull(treated, "treated");
        Objects.requireNonNull(converted, "converted");
        int n = customerIds.size();
        if (treated.length != n || converted.length != n || (revenue != null && revenue.length != n)
                || (segments != null && segments.length != n)) {
            throw new IllegalArgumentException("every column of the campaign needs " + n + " rows");
        }
        for (int y : converted) {
            if (y != 0 && y != 1) {
                throw new IllegalArgumentException("outcomes must be 0 or 1, found " + y);
            }
        }
    }

    public int size() {
        return customerIds.size();
    }

    public boolean hasRevenue() {
        return revenue != null;
    }

    public boolean hasSegments() {
        return segments != null;
    }

    /** The same customers with these segments (null entries for customers without one). */
    public CampaignOutcomes withSegments(String[] newSegments) {
        return new CampaignOutcomes(customerIds, treated, converted, revenue, newSegments);
    }
}
