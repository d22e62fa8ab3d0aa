package org.segmentlab.ui.customers;

/** Two features of the customer table and their Pearson correlation. */
public record CorrelatedPair(String first, String second, double r) {
}
