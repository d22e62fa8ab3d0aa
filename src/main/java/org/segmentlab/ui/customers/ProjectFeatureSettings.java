package org.segmentlab.ui.customers;

import java.util.function.Consumer;
import java.util.function.Supplier;
import org.segmentlab.core.project.FeatureSettings;
import org.segmentlab.core.project.Project;

/**
 * The open project's feature settings. The choices made in this session are kept here until the
 * project changes: another project brings its own settings.
 */
public final class ProjectFeatureSettings implements FeatureSettingsStore {

    private final Supplier<Project> project;
    /** The project's settings when the choices below were made: a different object means another project. */
    private FeatureSettings seen;
    private FeatureSettings chosen;

    private final Consumer<FeatureSettings> update;

    public ProjectFeatureSettings(Supplier<Project> project, Consumer<FeatureSettings> update) {
        this.project = project;
        this.update = update;
    }

    @Override
    public FeatureSettings load() {
        FeatureSettings current = inProject();
        return chosen != null && current == seen ? chosen : current;
    }

    @Override
    public void save(FeatureSettings settings) {
        chosen = settings;
        update.accept(settings);
        seen = inProject();
    }

    private FeatureSettings inProject() {
        FeatureSettings features = project.get().settings().features();
        return features == null ? FeatureSettings.DEFAULTS : features;
    }
}
