package org.segmentlab.core.project;

/** What RFM does with cancelled lines (invoice starting with C, or quantity/amount at or below zero). */
public enum CancellationMode {
    /** Leave them out of F and M (the default). */
    EXCLUDE,
    /** Leave them out of F but subtract them from M, so returns lower a customer's value. */
    NET
}
