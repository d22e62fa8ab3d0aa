package org.segmentlab.ui;

import java.io.IOException;
import java.nio.file.Path;
import org.segmentlab.core.Progress;
import org.segmentlab.core.project.Project;
import org.segmentlab.core.sample.SampleGenerator;
import org.segmentlab.core.sample.Samples;

/** Writes the sample projects the workbench can open with {@code --sample NAME}. */
final class SampleProjects {

    private SampleProjects() {
    }

    /** Writes sample {@code name} into {@code folder} with the default seed; returns its project file. */
    static Path write(String name, Path folder, Progress progress) throws IOException {
        SampleGenerator generator = Samples.find(name).orElseThrow(() -> new IllegalArgumentException(
                "No sample project named \"" + name + "\"; the samples are " + String.join(", ", Samples.names())));
        return generator.write(folder, Project.DEFAULT_SEED, progress).projectFile();
    }
}
