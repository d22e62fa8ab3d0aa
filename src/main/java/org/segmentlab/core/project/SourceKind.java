package org.segmentlab.core.project;

/** What a data source holds, which decides how it feeds the customer table. */
public enum SourceKind {
    /** One line per purchase (or return): customer, time, amount or quantity × price. */
    TRANSACTIONS,
    /** One line per thing a user did: customer, time, event type. */
    EVENTS,
    /** Extra facts per customer (plan, region, label) joined onto the customer table. */
    ATTRIBUTES,
    /** A ready customer table: one row per customer, used as it is. */
    CUSTOMERS
}
