package org.segmentlab.core.project;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;

/**
 * The RFM step of a project. Null fields take the defaults of DESIGN.md.
 *
 * @param sourceId      the transactions source to score; null = the project's first transactions source
 * @param asOf          null = the day after the last purchase in the data
 * @param bins          null = 5
 * @param cancellations null = {@link CancellationMode#EXCLUDE}
 * @param segmentMap    the user's segment map; null = the default 10-segment R×F map
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"sourceId", "asOf", "bins", "cancellations", "segmentMap"})
public record RfmSettings(String sourceId, LocalDate asOf, Integer bins, CancellationMode cancellations,
                          List<SegmentRule> segmentMap) {

    public static final RfmSettings DEFAULTS = new RfmSettings(null, null, null, null, null);

    public RfmSettings {
        if (bins != null && bins < 2) {
            throw new IllegalArgumentException("RFM needs at least 2 bins, not " + bins);
        }
        segmentMap = segmentMap == null ? null : List.copyOf(segmentMap);
    }

    public RfmSettings withSourceId(String newSourceId) {
        return new RfmSettings(newSourceId, asOf, bins, cancellations, segmentMap);
    }

    public RfmSettings withAsOf(LocalDate newAsOf) {
        return new RfmSettings(sourceId, newAsOf, bins, cancellations, segmentMap);
    }

    public RfmSettings withBins(Integer newBins) {
        return new RfmSettings(sourceId, asOf, newBins, cancellations, segmentMap);
    }

    public RfmSettings withCancellations(CancellationMode newMode) {
        return new RfmSettings(sourceId, asOf, bins, newMode, segmentMap);
    }

    public RfmSettings withSegmentMap(List<SegmentRule> newMap) {
        return new RfmSettings(sourceId, asOf, bins, cancellations, newMap);
    }
}
