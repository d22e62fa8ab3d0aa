package org.segmentlab.ui.campaign;

import java.nio.file.Path;
import java.util.function.Supplier;
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

/** The Campaigns step: did the campaign work, and for whom. */
public final class CampaignStep implements WorkbenchStep {

    private final CampaignViewModel model;
    private Node view;

    public CampaignStep(DataViewModel data, TaskRunner tasks, DialogService dialogs, ProjectSettingsAccess project,
                        Supplier<Path> projectFile, StepColumns stepColumns) {
        this.model = new CampaignViewModel(data, project, projectFile, stepColumns, tasks, dialogs);
    }

    public CampaignViewModel model() {
        return model;
    }

    @Override
    public String title() {
        return "Campaigns";
    }

    @Override
    public String subtitle() {
        return "Did it work, and for whom";
    }

    @Override
    public Icon icon() {
        return Icon.CAMPAIGN;
    }

    @Override
    public Node view() {
        if (view == null) {
            BorderPane pane = new BorderPane(new CampaignView(model, ChartPicture.newPainter()).root());
            pane.setTop(StepHeader.of(title(), "Read out a campaign with a control group per segment, learn who "
                    + "it moves most, and plan the next test."));
            pane.getStyleClass().add(Css.STEP_CONTENT);
            view = pane;
        }
        return view;
    }
}
