package org.segmentlab.core.features;

import org.segmentlab.core.features.attributes.AttributeTable;
import org.segmentlab.core.features.events.EventLog;
import org.segmentlab.core.features.rfm.TransactionLog;
import org.segmentlab.core.features.transactions.TransactionProducts;

/**
 * What a customer table is built from; any of them may be absent (null), not all of them.
 *
 * @param products the product of each transaction line, for distinct_products (null without one)
 */
public record CustomerTableSources(TransactionLog transactions, TransactionProducts products, EventLog events,
                                   AttributeTable attributes) {

    public CustomerTableSources {
        if (transactions == null && events == null && attributes == null) {
            throw new IllegalArgumentException("a customer table needs transactions, events or attributes");
        }
        if (products != null && (transactions == null || products.product().length != transactions.size())) {
            throw new IllegalArgumentException("the products do not belong to the transaction lines");
        }
    }

    public static CustomerTableSources ofEvents(EventLog events) {
        return new CustomerTableSources(null, null, events, null);
    }

    public static CustomerTableSources ofTransactions(TransactionLog transactions, TransactionProducts products) {
        return new CustomerTableSources(transactions, products, null, null);
    }

    public CustomerTableSources withAttributes(AttributeTable newAttributes) {
        return new CustomerTableSources(transactions, products, events, newAttributes);
    }

    public CustomerTableSources withEvents(EventLog newEvents) {
        return new CustomerTableSources(transactions, products, newEvents, attributes);
    }
}
