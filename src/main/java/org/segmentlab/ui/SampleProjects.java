package org.segmentlab.ui;

import java.nio.file.Path;
import org.segmentlab.core.Progress;

/** Writes the sample projects the workbench can open with {@code --sample NAME}. */
final class SampleProjects {

    private SampleProjects() {
    }

    static Path write(String name, Path folder, Progress progress) {
        throw new IllegalArgumentException("No sample project named \"" + name + "\" in this build");
    }
}
