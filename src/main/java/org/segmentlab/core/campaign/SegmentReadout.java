package org.segmentlab.core.campaign;

/**
 * The readout of one segment (or of everyone: {@link CampaignReadout#ALL}).
 *
 * @param difference             conversion rate of the treated minus that of the control, with its
 *                               Newcombe hybrid score interval
 * @param relativeLift           {@code rateTreated / rateControl − 1}; NaN when the control never converted
 * @param incrementalConversions the difference times the treated customers: conversions the campaign added
 * @param pValue                 two-sided p-value of the two-proportion z test
 * @param pValueHolm             Holm-adjusted across the segments of the readout; for {@code All}, the
 *                               same as {@code pValue} (a single test)
 * @param revenueDifference      revenue per treated customer minus per control customer, with Welch's
 *                               interval; NaN when there is no revenue
 */
public record SegmentReadout(String segment, int treated, int control, int convertedTreated, int convertedControl,
                             Interval difference, double relativeLift, double incrementalConversions, double pValue,
                             double pValueHolm, Interval revenueDifference) {

    public double rateTreated() {
        return treated == 0 ? Double.NaN : (double) convertedTreated / treated;
    }

    public double rateControl() {
        return control == 0 ? Double.NaN : (double) convertedControl / control;
    }

    SegmentReadout withHolm(double adjusted) {
        return new SegmentReadout(segment, treated, control, convertedTreated, convertedControl, difference,
                relativeLift, incrementalConversions, pValue, adjusted, revenueDifference);
    }
}
