package org.segmentlab.core.campaign;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One customer of "who to target next": the customers ranked by predicted uplift, highest first.
 *
 * @param rank     1 for the highest predicted uplift
 * @param segment  the customer's segment in the readout; null when none
 * @param pTreated predicted conversion if treated (NaN when the method does not give it)
 * @param pControl predicted conversion if not treated (NaN likewise)
 */
public record UpliftTarget(int rank, String customerId, String segment, double uplift, double pTreated,
                           double pControl) {

    /**
     * Every customer with a predicted uplift, highest first (ties by id), with their segments.
     *
     * @param segments each customer's segment in the order of the result's ids; null for none
     */
    public static List<UpliftTarget> ranked(UpliftResult result, String[] segments) {
        int n = result.customerIds().size();
        if (segments != null && segments.length != n) {
            throw new IllegalArgumentException(segments.length + " segments for " + n + " customers");
        }
        List<Integer> order = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            if (Double.isFinite(result.uplift()[i])) {
                order.add(i);
            }
        }
        order.sort(Comparator.<Integer>comparingDouble(i -> -result.uplift()[i])
                .thenComparing(i -> result.customerIds().get(i)));
        List<UpliftTarget> out = new ArrayList<>(order.size());
        for (int k = 0; k < order.size(); k++) {
            int i = order.get(k);
            out.add(new UpliftTarget(k + 1, result.customerIds().get(i), segments == null ? null : segments[i],
                    result.uplift()[i], result.pTreated()[i], result.pControl()[i]));
        }
        return out;
    }
}
