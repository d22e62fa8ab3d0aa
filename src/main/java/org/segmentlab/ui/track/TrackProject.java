package org.segmentlab.ui.track;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.segmentlab.core.project.Project;
import org.segmentlab.core.project.ProjectSettings;

/**
 * The part of the open project the Over time step reads and changes: the project as it stands (its
 * sources, RFM settings, kept clustering runs and seed), where it is saved, and its step settings.
 */
public interface TrackProject {

    Project project();

    /** Where the project is saved; null for a project never saved. */
    Path projectFile();

    void update(UnaryOperator<ProjectSettings> change);

    static TrackProject of(Supplier<Project> project, Supplier<Path> projectFile,
                           Consumer<UnaryOperator<ProjectSettings>> update) {
        return new TrackProject() {
            @Override
            public Project project() {
                return project.get();
            }

            @Override
            public Path projectFile() {
                return projectFile.get();
            }

            @Override
            public void update(UnaryOperator<ProjectSettings> change) {
                update.accept(change);
            }
        };
    }

    /** A project held in memory, its settings changed in place, for tests. */
    static TrackProject inMemory(Project project, Path projectFile) {
        Project[] held = {project};
        return of(() -> held[0], () -> projectFile, change -> held[0] = held[0].withSettings(change.apply(
                held[0].settings())));
    }
}
