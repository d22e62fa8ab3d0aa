package org.segmentlab;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The version of this build: from the jar manifest, else from the version file the build writes
 * beside the classes (runs from classes: tests, {@code javafx:run}), else "unknown build".
 */
public final class Version {
    private Version() {
    }

    public static String current() {
        String v = Version.class.getPackage().getImplementationVersion();
        if (v != null) {
            return v;
        }
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                String filtered = p.getProperty("version");
                if (filtered != null && !filtered.isBlank() && !filtered.contains("${")) {
                    return filtered.strip();
                }
            }
        } catch (IOException e) {
            // the version is only said, never relied on
        }
        return "unknown build";
    }
}
