package org.segmentlab.ui.data;

import javafx.scene.Node;
import org.segmentlab.ui.common.Icon;
import org.segmentlab.ui.common.WorkbenchStep;

/** The first step: the project's data files. */
public final class DataStep implements WorkbenchStep {

    private final DataViewModel model;
    private final Runnable importAction;
    private DataView view;

    public DataStep(DataViewModel model, Runnable importAction) {
        this.model = model;
        this.importAction = importAction;
    }

    @Override
    public String title() {
        return "Data";
    }

    @Override
    public String subtitle() {
        return "Files, roles, import report";
    }

    @Override
    public Icon icon() {
        return Icon.DATA;
    }

    @Override
    public Node view() {
        if (view == null) {
            view = new DataView(model, importAction);
        }
        return view.node();
    }
}
