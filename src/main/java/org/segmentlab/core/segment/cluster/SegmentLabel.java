package org.segmentlab.core.segment.cluster;

/**
 * What the user calls a segment and how it is shown.
 *
 * @param segmentId   0..k−1, or −1 for noise
 * @param name        the segment's name in charts, reports and exports
 * @param colourIndex position in the application palette; −1 for the neutral colour of noise
 * @param note        the analyst's free text (may be empty)
 */
public record SegmentLabel(int segmentId, String name, int colourIndex, String note) {

    public SegmentLabel {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("segment " + segmentId + " needs a name");
        }
        name = name.strip();
        note = note == null ? "" : note;
    }
}
