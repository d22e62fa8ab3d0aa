package org.segmentlab.core.features.rfm;

/**
 * One customer's recency, frequency and monetary value and their scores.
 *
 * @param recencyDays whole days from the last purchase day to the as-of day
 * @param frequency   distinct purchase invoices (distinct purchase days without an invoice column)
 * @param monetary    sum of the kept lines' amounts (net of returns when cancellations are netted)
 * @param cell        the three scores as digits, e.g. {@code 545} (joined by '-' with 10 bins)
 * @param segment     the segment name, or null before a segment map is applied
 */
public record CustomerRfm(String customerId, int recencyDays, int frequency, double monetary,
                          int rScore, int fScore, int mScore, String cell, String segment) {

    public CustomerRfm withSegment(String newSegment) {
        return new CustomerRfm(customerId, recencyDays, frequency, monetary, rScore, fScore, mScore, cell, newSegment);
    }
}
