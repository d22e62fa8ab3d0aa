package org.segmentlab.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real public datasets that sit beside the repository in {@code ../shared/datasets} (or where
 * {@code -Dsegmentlab.datasets=DIR} points). They are never copied into the repository. Where they
 * are absent, a test that needs one is skipped and the reason is printed.
 */
public final class SharedDatasets {

    private SharedDatasets() {
    }

    public static Path root() {
        String override = System.getProperty("segmentlab.datasets");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        // Surefire runs with the module directory as working directory.
        return Path.of("").toAbsolutePath().resolve("../shared/datasets").normalize();
    }

    /** The file at {@code relative} under the datasets folder; skips the calling test when it is missing. */
    public static Path require(String relative) {
        Path file = root().resolve(relative);
        if (!Files.isRegularFile(file)) {
            String reason = "skipped: dataset " + relative + " not found under " + root()
                    + " (the shared datasets folder is not beside this checkout)";
            System.err.println(reason);
            assumeTrue(false, reason);
        }
        return file;
    }

    public static boolean available(String relative) {
        return Files.isRegularFile(root().resolve(relative));
    }
}
