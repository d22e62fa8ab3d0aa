package org.segmentlab.core.project;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import org.segmentlab.core.AtomicWrite;

/**
 * Writes a file so that readers (and a crash) only ever see the old content or the complete new
 * one; see {@link AtomicWrite}, which does the work for every file SegmentLab writes.
 */
public final class AtomicFiles {

    /** Writes the content of a file to the stream it is given. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    public static void write(Path target, byte[] bytes) throws IOException {
        AtomicWrite.write(target, bytes);
    }

    /**
     * Writes {@code content} to {@code target}, replacing it only once everything was written.
     * If {@code content} throws, the target is left as it was and the temporary file is removed.
     */
    public static void write(Path target, Content content) throws IOException {
        AtomicWrite.write(target, content::writeTo);
    }
}
