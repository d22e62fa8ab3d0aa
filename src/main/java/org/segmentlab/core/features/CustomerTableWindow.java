package org.segmentlab.core.features;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The period a customer table describes: the {@code windowDays} calendar days that end with the
 * as-of day, the as-of day included. An event or purchase at time t counts when
 * {@code start ≤ t < end}, with {@code start} = midnight of (as-of − windowDays + 1) and
 * {@code end} = midnight of (as-of + 1): a 90-day window as of 2024-03-31 runs from 2024-01-02 00:00
 * to 2024-03-31 23:59:59. Anything after the as-of day is ignored, so the same table can be rebuilt
 * for an earlier period without leaking the future into it.
 *
 * <p>Times are read as written in the data (local clock, no zone conversion); internally they are
 * seconds counted as if the clock were UTC, so a calendar day is {@code floorDiv(seconds, 86400)}.
 */
public record CustomerTableWindow(LocalDate asOf, int windowDays) {

    public static final int SECONDS_PER_DAY = 86_400;
    /** Keeps (time − start) inside 31 bits, which the packed sort keys rely on. */
    public static final int MAX_WINDOW_DAYS = 20_000;

    public CustomerTableWindow {
        Objects.requireNonNull(asOf, "asOf");
        if (windowDays < 1 || windowDays > MAX_WINDOW_DAYS) {
            throw new IllegalArgumentException("the window must be 1 to " + MAX_WINDOW_DAYS + " days, not " + windowDays);
        }
    }

    public LocalDate firstDay() {
        return asOf.minusDays(windowDays - 1L);
    }

    /** The first second inside the window. */
    public long startEpochSecond() {
        return firstDay().toEpochDay() * SECONDS_PER_DAY;
    }

    /** The first second after the window (midnight after the as-of day). */
    public long endEpochSecond() {
        return (asOf.toEpochDay() + 1) * SECONDS_PER_DAY;
    }

    public boolean contains(long epochSecond) {
        return epochSecond >= startEpochSecond() && epochSecond < endEpochSecond();
    }

    /** Whole calendar days from the day of {@code epochSecond} to the as-of day (0 on the as-of day). */
    public long daysBeforeAsOf(long epochSecond) {
        return asOf.toEpochDay() - Math.floorDiv(epochSecond, SECONDS_PER_DAY);
    }

    /** The internal second count of a local date-time as written in the data. */
    public static long epochSecondOf(LocalDateTime time) {
        return time.toEpochSecond(ZoneOffset.UTC);
    }
}
