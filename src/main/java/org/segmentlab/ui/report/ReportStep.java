package org.segmentlab.ui.report;

import java.time.LocalDate;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.util.Duration;
import org.segmentlab.ui.common.Icon;
import org.segmentlab.ui.common.PlaceholderPanel;
import org.segmentlab.ui.common.WorkbenchStep;
import org.segmentlab.ui.dialog.DialogService;
import org.segmentlab.ui.task.TaskRunner;
import org.segmentlab.ui.workbench.WorkbenchViewModel;

/** The Report step: the stakeholder report of the open project, previewed page by page, and its exports. */
public final class ReportStep implements WorkbenchStep {

    /** How long typing must pause before the preview is built again. */
    static final Duration QUIET = Duration.millis(400);

    private final WorkbenchViewModel workbench;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private ReportViewModel model;
    private Node view;

    public ReportStep(WorkbenchViewModel workbench, TaskRunner tasks, DialogService dialogs) {
        this.workbench = workbench;
        this.tasks = tasks;
        this.dialogs = dialogs;
    }

    /** The step before the workbench hands it the project: it says what it will hold. */
    public ReportStep() {
        this(null, null, null);
    }

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

    /** The view-model; null until the view is first shown, or when the step has no project. */
    public ReportViewModel model() {
        return model;
    }

    @Override
    public Node view() {
        if (view != null) {
            return view;
        }
        if (workbench == null) {
            view = PlaceholderPanel.of(this, "Report: HTML/PDF report and activation lists",
                    "Here you will assemble the charts and tables of this project into an HTML or PDF report and "
                    + "export one CSV list of customers per segment for your campaign tools.");
            return view;
        }
        model = new ReportViewModel(ReportProject.of(workbench), new ReportService(LocalDate::now), tasks, dialogs,
                Platform::runLater, Debouncer.onFxThread(QUIET));
        Parent root = new ReportView(model).root();
        // Other steps change the project without telling this one: look again whenever the step is shown,
        // and while it is shown, whenever the workbench reports a change.
        root.sceneProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.refresh();
            }
        });
        Runnable whileShown = () -> {
            if (root.getScene() != null) {
                model.refresh();
            }
        };
        workbench.projectFileProperty().addListener((obs, old, now) -> whileShown.run());
        workbench.modifiedProperty().addListener((obs, old, now) -> whileShown.run());
        workbench.data().revisionProperty().addListener((obs, old, now) -> whileShown.run());
        view = root;
        return view;
    }
}
