package org.segmentlab.core.data;

import java.nio.file.Path;

/**
 * A file that cannot be used at all (missing, unreadable, empty, binary, duplicate column names...).
 * The message names the file and the problem in one line, fit to show the user as it is.
 */
public final class DataFileException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Path file;

    public DataFileException(Path file, String problem) {
        super(file.getFileName() + ": " + problem);
        this.file = file;
    }

    public DataFileException(Path file, String problem, Throwable cause) {
        super(file.getFileName() + ": " + problem, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
