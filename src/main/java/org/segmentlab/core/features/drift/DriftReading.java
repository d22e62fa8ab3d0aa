package org.segmentlab.core.features.drift;

import java.util.Locale;

/**
 * The usual reading of a population stability index: below 0.1 the population is stable, from
 * 0.1 to 0.25 it moved moderately, above 0.25 it moved enough that a segmentation or model built
 * on the earlier population should be looked at again (or retrained).
 */
public enum DriftReading {
    STABLE, MODERATE, MAJOR;

    public static final double MODERATE_FROM = 0.1;
    public static final double MAJOR_ABOVE = 0.25;

    public static DriftReading of(double psi) {
        if (psi < MODERATE_FROM) {
            return STABLE;
        }
        return psi > MAJOR_ABOVE ? MAJOR : MODERATE;
    }

    /** {@code stable}, {@code moderate} or {@code major}, as the CSV files write it. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
