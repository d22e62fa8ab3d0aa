package org.segmentlab.ui.workbench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import org.segmentlab.core.project.Project;
import org.segmentlab.core.project.ProjectSettings;
import org.segmentlab.ui.task.BackgroundTask;
import org.segmentlab.ui.task.TaskHandle;
import org.segmentlab.ui.task.TaskRunner;

/**
 * What the steps of one open project may reach of the workbench: the project's settings, the status
 * line, and a task runner. Everything goes through here so that closing the project cuts it off at
 * once: its running work is cancelled, nothing it started afterwards reports back, and a late write
 * of its settings cannot land in the project that replaced it. Used on the FX thread only.
 */
public final class SessionScope implements TaskRunner {

    private final WorkbenchViewModel workbench;
    private final TaskRunner runner;
    private final List<TaskHandle> running = new ArrayList<>();
    private final javafx.beans.property.ObjectProperty<Path> projectFile =
            new javafx.beans.property.SimpleObjectProperty<>(this, "projectFile");
    private final javafx.beans.property.BooleanProperty modified =
            new javafx.beans.property.SimpleBooleanProperty(this, "modified");
    private boolean open = true;

    SessionScope(WorkbenchViewModel workbench, TaskRunner runner) {
        this.workbench = Objects.requireNonNull(workbench);
        this.runner = Objects.requireNonNull(runner);
        // Bound, not listened to: a binding holds the scope weakly, and close() cuts it.
        projectFile.bind(workbench.projectFileProperty());
        modified.bind(workbench.modifiedProperty());
    }

    /** A scope over a workbench model, for tests that build a session by hand. */
    public static SessionScope of(WorkbenchViewModel workbench, TaskRunner runner) {
        return new SessionScope(workbench, runner);
    }

    public boolean isOpen() {
        return open;
    }

    /** The open project as it stands now (the workbench's, while this session is the open one). */
    public Project project() {
        return workbench.currentProject();
    }

    /** Changes the project's step settings, unless this session has been closed. */
    public void updateSettings(UnaryOperator<ProjectSettings> change) {
        if (open) {
            workbench.updateSettings(change);
        }
    }

    /** Shows a message in the status bar, unless this session has been closed. */
    public void status(String message) {
        if (open) {
            workbench.statusProperty().set(message);
        }
    }

    public Path projectFile() {
        return projectFile.get();
    }

    /** The project's file; it stops following the workbench when the session closes. */
    public ReadOnlyObjectProperty<Path> projectFileProperty() {
        return projectFile;
    }

    /** Whether the project has unsaved changes; it stops following the workbench when the session closes. */
    public ReadOnlyBooleanProperty modifiedProperty() {
        return modified;
    }

    /** Starts work for this session; once it is closed, nothing starts and nothing reports back. */
    @Override
    public <T> TaskHandle run(BackgroundTask<T> task) {
        if (!open) {
            return () -> { };
        }
        boolean[] finished = {false};
        TaskHandle[] handle = new TaskHandle[1];
        TaskHandle started = runner.run(task.whileOpen(() -> open, () -> {
            finished[0] = true;
            if (handle[0] != null) {
                running.remove(handle[0]);
            }
        }));
        handle[0] = started;
        if (!finished[0]) {
            running.add(started);
        }
        return started;
    }

    /** Ends the session: cancels its running work and cuts off its callbacks and settings. */
    void close() {
        if (!open) {
            return;
        }
        open = false;
        projectFile.unbind();
        modified.unbind();
        List<TaskHandle> stop = List.copyOf(running);
        running.clear();
        stop.forEach(TaskHandle::cancel);
    }

    /** How many of its tasks are still running, for tests. */
    int runningTasks() {
        return running.size();
    }
}
