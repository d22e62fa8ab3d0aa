package org.segmentlab.ui.predict;

import javafx.scene.Node;
import javafx.scene.layout.BorderPane;
import org.segmentlab.ui.common.Icon;
import org.segmentlab.ui.common.StepColumns;
import org.segmentlab.ui.common.StepHeader;
import org.segmentlab.ui.common.WorkbenchStep;
import org.segmentlab.ui.data.DataViewModel;
import org.segmentlab.ui.dialog.DialogService;
import org.segmentlab.ui.segment.cluster.ProjectSettingsAccess;
import org.segmentlab.ui.task.TaskRunner;

/** The Predict step: churn and propensity models, compared, thresholded and explained. */
public final class PredictStep implements WorkbenchStep {

    private final PredictViewModel model;
    private Node view;

    public PredictStep(DataViewModel data, TaskRunner tasks, DialogService dialogs, ProjectSettingsAccess project) {
        this(data, tasks, dialogs, project, new StepColumns());
    }

    /** @param stepColumns the segments of the other steps, which the model may learn from */
    public PredictStep(DataViewModel data, TaskRunner tasks, DialogService dialogs, ProjectSettingsAccess project,
                       StepColumns stepColumns) {
        this.model = new PredictViewModel(data, project, tasks, dialogs, stepColumns);
    }

    @Override
    public String title() {
        return "Predict";
    }

    @Override
    public String subtitle() {
        return "Churn and propensity";
    }

    @Override
    public Icon icon() {
        return Icon.PREDICT;
    }

    public PredictViewModel model() {
        return model;
    }

    @Override
    public Node view() {
        model.chooseLabelledSource();
        if (view == null) {
            BorderPane pane = new BorderPane(new PredictView(model).root());
            pane.setTop(StepHeader.of("Predict", "Train classifiers on customer attributes, compare them on a "
                    + "hold-out part, choose a threshold by cost, and score every customer."));
            view = pane;
        }
        return view;
    }
}
