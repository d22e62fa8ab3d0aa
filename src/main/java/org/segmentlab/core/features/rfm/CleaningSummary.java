package org.segmentlab.core.features.rfm;

/**
 * What happened to each transaction line on its way into RFM. Every line read is counted under
 * exactly one of: without customer id, without date or amount, after the as-of day,
 * cancellation, zero amount, purchase.
 *
 * @param linesRead                 lines in the transaction log, including those without a customer id
 * @param linesWithoutCustomerId    lines dropped because the customer id is empty
 * @param linesWithoutDateOrAmount  lines dropped because the date or the amount is missing
 * @param linesAfterAsOf            lines dated after the as-of day, left out
 * @param cancellationLines         cancellations and returns (invoice starting with C, quantity ≤ 0 or
 *                                  amount &lt; 0): left out, or subtracted from monetary when netted
 * @param zeroAmountLines           lines with amount 0 (mostly unit price 0), left out
 * @param purchaseLines             lines that count as purchases
 * @param customers                 customers with at least one purchase: the rows of the result
 * @param customersWithoutPurchases customers whose every line was left out (for example only returns)
 * @param cancellations             how cancellations were handled
 */
public record CleaningSummary(long linesRead, long linesWithoutCustomerId, long linesWithoutDateOrAmount,
                              long linesAfterAsOf, long cancellationLines, long zeroAmountLines,
                              long purchaseLines, int customers, int customersWithoutPurchases,
                              CancellationHandling cancellations) {
}
