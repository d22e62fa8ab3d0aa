package org.segmentlab.core.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.segmentlab.core.Progress;

/** Writes small data files for import tests and reads them back. */
final class TestFiles {

    private TestFiles() {
    }

    static Path write(Path dir, String name, String content) {
        return write(dir, name, content, StandardCharsets.UTF_8);
    }

    static Path write(Path dir, String name, String content, Charset charset) {
        return writeBytes(dir, name, content.getBytes(charset));
    }

    static Path writeBytes(Path dir, String name, byte[] bytes) {
        try {
            return Files.write(dir.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ImportedTable read(Path file) throws DataFileException {
        return new TableImporter().read(ImportOptions.of(file), Progress.none());
    }

    static ImportedTable read(ImportOptions options) throws DataFileException {
        return new TableImporter().read(options, Progress.none());
    }

    static ImportedTable read(Path dir, String content) throws DataFileException {
        return read(write(dir, "data.csv", content));
    }

    static ColumnInfo column(ImportedTable t, String name) {
        return t.report().columns().stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no column " + name + " in " + t.report().columns()));
    }
}
