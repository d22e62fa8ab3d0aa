package org.segmentlab.core.predict;

/**
 * One feature's share in a customer's score: positive pushes towards the positive class.
 *
 * @param value        the customer's value as read from the file ("missing" when absent)
 * @param contribution on the scale of the {@link Explanation} it comes from
 */
public record Driver(String feature, String value, double contribution) {
}
