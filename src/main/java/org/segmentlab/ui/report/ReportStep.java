package org.segmentlab.ui.report;

import java.time.LocalDate;
import java.util.Objects;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.util.Duration;
import org.segmentlab.ui.common.Icon;
import org.segmentlab.ui.common.WorkbenchStep;
import org.segmentlab.ui.dialog.DialogService;
import org.segmentlab.ui.task.TaskRunner;

/** The Report step: the stakeholder report of the open project, previewed page by page, and its exports. */
public final class ReportStep implements WorkbenchStep {

    /** How long typing must pause before the preview is built again. */
    static final Duration QUIET = Duration.millis(400);

    private final ReportProject project;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private Debouncer debouncer;
    private ReportViewModel model;
    private Node view;

    public ReportStep(ReportProject project, TaskRunner tasks, DialogService dialogs) {
        this.project = Objects.requireNonNull(project);
        this.tasks = Objects.requireNonNull(tasks);
        this.dialogs = Objects.requireNonNull(dialogs);
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

    /**
     * Holds back preview builds with this instead of waiting {@link #QUIET} on the FX thread, e.g. in a
     * test that decides when typing has paused. Only before the view is first shown.
     */
    void debounceWith(Debouncer replacement) {
        if (view != null) {
            throw new IllegalStateException("the Report step's view is already built");
        }
        debouncer = Objects.requireNonNull(replacement);
    }

    /** The view-model; null until the view is first shown. */
    public ReportViewModel model() {
        return model;
    }

    @Override
    public Node view() {
        if (view != null) {
            return view;
        }
        model = new ReportViewModel(project, new ReportService(LocalDate::now), tasks, dialogs, Platform::runLater,
                debouncer != null ? debouncer : Debouncer.onFxThread(QUIET));
        Parent root = new ReportView(model).root();
        // Other steps change the project without telling this one: look again whenever the step is shown,
        // and while it is shown, whenever the workbench reports a change.
        root.sceneProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.refresh();
            }
        });
        ChangeListener<Object> whileShown = (obs, old, now) -> {
            if (root.getScene() != null) {
                model.refresh();
            }
        };
        for (ObservableValue<?> change : project.changes()) {
            change.addListener(whileShown);
        }
        view = root;
        return view;
    }
}
