package org.segmentlab.core.project;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * A copy of a project that a session autosaved and never cleaned up, because it did not end cleanly.
 *
 * @param file         the recovery file itself
 * @param savedAt      when the copy was written
 * @param originalPath the project file the user was working on; null if it had never been saved
 * @param project      the project as it was then
 */
public record Recovery(Path file, Instant savedAt, Path originalPath, Project project) {

    public Optional<Path> original() {
        return Optional.ofNullable(originalPath);
    }
}
