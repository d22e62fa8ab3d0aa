package org.segmentlab.ui.workbench;

import java.nio.file.Path;
import java.util.function.Supplier;
import org.segmentlab.core.project.AutosaveService;
import org.segmentlab.core.project.Project;

/** Makes the autosave of the open project; the workbench decides where and how often it writes. */
@FunctionalInterface
public interface AutosaveFactory {

    /**
     * @param project     the project as it is now, callable from any thread
     * @param projectFile where it is saved, or null
     */
    AutosaveService create(Supplier<Project> project, Supplier<Path> projectFile);
}
