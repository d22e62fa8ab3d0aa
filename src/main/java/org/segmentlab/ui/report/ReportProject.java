package org.segmentlab.ui.report;

import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.segmentlab.core.project.Project;
import org.segmentlab.core.project.ProjectSettings;
import org.segmentlab.ui.workbench.WorkbenchViewModel;

/**
 * The open project as the Report step sees it: the project as it stands (saved or not), the file it
 * was opened from, and a way to change its settings.
 */
public interface ReportProject {

    Project current();

    /** The project's file; null for a project that was never saved. */
    Path file();

    void update(UnaryOperator<ProjectSettings> change);

    /** Tells the user, where the workbench shows such news (its status bar), what just happened. */
    default void tell(String news) {
        // nobody to tell
    }

    static ReportProject of(WorkbenchViewModel workbench) {
        return new ReportProject() {
            @Override
            public Project current() {
                return workbench.currentProject();
            }

            @Override
            public Path file() {
                return workbench.projectFileProperty().get();
            }

            @Override
            public void update(UnaryOperator<ProjectSettings> change) {
                workbench.updateSettings(change);
            }

            @Override
            public void tell(String news) {
                workbench.statusProperty().set(news);
            }
        };
    }

    /** A project held in memory only, for tests and for a step shown outside the workbench. */
    static ReportProject inMemory(Project project, Path file) {
        Project[] held = {project};
        return new ReportProject() {
            @Override
            public Project current() {
                return held[0];
            }

            @Override
            public Path file() {
                return file;
            }

            @Override
            public void update(UnaryOperator<ProjectSettings> change) {
                held[0] = held[0].withSettings(change.apply(held[0].settings()));
            }
        };
    }
}
