package org.segmentlab.core.clv;

/**
 * What happened to each transaction line and customer on the way into the summary. Lines follow the
 * RFM rules (see {@code PurchaseRules}) with one difference: a line of amount 0 that is not a
 * cancellation is a purchase with no spend, because the purchase models count purchase occasions and a
 * free item is still an order (RFM leaves such lines out of F and M).
 *
 * @param linesRead                  lines in the log, including those without a customer id
 * @param linesWithoutCustomerId     left out: no customer id
 * @param linesWithoutDateOrAmount   left out: no readable date or amount
 * @param cancellationLines          left out: cancellations and returns
 * @param zeroAmountLines            kept as purchases with no spend
 * @param linesAfterEnd              left out: dated after the holdout end (or the as-of day without a holdout)
 * @param purchaseLines              lines that count as purchases up to the end
 * @param customers                  rows of the summary: customers with a purchase on or before the as-of day
 * @param customersFirstAfterAsOf    left out: their first purchase is after the as-of day
 * @param customersWithoutPurchases  left out: no line of theirs counts as a purchase
 */
public record SummaryCleaning(long linesRead, long linesWithoutCustomerId, long linesWithoutDateOrAmount,
                              long cancellationLines, long zeroAmountLines, long linesAfterEnd, long purchaseLines,
                              int customers, int customersFirstAfterAsOf, int customersWithoutPurchases) {
}
