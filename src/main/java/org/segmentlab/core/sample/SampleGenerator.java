package org.segmentlab.core.sample;

import java.io.IOException;
import java.nio.file.Path;
import org.segmentlab.core.Progress;

/**
 * Writes one sample project: its data files, a project file with the sources and their roles, and
 * a README.md guide. The same seed always gives byte-identical files.
 */
public interface SampleGenerator {

    /** The name used on the command line, e.g. {@code retail-rfm}. */
    String name();

    /** One line saying what the data are. */
    String summary();

    /**
     * Writes the sample into {@code folder} (created if missing), replacing files of the same names.
     * Each file is written atomically; a cancelled run leaves the files it had not yet written untouched.
     */
    SampleResult write(Path folder, long seed, Progress progress) throws IOException;
}
