package org.segmentlab.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

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

    /**
     * The log file when its folder exists or can be made and is writable; empty otherwise (a home
     * folder that is missing or read-only), in which case SegmentLab logs nowhere rather than fail.
     */
    public static Optional<Path> usableLogFile() {
        try {
            Path file = logFile();
            Path folder = file.getParent();
            Files.createDirectories(folder);
            boolean usable = Files.isDirectory(folder) && Files.isWritable(folder)
                    && (!Files.exists(file) || Files.isRegularFile(file) && Files.isWritable(file));
            return usable ? Optional.of(file) : Optional.empty();
        } catch (IOException | InvalidPathException | SecurityException e) {
            return Optional.empty();
        }
    }

    public static Path recoveryDir() {
        return home().resolve("recovery");
    }
}
