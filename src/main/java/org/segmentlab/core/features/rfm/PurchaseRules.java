package org.segmentlab.core.features.rfm;

/**
 * The README's rules for what a transaction line is, kept in one place so that RFM and the other
 * per-customer measures (CLV) read a log the same way: a line without a date or an amount cannot be
 * read; a cancellation is a line whose invoice starts with {@code C}, whose quantity is ≤ 0 or whose
 * amount is &lt; 0; a line with amount 0 is not a purchase for RFM.
 */
public final class PurchaseRules {

    private final TransactionLog log;
    private final boolean[] cancelledInvoice;
    private final boolean hasQuantity;

    public PurchaseRules(TransactionLog log) {
        this.log = log;
        this.hasQuantity = log.hasQuantity();
        this.cancelledInvoice = new boolean[log.invoiceCount()];
        for (int i = 0; i < cancelledInvoice.length; i++) {
            String id = log.invoiceId(i);
            cancelledInvoice[i] = !id.isEmpty() && (id.charAt(0) == 'C' || id.charAt(0) == 'c');
        }
    }

    /** True when the line has no date or no amount. */
    public boolean isUnreadable(int line) {
        return log.time(line) == TransactionLog.MISSING_TIME || Double.isNaN(log.amount(line));
    }

    /** True for a cancellation or return (to be checked on readable lines). */
    public boolean isCancellation(int line) {
        int invoice = log.invoiceCode(line);
        return (invoice >= 0 && cancelledInvoice[invoice]) || (hasQuantity && log.quantity(line) <= 0)
                || log.amount(line) < 0;
    }

    /** The day of a readable line, as {@code LocalDate.toEpochDay()}. */
    public long day(int line) {
        return Math.floorDiv(log.time(line), TransactionLog.SECONDS_PER_DAY);
    }
}
