package org.segmentlab.core.engine;

/**
 * The database refused or could not run what we asked, or a source cannot be used this way. The
 * message is one line in the user's words (the database's own message included), fit for the CLI
 * and the workbench; it never holds a password.
 */
public final class EngineException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public EngineException(String message) {
        super(message);
    }

    public EngineException(String message, Throwable cause) {
        super(message, cause);
    }
}
