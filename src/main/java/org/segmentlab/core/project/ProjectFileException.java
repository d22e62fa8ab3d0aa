package org.segmentlab.core.project;

import java.nio.file.Path;

/**
 * A project file that cannot be read or written. The message names the file and the problem in
 * one line (with line and column for broken JSON), fit to show the user as it is.
 */
public final class ProjectFileException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Path file;

    public ProjectFileException(Path file, String problem) {
        super(file.getFileName() + ": " + problem);
        this.file = file;
    }

    public ProjectFileException(Path file, String problem, Throwable cause) {
        super(file.getFileName() + ": " + problem, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
