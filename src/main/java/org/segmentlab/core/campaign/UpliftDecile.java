package org.segmentlab.core.campaign;

/**
 * One tenth of the customers ranked by predicted uplift (decile 1 holds the highest).
 *
 * @param observedUplift  treated conversion rate minus control conversion rate in the decile; NaN when
 *                        an arm is empty
 * @param predictedUplift mean predicted uplift of the decile's customers
 */
public record UpliftDecile(int decile, int treated, int control, double rateTreated, double rateControl,
                           double observedUplift, double predictedUplift) {
}
