package org.segmentlab.core.segment.rfm;

/**
 * One (R score, F score) square of the RFM grid.
 *
 * @param meanMonetary NaN when the square is empty
 * @param segmentId    the id of the square's segment (for its colour), or {@link #MIXED} when M rules split it
 * @param segment      the square's segment name; when M rules split it, the names joined by " / "
 */
public record RfmGridCell(int r, int f, int customers, double meanMonetary, int segmentId, String segment) {

    /** The segment id of a square that M rules split between segments. */
    public static final int MIXED = -1;
}
