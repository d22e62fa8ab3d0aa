package org.segmentlab.ui.track;

import javafx.scene.Node;
import javafx.scene.layout.BorderPane;
import org.segmentlab.ui.common.ChartPicture;
import org.segmentlab.ui.common.Css;
import org.segmentlab.ui.common.Icon;
import org.segmentlab.ui.common.StepHeader;
import org.segmentlab.ui.common.WorkbenchStep;
import org.segmentlab.ui.data.DataViewModel;
import org.segmentlab.ui.dialog.DialogService;
import org.segmentlab.ui.task.TaskRunner;

/** The Over time step: the same segments as of several days, how customers move between them and how stable they are. */
public final class TrackStep implements WorkbenchStep {

    private final TrackViewModel model;
    private Node view;

    public TrackStep(DataViewModel data, TaskRunner tasks, DialogService dialogs, TrackProject project) {
        this.model = new TrackViewModel(data, project, tasks, dialogs);
    }

    public TrackViewModel model() {
        return model;
    }

    @Override
    public String title() {
        return "Over time";
    }

    @Override
    public String subtitle() {
        return "Migration and drift";
    }

    @Override
    public Icon icon() {
        return Icon.TRACK;
    }

    @Override
    public Node view() {
        if (view == null) {
            BorderPane pane = new BorderPane(new TrackView(model, ChartPicture.newPainter()).root());
            pane.setTop(StepHeader.of(title(), "The same segments as of several days: how many customers each "
                    + "holds, where its customers went, how far the segment shares and the features drifted, and "
                    + "how stable a clustering is."));
            pane.getStyleClass().add(Css.STEP_CONTENT);
            view = pane;
        }
        return view;
    }
}
