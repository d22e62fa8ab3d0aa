package org.segmentlab.ui.common;

import javafx.scene.Node;

/**
 * One step of the analysis in the navigator (Data, Customers, Segments, ...). The workbench asks
 * for {@link #view()} the first time the step is opened and keeps the node afterwards.
 */
public interface WorkbenchStep {

    /** Short name in the navigator, e.g. "Segments". */
    String title();

    /** One line under the title saying what the step is for. */
    String subtitle();

    Icon icon();

    Node view();
}
