package org.segmentlab.ui.value;

import javafx.scene.Node;
import javafx.scene.layout.BorderPane;
import org.segmentlab.ui.common.ChartPicture;
import org.segmentlab.ui.common.Css;
import org.segmentlab.ui.common.Icon;
import org.segmentlab.ui.common.StepColumns;
import org.segmentlab.ui.common.StepHeader;
import org.segmentlab.ui.common.WorkbenchStep;
import org.segmentlab.ui.data.DataViewModel;
import org.segmentlab.ui.dialog.DialogService;
import org.segmentlab.ui.segment.cluster.ProjectSettingsAccess;
import org.segmentlab.ui.task.TaskRunner;

/** The Value step: what each customer is worth, and how likely they are still a customer. */
public final class ValueStep implements WorkbenchStep {

    private final ValueViewModel model;
    private Node view;

    public ValueStep(DataViewModel data, TaskRunner tasks, DialogService dialogs, ProjectSettingsAccess project) {
        this(data, tasks, dialogs, project, new StepColumns());
    }

    /** @param stepColumns the project's segments (RFM, Clusters), for CLV by segment */
    public ValueStep(DataViewModel data, TaskRunner tasks, DialogService dialogs, ProjectSettingsAccess project,
                     StepColumns stepColumns) {
        this.model = new ValueViewModel(data, project, tasks, dialogs, stepColumns);
    }

    public ValueViewModel model() {
        return model;
    }

    @Override
    public String title() {
        return "Value";
    }

    @Override
    public String subtitle() {
        return "CLV and P(alive)";
    }

    @Override
    public Icon icon() {
        return Icon.VALUE;
    }

    @Override
    public Node view() {
        if (view == null) {
            BorderPane pane = new BorderPane(new ValueView(model, ChartPicture.newPainter()).root());
            pane.setTop(StepHeader.of(title(), "Fit a BG/NBD (or Pareto/NBD) and a Gamma-Gamma model to the "
                    + "purchases: each customer's chance of still buying, expected purchases and lifetime value."));
            pane.getStyleClass().add(Css.STEP_CONTENT);
            view = pane;
        }
        return view;
    }
}
