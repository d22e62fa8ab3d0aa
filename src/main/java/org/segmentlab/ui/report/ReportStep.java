package org.segmentlab.ui.report;

import javafx.scene.Node;
import org.segmentlab.ui.common.Icon;
import org.segmentlab.ui.common.PlaceholderPanel;
import org.segmentlab.ui.common.WorkbenchStep;

/** The Report step; for now a panel that says what it will hold. */
public final class ReportStep implements WorkbenchStep {

    @Override
    public String title() {
        return "Report";
    }

    @Override
    public String subtitle() {
        return "Report and activation lists";
    }

    @Override
    public Icon icon() {
        return Icon.REPORT;
    }

    @Override
    public Node view() {
        return PlaceholderPanel.of(this, "Report: HTML/PDF report and activation lists — coming in a later version",
                "Here you will assemble the charts and tables of this project into an HTML or PDF report and "
                + "export one CSV list of customers per segment for your campaign tools.");
    }
}
