package org.segmentlab.cli;

/** A problem with what the user gave the command; printed as one line, exit code 1. */
public final class BadInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BadInputException(String message) {
        super(message);
    }
}
