package org.segmentlab.core.segment.rfm;

/**
 * One (R score, F score) square of the RFM grid.
 *
 * @param meanMonetary NaN when the square is empty
 * @param segment      the segment the square belongs to; when M rules split it, the names joined by " / "
 */
public record RfmGridCell(int r, int f, int customers, double meanMonetary, String segment) {
}
