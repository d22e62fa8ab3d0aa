package org.segmentlab.core.segment.rfm;

/**
 * One segment at a glance. Means are NaN for a segment without customers.
 *
 * @param id              the segment id (1 + rule index; 0 for Others)
 * @param customerPercent share of all customers, 0 to 100
 * @param revenue         sum of the segment's monetary values
 * @param revenuePercent  share of all customers' monetary value, 0 to 100
 */
public record SegmentSummary(int id, String name, int customers, double customerPercent, double revenue,
                             double revenuePercent, double meanRecencyDays, double meanFrequency,
                             double meanMonetary, String action) {
}
