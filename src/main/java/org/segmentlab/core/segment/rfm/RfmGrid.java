package org.segmentlab.core.segment.rfm;

import java.util.List;

/** The R×F grid of a segmentation: bins × bins squares, R-major (r = 1..bins, then f = 1..bins). */
public record RfmGrid(int bins, List<RfmGridCell> cells) {

    public RfmGrid {
        cells = List.copyOf(cells);
        if (cells.size() != bins * bins) {
            throw new IllegalArgumentException("an RFM grid of " + bins + " bins has " + bins * bins + " squares");
        }
    }

    /** The square for scores r and f (1-based). */
    public RfmGridCell cell(int r, int f) {
        return cells.get((r - 1) * bins + (f - 1));
    }
}
