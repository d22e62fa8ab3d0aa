package org.segmentlab.core.track;

import java.time.LocalDate;
import org.segmentlab.core.features.drift.DriftReading;

/**
 * How far one measure moved between two snapshots.
 *
 * @param measure {@value #SEGMENT_SHARE} for the shares of the segments, else a feature name
 * @param psi     the population stability index, earlier snapshot as expected
 */
public record Drift(LocalDate fromAsOf, LocalDate toAsOf, String measure, double psi, DriftReading reading) {

    public static final String SEGMENT_SHARE = "segment_share";
}
