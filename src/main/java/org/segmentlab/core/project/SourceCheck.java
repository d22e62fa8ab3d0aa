package org.segmentlab.core.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks a project's data files before they are read: files in system folders are refused (a
 * project file must not make SegmentLab read {@code /etc/shadow} and show it), files outside the
 * project's folder are pointed out, and files that changed since the project took them are named
 * with what changed. The CLI prints this on stderr; the app shows it as a banner.
 */
public final class SourceCheck {

    /** Folders whose files a project never reads (system configuration, devices, kernel views). */
    private static final List<String> UNIX_SYSTEM = List.of("/etc", "/proc", "/sys", "/dev", "/boot",
            "/private/etc", "/private/var/db", "/System");

    /**
     * One source as checked.
     *
     * @param file    where its file is (resolved against the project's folder)
     * @param outside whether the file is outside the project's folder
     * @param refused why the file is not read (a system folder), or empty
     * @param missing whether the file is not there
     * @param changes what changed since the project took the file (size, time, content); empty when
     *                nothing did or nothing was known
     */
    public record Status(DataSourceRef source, Path file, boolean outside, Optional<String> refused,
                         boolean missing, List<String> changes) {

        public Status {
            changes = List.copyOf(changes);
        }

        public boolean changed() {
            return !changes.isEmpty();
        }

        /** One line for the user: "transactions.csv changed since the project took it: size 9 → 3 bytes". */
        public String changeMessage() {
            return "data source '" + source.id() + "' (" + file + ") changed since the project took it: "
                    + String.join(", ", changes);
        }
    }

    private SourceCheck() {
    }

    /** Checks every data file of a project saved (or to be saved) at {@code projectFile}; reads each file once. Database sources are not listed. */
    public static List<Status> check(Project project, Path projectFile) {
        List<Status> out = new ArrayList<>();
        Path folder = folderOf(projectFile);
        for (DataSourceRef source : project.sources()) {
            if (source.fromDatabase()) {
                continue; // a database table has no file to check; it is read as it is now
            }
            out.add(check(source, ProjectStore.resolve(source, projectFile), folder));
        }
        return out;
    }

    private static Status check(DataSourceRef source, Path file, Path folder) {
        boolean outside = !file.toAbsolutePath().normalize().startsWith(folder);
        Optional<String> refused = refusal(file);
        if (refused.isPresent()) {
            return new Status(source, file, outside, refused, false, List.of());
        }
        if (!Files.isRegularFile(file)) {
            return new Status(source, file, outside, refused, true, List.of());
        }
        List<String> changes = List.of();
        if (source.fingerprint() != null) {
            try {
                changes = source.fingerprint().changesTo(SourceFingerprint.of(file));
            } catch (IOException e) {
                changes = List.of("cannot be read to compare (" + e.getMessage() + ")");
            }
        }
        return new Status(source, file, outside, refused, false, changes);
    }

    /**
     * Why a file is not read, or empty: a file in a system folder ({@code /etc}, {@code /proc},
     * {@code /sys}, {@code /dev}, the Windows folder, macOS's system folders), also when a link or
     * {@code ..} leads there.
     */
    public static Optional<String> refusal(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path real = absolute;
        try {
            real = absolute.toRealPath();
        } catch (IOException | SecurityException e) {
            real = absolute;
        }
        for (Path p : List.of(absolute, real)) {
            String unix = p.toString().replace('\\', '/');
            for (String system : UNIX_SYSTEM) {
                if (unix.equals(system) || unix.startsWith(system + "/")) {
                    return Optional.of("is in the system folder " + system + "; a project does not read files there");
                }
            }
            String lower = unix.toLowerCase(Locale.ROOT);
            String windows = windowsFolder();
            if (lower.matches("^[a-z]:/windows(/.*)?$") || (windows != null && (lower.equals(windows)
                    || lower.startsWith(windows + "/")))) {
                return Optional.of("is in the Windows system folder; a project does not read files there");
            }
        }
        return Optional.empty();
    }

    private static String windowsFolder() {
        String root = System.getenv("SystemRoot");
        return root == null || root.isBlank() ? null : root.replace('\\', '/').toLowerCase(Locale.ROOT);
    }

    /** The project with a fingerprint taken for every source that has none yet and whose file is there. */
    public static Project withFingerprintsTaken(Project project, Path projectFile) {
        List<DataSourceRef> sources = new ArrayList<>();
        boolean any = false;
        for (DataSourceRef source : project.sources()) {
            DataSourceRef kept = source;
            if (source.fingerprint() == null && !source.fromDatabase()) {
                Path file = ProjectStore.resolve(source, projectFile);
                if (refusal(file).isEmpty() && Files.isRegularFile(file)) {
                    try {
                        kept = source.withFingerprint(SourceFingerprint.of(file));
                        any = true;
                    } catch (IOException e) {
                        kept = source;
                    }
                }
            }
            sources.add(kept);
        }
        return any ? project.withSources(sources) : project;
    }

    /** The project taking a source's file as it is now ("use the new data"). */
    public static Project withNewData(Project project, String sourceId, Path projectFile) throws IOException {
        List<DataSourceRef> sources = new ArrayList<>();
        for (DataSourceRef source : project.sources()) {
            sources.add(source.id().equals(sourceId) && !source.fromDatabase()
                    ? source.withFingerprint(SourceFingerprint.of(ProjectStore.resolve(source, projectFile)))
                    : source);
        }
        return project.withSources(sources);
    }

    private static Path folderOf(Path projectFile) {
        Path parent = projectFile.toAbsolutePath().normalize().getParent();
        return parent == null ? projectFile.toAbsolutePath().getRoot() : parent;
    }
}
