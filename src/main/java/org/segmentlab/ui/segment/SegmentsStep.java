package org.segmentlab.ui.segment;

import javafx.scene.Node;
import org.segmentlab.ui.common.Icon;
import org.segmentlab.ui.common.PlaceholderPanel;
import org.segmentlab.ui.common.WorkbenchStep;

/** The Segments step; for now a panel that says what it will hold. */
public final class SegmentsStep implements WorkbenchStep {

    @Override
    public String title() {
        return "Segments";
    }

    @Override
    public String subtitle() {
        return "RFM grid and clustering";
    }

    @Override
    public Icon icon() {
        return Icon.SEGMENTS;
    }

    @Override
    public Node view() {
        return PlaceholderPanel.of(this, "Segments: RFM grid and clustering — coming in a later version",
                "Here you will score customers on the RFM grid, edit the segment map, and cluster them (k-means,"
                + " DBSCAN, hierarchical, Gaussian mixture) with a k-sweep, profiles and names.");
    }
}
