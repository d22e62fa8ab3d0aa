package org.segmentlab.core.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What a sample generator wrote.
 *
 * @param files every file written, the project file included, in the order they were written
 */
public record SampleResult(String name, Path folder, Path projectFile, List<Path> files) {

    public SampleResult {
        files = List.copyOf(files);
    }

    /** The size of all files written, in bytes. */
    public long totalBytes() {
        long total = 0;
        for (Path file : files) {
            try {
                total += Files.size(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return total;
    }
}
