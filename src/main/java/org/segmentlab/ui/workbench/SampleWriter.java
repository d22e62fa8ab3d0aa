package org.segmentlab.ui.workbench;

import java.io.IOException;
import java.nio.file.Path;
import org.segmentlab.core.Progress;

/** Writes a sample project (its data and project file) into a folder and tells where the project file is. */
@FunctionalInterface
public interface SampleWriter {

    /** @throws IllegalArgumentException when there is no sample of that name */
    Path write(String name, Path folder, Progress progress) throws IOException;
}
