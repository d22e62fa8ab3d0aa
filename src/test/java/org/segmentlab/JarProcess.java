package org.segmentlab;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the launcher in a fresh JVM with the production logging configuration (not the test one),
 * no display and a chosen home folder, as a user would run the jar.
 */
public final class JarProcess {

    /** What the process printed and how it ended. */
    public record Result(int exitCode, String stdout, String stderr) {
    }

    private JarProcess() {
    }

    public static Result run(Map<String, String> env, List<String> jvmOptions, String... args)
            throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.add("-cp");
        command.add(productionClassPath());
        command.addAll(jvmOptions);
        command.add(Launcher.class.getName());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        pb.environment().putAll(env);
        Path out = Files.createTempFile("segmentlab-out", ".txt");
        Path err = Files.createTempFile("segmentlab-err", ".txt");
        try {
            pb.redirectOutput(out.toFile());
            pb.redirectError(err.toFile());
            Process p = pb.start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("the process did not end: " + command);
            }
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /**
     * This JVM's class path without the test classes: the launcher needs none of them, and without
     * the tests' {@code logback-test.xml} the process logs as the application does.
     */
    static String productionClassPath() {
        Path testClasses = Path.of("target/test-classes").toAbsolutePath().normalize();
        List<String> kept = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (entry.isEmpty() || !Path.of(entry).toAbsolutePath().normalize().equals(testClasses)) {
                kept.add(entry);
            }
        }
        return String.join(File.pathSeparator, kept);
    }
}
