package org.segmentlab.core.campaign;

import java.util.List;

/**
 * A campaign's readout: everyone first (segment {@link #ALL}), then each segment by name.
 *
 * @param customersWithoutSegment customers counted in {@code All} but in no segment (no segment value,
 *                                or missing from the assignments joined by id)
 * @param warnings                what the reader should know: customers left out, a sample-ratio mismatch
 */
public record CampaignReadout(List<SegmentReadout> rows, SampleRatioCheck sampleRatio, ReadoutParams params,
                              int customersWithoutSegment, List<String> warnings) {

    public static final String ALL = "All";

    public CampaignReadout {
        rows = List.copyOf(rows);
        warnings = List.copyOf(warnings);
    }

    public SegmentReadout overall() {
        return rows.get(0);
    }

    public List<SegmentReadout> segments() {
        return rows.subList(1, rows.size());
    }
}
