package org.segmentlab.ui.report;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import javafx.beans.value.ObservableValue;
import org.segmentlab.core.project.Project;
import org.segmentlab.core.project.ProjectSettings;

/**
 * The open project as the Report step sees it: the project as it stands (saved or not), the file it
 * was opened from, a way to change its settings, and what changes when it does.
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

    /**
     * What changes when the project does (another project opened, a step's settings edited, data read
     * again); the step looks at the project again then.
     */
    default List<ObservableValue<?>> changes() {
        return List.of();
    }

    /**
     * The workbench's open project.
     *
     * @param current the project as Save would write it
     * @param file    its file, null when never saved
     * @param update  changes its settings (and marks it modified)
     * @param tell    shows news in the status bar
     * @param changes what changes when the project does
     */
    static ReportProject of(Supplier<Project> current, Supplier<Path> file,
                            Consumer<UnaryOperator<ProjectSettings>> update, Consumer<String> tell,
                            ObservableValue<?>... changes) {
        Objects.requireNonNull(current);
        Objects.requireNonNull(file);
        Objects.requireNonNull(update);
        Objects.requireNonNull(tell);
        List<ObservableValue<?>> watched = List.of(changes);
        return new ReportProject() {
            @Override
            public Project current() {
                return current.get();
            }

            @Override
            public Path file() {
                return file.get();
            }

            @Override
            public void update(UnaryOperator<ProjectSettings> change) {
                update.accept(change);
            }

            @Override
            public void tell(String news) {
                tell.accept(news);
            }

            @Override
            public List<ObservableValue<?>> changes() {
                return watched;
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
