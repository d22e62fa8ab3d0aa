package org.segmentlab.core.campaign;

/** A confidence interval: its estimate and its two ends (NaN where it cannot be computed). */
public record Interval(double estimate, double low, double high) {

    /** True when the interval lies wholly above or wholly below zero. */
    public boolean excludesZero() {
        return low > 0 || high < 0;
    }
}
