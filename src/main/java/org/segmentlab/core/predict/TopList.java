package org.segmentlab.core.predict;

import java.util.List;

/**
 * The customers with the highest scores, with why, and which segments they come from.
 *
 * @param percent    the share of customers asked for
 * @param customers  ranked, highest score first
 * @param segmentMix segments of the listed customers, largest first; empty when no segments were given
 */
public record TopList(double percent, List<Customer> customers, List<SegmentShare> segmentMix) {

    public TopList {
        customers = List.copyOf(customers);
        segmentMix = List.copyOf(segmentMix);
    }

    /** One listed customer; {@code segment} is null when no segments were given. */
    public record Customer(int rank, String customerId, double score, List<Driver> drivers, String segment) {
        public Customer {
            drivers = List.copyOf(drivers);
        }
    }

    /**
     * One segment's place in the list.
     *
     * @param shareOfList     share of the listed customers in this segment
     * @param shareOfAll      share of all scored customers in this segment
     * @param index           {@code shareOfList / shareOfAll}: above 1, the segment is over-represented
     */
    public record SegmentShare(String segment, int customers, double shareOfList, double shareOfAll, double index) {
    }
}
