package org.segmentlab.core.features;

import java.time.LocalDate;
import java.util.Optional;
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

    /** The earliest and latest dated record of the transactions and events, in epoch seconds. */
    public record TimeSpan(long first, long last) {

        public LocalDate firstDay() {
            return LocalDate.ofEpochDay(Math.floorDiv(first, CustomerTableWindow.SECONDS_PER_DAY));
        }

        public LocalDate lastDay() {
            return LocalDate.ofEpochDay(Math.floorDiv(last, CustomerTableWindow.SECONDS_PER_DAY));
        }
    }

    /** When the dated records run, or empty when no transaction or event has a date. */
    public Optional<TimeSpan> timeSpan() {
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        if (transactions != null) {
            for (int i = 0; i < transactions.size(); i++) {
                long t = transactions.time(i);
                if (t != TransactionLog.MISSING_TIME) {
                    first = Math.min(first, t);
                    last = Math.max(last, t);
                }
            }
        }
        if (events != null) {
            for (int i = 0; i < events.size(); i++) {
                first = Math.min(first, events.epochSecond(i));
                last = Math.max(last, events.epochSecond(i));
            }
        }
        return first > last ? Optional.empty() : Optional.of(new TimeSpan(first, last));
    }
}
