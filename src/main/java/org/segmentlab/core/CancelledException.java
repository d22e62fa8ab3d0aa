package org.segmentlab.core;

/** Thrown by a core service that stopped because its {@link Progress} was cancelled. */
public final class CancelledException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CancelledException() {
        super("Cancelled");
    }
}
