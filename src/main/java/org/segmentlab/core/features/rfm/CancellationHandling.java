package org.segmentlab.core.features.rfm;

/**
 * What RFM does with cancellations and returns: lines whose invoice starts with {@code C}, whose
 * quantity is zero or negative, or whose amount is negative.
 */
public enum CancellationHandling {
    /** Left out of frequency and monetary (the default). */
    EXCLUDED,
    /**
     * Subtracted from monetary, so a customer's value is net of returns; frequency still counts
     * only purchase invoices and recency only purchases.
     */
    NETTED
}
