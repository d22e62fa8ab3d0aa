package org.segmentlab.core.clv;

import java.util.List;

/**
 * The model against what customers did after the as-of day: repeat purchase days actually made in
 * the holdout period and expected by the model given each customer's calibration history.
 *
 * @param days         length of the holdout period in days
 * @param actual       repeat purchase days in the holdout, all customers
 * @param expected     the model's expectation of the same
 * @param mae          mean over customers of |actual − expected|
 * @param byFrequency  mean actual and expected holdout purchases by calibration frequency 0, 1, …, 6, 7+
 * @param tracking     weekly cumulative repeat purchases since the first purchase in the data, actual and
 *                     expected, through calibration and holdout
 */
public record HoldoutCheck(long days, long actual, double expected, double mae, List<FrequencyRow> byFrequency,
                           List<TrackingPoint> tracking) {

    public HoldoutCheck {
        byFrequency = List.copyOf(byFrequency);
        tracking = List.copyOf(tracking);
    }

    /**
     * One group of customers by calibration frequency.
     *
     * @param label     "0" … "6" or "7+"
     * @param customers customers in the group
     * @param actual    mean holdout purchases they made
     * @param expected  mean holdout purchases the model expected
     */
    public record FrequencyRow(String label, int customers, double actual, double expected) {
    }

    /**
     * Cumulative repeat purchases up to and including a day.
     *
     * @param day      the day
     * @param actual   repeat purchase days of all customers up to it
     * @param expected what the model expects, from each customer's first purchase day
     */
    public record TrackingPoint(java.time.LocalDate day, long actual, double expected) {
    }
}
