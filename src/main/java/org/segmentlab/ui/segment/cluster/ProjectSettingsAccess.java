package org.segmentlab.ui.segment.cluster;

import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.segmentlab.core.project.ProjectSettings;

/**
 * The part of the open project the Clusters panel reads and changes: its step settings. The
 * workbench answers with the current project and marks it modified on every change.
 */
public interface ProjectSettingsAccess {

    ProjectSettings settings();

    void update(UnaryOperator<ProjectSettings> change);

    static ProjectSettingsAccess of(Supplier<ProjectSettings> settings, Consumer<UnaryOperator<ProjectSettings>> update) {
        return new ProjectSettingsAccess() {
            @Override
            public ProjectSettings settings() {
                return settings.get();
            }

            @Override
            public void update(UnaryOperator<ProjectSettings> change) {
                update.accept(change);
            }
        };
    }

    /** Settings held in memory only, for a panel shown outside a project and for tests. */
    static ProjectSettingsAccess inMemory() {
        ProjectSettings[] held = {ProjectSettings.EMPTY};
        return of(() -> held[0], change -> held[0] = change.apply(held[0]));
    }
}
