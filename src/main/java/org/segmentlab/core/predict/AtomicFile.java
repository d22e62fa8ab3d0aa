package org.segmentlab.core.predict;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import org.segmentlab.core.AtomicWrite;

/** Writes a file so readers see the old content or the new, never half (see {@link AtomicWrite}). */
final class AtomicFile {

    /** Writes the content to an output stream. */
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    static void write(Path file, Content content) throws IOException {
        AtomicWrite.write(file, content::writeTo);
    }
}
