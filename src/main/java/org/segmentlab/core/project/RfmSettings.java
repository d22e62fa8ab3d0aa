package org.segmentlab.core.project;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The RFM step of a project. Null fields take the defaults of DESIGN.md.
 *
 * @param sourceId      the transactions source to score; null = the project's first transactions source
 * @param asOf          null = the day after the last purchase in the data
 * @param bins          null = 5
 * @param cancellations null = {@link CancellationMode#EXCLUDE}
 * @param segmentMap    the user's segment map; null = the default 10-segment R×F map
 * @param columns       column chosen per part of a transaction ({@code customer}, {@code timestamp},
 *                      {@code amount}, {@code quantity}, {@code price}, {@code invoice}); a part not
 *                      listed is found by role and name
 * @param actions       recommended action the user wrote, by segment name; a segment not listed keeps
 *                      its map's action
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"sourceId", "asOf", "bins", "cancellations", "segmentMap", "columns", "actions"})
public record RfmSettings(String sourceId, LocalDate asOf, Integer bins, CancellationMode cancellations,
                          List<SegmentRule> segmentMap, Map<String, String> columns, Map<String, String> actions) {

    public static final RfmSettings DEFAULTS = new RfmSettings(null, null, null, null, null);

    public RfmSettings(String sourceId, LocalDate asOf, Integer bins, CancellationMode cancellations,
                       List<SegmentRule> segmentMap) {
        this(sourceId, asOf, bins, cancellations, segmentMap, null, null);
    }

    public RfmSettings {
        if (bins != null && bins < 2) {
            throw new IllegalArgumentException("RFM needs at least 2 bins, not " + bins);
        }
        segmentMap = segmentMap == null ? null : List.copyOf(segmentMap);
        // sorted, so that the same settings always write the same project file
        columns = columns == null || columns.isEmpty() ? null : Collections.unmodifiableMap(new TreeMap<>(columns));
        actions = actions == null || actions.isEmpty() ? null : Collections.unmodifiableMap(new TreeMap<>(actions));
    }

    public RfmSettings withSourceId(String newSourceId) {
        return new RfmSettings(newSourceId, asOf, bins, cancellations, segmentMap, columns, actions);
    }

    public RfmSettings withAsOf(LocalDate newAsOf) {
        return new RfmSettings(sourceId, newAsOf, bins, cancellations, segmentMap, columns, actions);
    }

    public RfmSettings withBins(Integer newBins) {
        return new RfmSettings(sourceId, asOf, newBins, cancellations, segmentMap, columns, actions);
    }

    public RfmSettings withCancellations(CancellationMode newMode) {
        return new RfmSettings(sourceId, asOf, bins, newMode, segmentMap, columns, actions);
    }

    public RfmSettings withSegmentMap(List<SegmentRule> newMap) {
        return new RfmSettings(sourceId, asOf, bins, cancellations, newMap, columns, actions);
    }

    public RfmSettings withColumns(Map<String, String> newColumns) {
        return new RfmSettings(sourceId, asOf, bins, cancellations, segmentMap, newColumns, actions);
    }

    public RfmSettings withActions(Map<String, String> newActions) {
        return new RfmSettings(sourceId, asOf, bins, cancellations, segmentMap, columns, newActions);
    }
}
