package org.segmentlab.core;

import java.nio.file.Path;

/**
 * Where SegmentLab keeps its own files (log, recovery copies). {@code segmentlab.home} overrides
 * the default {@code ~/.segmentlab}, which tests use to stay out of the user's home.
 */
public final class AppDirs {

    private AppDirs() {
    }

    public static Path home() {
        String override = System.getProperty("segmentlab.home");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        return Path.of(System.getProperty("user.home"), ".segmentlab");
    }

    public static Path logFile() {
        return home().resolve("logs").resolve("segmentlab.log");
    }

    public static Path recoveryDir() {
        return home().resolve("recovery");
    }
}
