package org.segmentlab.ui.segment.rfm;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.segmentlab.core.project.Project;
import org.segmentlab.core.project.ProjectSettings;
import org.segmentlab.core.project.RfmSettings;

/**
 * The RFM settings of the workbench's open project. The project's own settings are read through
 * {@code project}; what the user changes goes to {@code update}, and is also remembered here
 * until another project is opened (recognised by its settings object), so that the view reads
 * back what it wrote even where the project record has no field for it (columns, actions).
 */
public final class ProjectRfmSettings implements RfmSettingsStore {

    private final Supplier<Project> project;
    private final Consumer<RfmSettings> update;
    private ProjectSettings seen;
    private RfmStepSettings edited;

    public ProjectRfmSettings(Supplier<Project> project, Consumer<RfmSettings> update) {
        this.project = Objects.requireNonNull(project);
        this.update = Objects.requireNonNull(update);
    }

    @Override
    public RfmStepSettings load() {
        ProjectSettings settings = project.get().settings();
        if (settings != seen && (edited == null || !Objects.equals(settings.rfm(), edited.rfm()))) {
            seen = settings;
            edited = null;
        }
        if (edited != null) {
            return edited;
        }
        return new RfmStepSettings(settings.rfm(), null, null);
    }

    @Override
    public void save(RfmStepSettings settings) {
        edited = settings;
        seen = project.get().settings();
        update.accept(settings.rfm());
    }
}
