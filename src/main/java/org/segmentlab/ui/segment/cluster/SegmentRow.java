package org.segmentlab.ui.segment.cluster;

/**
 * One line of the segment table.
 *
 * @param segmentId   0..k−1, or −1 for customers in no segment
 * @param colourIndex 1-based palette position; −1 for the neutral colour
 * @param share       fraction of all customers
 * @param traits      what sets the segment apart, in words
 * @param action      the action written for it, or one suggested from its profile ("Suggested: …")
 */
public record SegmentRow(int segmentId, int colourIndex, String name, int size, double share, String traits,
                         String action) {

    public SegmentRow(int segmentId, int colourIndex, String name, int size, double share, String traits) {
        this(segmentId, colourIndex, name, size, share, traits, "");
    }
}
