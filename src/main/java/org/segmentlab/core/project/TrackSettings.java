package org.segmentlab.core.project;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Segments over time as the project keeps them, so the report can show how the segments move.
 *
 * @param asOf      the snapshot days, {@code 2011-06-04,2011-12-10} or {@code monthly:2011-01-01..2011-12-01}
 * @param runId     the kept clustering run to track; null or {@code rfm} = the RFM segments
 * @param refit     a clustering's snapshots hold the clustering fitted afresh each day; null = false (saved centres)
 * @param bootstrap resamples of a clustering's stability check; null = 100, 0 = none
 * @param seed      the bootstrap's seed; null = the project's
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"asOf", "runId", "refit", "bootstrap", "seed"})
public record TrackSettings(String asOf, String runId, Boolean refit, Integer bootstrap, Long seed) {

    public TrackSettings {
        if (asOf == null || asOf.isBlank()) {
            throw new IllegalArgumentException("tracking needs its as-of days");
        }
    }

    /** RFM segments as of {@code asOf}. */
    public static TrackSettings rfm(String asOf) {
        return new TrackSettings(asOf, null, null, null, null);
    }

    /** Whether the RFM segments are tracked rather than a clustering run. */
    public boolean tracksRfm() {
        return runId == null || NamedSegment.RFM_RUN.equals(runId);
    }
}
