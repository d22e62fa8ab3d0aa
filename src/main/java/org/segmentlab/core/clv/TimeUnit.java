package org.segmentlab.core.clv;

import java.util.Locale;

/**
 * The unit frequency, recency and T are counted in. A week is 7 days; a month is the average
 * Gregorian month, 365.25 / 12 = 30.4375 days, so that twelve of them make a year.
 */
public enum TimeUnit {
    DAY(1.0),
    WEEK(7.0),
    MONTH(365.25 / 12);

    private final double days;

    TimeUnit(double days) {
        this.days = days;
    }

    /** Days in one unit. */
    public double days() {
        return days;
    }

    /** A number of days in this unit. */
    public double fromDays(double dayCount) {
        return dayCount / days;
    }

    /** The lower-case name used on the command line and in files: day, week, month. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads day/days, week/weeks, month/months (any case). */
    public static TimeUnit parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        switch (t) {
            case "day":
            case "days":
                return DAY;
            case "week":
            case "weeks":
                return WEEK;
            case "month":
            case "months":
                return MONTH;
            default:
                throw new IllegalArgumentException("'" + text + "' is not a time unit: day, week or month");
        }
    }
}
