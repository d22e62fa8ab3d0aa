package org.segmentlab.core.track;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One segmentation as of one day: every customer known on that day, the segment each is in, what
 * each is worth, and the features the segmentation reads (compared between snapshots for drift).
 * Row {@code i} of every array is customer {@code i}. The arrays are not copied: do not change them.
 *
 * @param asOf        the day the snapshot was computed as of
 * @param segmentOrder the segments in the order to show them (also segments with no customer that day)
 * @param customerIds the customers of that day
 * @param segments    the segment name of each customer
 * @param revenue     each customer's revenue up to that day (RFM: monetary)
 * @param numeric     numeric features by name, one value per customer (NaN = missing)
 * @param categorical categorical features by name, one value per customer (null = missing)
 */
public record Snapshot(LocalDate asOf, List<String> segmentOrder, List<String> customerIds, String[] segments,
                       double[] revenue, Map<String, double[]> numeric, Map<String, String[]> categorical) {

    public Snapshot {
        Objects.requireNonNull(asOf, "asOf");
        segmentOrder = List.copyOf(segmentOrder);
        customerIds = List.copyOf(customerIds);
        int n = customerIds.size();
        if (segments.length != n || revenue.length != n) {
            throw new IllegalArgumentException("a snapshot of " + n + " customers with " + segments.length
                    + " segments and " + revenue.length + " revenues");
        }
        numeric = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(numeric));
        categorical = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(categorical));
        for (Map.Entry<String, double[]> e : numeric.entrySet()) {
            requireLength(e.getKey(), e.getValue().length, n);
        }
        for (Map.Entry<String, String[]> e : categorical.entrySet()) {
            requireLength(e.getKey(), e.getValue().length, n);
        }
    }

    private static void requireLength(String feature, int length, int n) {
        if (length != n) {
            throw new IllegalArgumentException("feature " + feature + " has " + length + " values for " + n
                    + " customers");
        }
    }

    public int size() {
        return customerIds.size();
    }

    /** Customers per segment, in {@link #segmentOrder()} (a segment not in it is added at the end). */
    public Map<String, Integer> sizes() {
        Map<String, Integer> sizes = new LinkedHashMap<>();
        for (String s : segmentOrder) {
            sizes.put(s, 0);
        }
        for (String s : segments) {
            sizes.merge(s, 1, Integer::sum);
        }
        return sizes;
    }
}
