package org.segmentlab.core.project;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.segmentlab.core.AppDirs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a recovery copy of the open project at a fixed interval (only when it changed), and finds
 * the copy a session left behind when it did not end cleanly.
 *
 * <p>Each session writes its own file, {@code autosave-PID-SESSION.slrecovery.json}, in the
 * recovery folder; {@link #close()} (a clean shutdown) deletes it. At the next start
 * {@link #findRecovery()} offers a file from another session whose process is gone.
 * Files of other processes still running are left alone, so two open workbenches do not
 * recover each other.
 */
public final class AutosaveService implements AutoCloseable {

    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(60);

    private static final Logger LOG = LoggerFactory.getLogger(AutosaveService.class);
    private static final String PREFIX = "autosave-";
    private static final String SUFFIX = ".slrecovery.json";

    private final Supplier<Project> project;
    private final Supplier<Path> projectFile;
    private final ScheduledExecutorService scheduler;
    private final Path recoveryDir;
    private final Duration interval;
    private final Clock clock;
    private final ProjectStore store = new ProjectStore();
    private final long pid = ProcessHandle.current().pid();
    private final Path recoveryFile;

    private ScheduledFuture<?> schedule;
    private Project lastWritten;
    private Path lastWrittenPath;

    /**
     * @param project     the project as it is now; called on the scheduler's thread, so it must
     *                    hand out an immutable snapshot (a {@link Project} is one)
     * @param projectFile where the project is saved, or null while it has never been saved
     */
    public AutosaveService(Supplier<Project> project, Supplier<Path> projectFile,
                           ScheduledExecutorService scheduler, Path recoveryDir, Duration interval, Clock clock) {
        this.project = Objects.requireNonNull(project, "project");
        this.projectFile = Objects.requireNonNull(projectFile, "projectFile");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.recoveryDir = Objects.requireNonNull(recoveryDir, "recoveryDir");
        this.interval = Objects.requireNonNull(interval, "interval");
        if (interval.isZero() || interval.isNegative()) {
            throw new IllegalArgumentException("the autosave interval must be positive, not " + interval);
        }
        this.clock = Objects.requireNonNull(clock, "clock");
        this.recoveryFile = recoveryDir.resolve(PREFIX + pid + "-" + UUID.randomUUID() + SUFFIX);
    }

    /** Every 60 s into {@link AppDirs#recoveryDir()}. */
    public AutosaveService(Supplier<Project> project, Supplier<Path> projectFile, ScheduledExecutorService scheduler) {
        this(project, projectFile, scheduler, AppDirs.recoveryDir(), DEFAULT_INTERVAL, Clock.systemUTC());
    }

    /** Starts writing recovery copies every interval. */
    public synchronized void start() {
        if (schedule == null) {
            long millis = interval.toMillis();
            schedule = scheduler.scheduleWithFixedDelay(this::autosave, millis, millis, TimeUnit.MILLISECONDS);
        }
    }

    /**
     * Writes a recovery copy now if the project changed since the last copy (or the last
     * {@link #saved} call). Returns whether it wrote one.
     */
    public synchronized boolean saveNow() throws IOException {
        Project current = project.get();
        Path path = projectFile.get();
        if (current == null || (current.equals(lastWritten) && Objects.equals(path, lastWrittenPath))) {
            return false;
        }
        ObjectNode root = store.mapper().createObjectNode();
        root.put(ProjectStore.VERSION_FIELD, ProjectStore.SCHEMA_VERSION);
        root.put("savedAt", clock.instant().toString());
        if (path != null) {
            root.put("originalPath", path.toAbsolutePath().toString());
        }
        root.set("project", store.toTree(current, null));
        Files.createDirectories(recoveryDir);
        AtomicFiles.write(recoveryFile, store.writer().writeValueAsBytes(root));
        lastWritten = current;
        lastWrittenPath = path;
        LOG.debug("Autosaved '{}' to {}", current.name(), recoveryFile);
        return true;
    }

    /**
     * Tells the service the user just saved {@code savedProject}: the recovery copy is no longer
     * needed, and none is written until the project changes again.
     */
    public synchronized void saved(Project savedProject) throws IOException {
        Files.deleteIfExists(recoveryFile);
        lastWritten = savedProject;
        lastWrittenPath = projectFile.get();
    }

    /**
     * The newest recovery copy left by a session that did not end cleanly, if any. Unreadable
     * recovery files are logged and skipped.
     */
    public Optional<Recovery> findRecovery() {
        if (!Files.isDirectory(recoveryDir)) {
            return Optional.empty();
        }
        List<Recovery> found = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(recoveryDir, PREFIX + "*" + SUFFIX)) {
            for (Path file : files) {
                if (!file.equals(recoveryFile) && !belongsToRunningProcess(file)) {
                    read(file).ifPresent(found::add);
                }
            }
        } catch (IOException e) {
            LOG.warn("Cannot list the recovery folder {}: {}", recoveryDir, e.toString());
        }
        return found.stream().max(Comparator.comparing(Recovery::savedAt));
    }

    /** Deletes a recovery copy the user does not want (or has restored and saved). */
    public void discard(Recovery recovery) throws IOException {
        Files.deleteIfExists(recovery.file());
    }

    /** The file this session writes its copies to. */
    public Path recoveryFile() {
        return recoveryFile;
    }

    /** A clean shutdown: stops autosaving and deletes this session's recovery copy. */
    @Override
    public synchronized void close() throws IOException {
        if (schedule != null) {
            schedule.cancel(false);
            schedule = null;
        }
        Files.deleteIfExists(recoveryFile);
    }

    private void autosave() {
        try {
            saveNow();
        } catch (IOException | RuntimeException e) {
            // A failing autosave must not stop the schedule, nor bother the user every minute.
            LOG.warn("Autosave to {} failed: {}", recoveryFile, e.toString());
        }
    }

    private boolean belongsToRunningProcess(Path file) {
        String name = file.getFileName().toString();
        int dash = name.indexOf('-', PREFIX.length());
        if (dash < 0) {
            return false;
        }
        try {
            long owner = Long.parseLong(name.substring(PREFIX.length(), dash));
            // This process's other sessions ended without close(), so their copies are fair game.
            return owner != pid && ProcessHandle.of(owner).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private Optional<Recovery> read(Path file) {
        try {
            byte[] bytes = ProjectStore.readBytes(file);
            JsonNode root = store.parse(file, bytes);
            ProjectStore.checkVersion(file, root);
            JsonNode original = root.get("originalPath");
            Path originalPath = original == null || original.isNull() ? null : Path.of(original.asText());
            Path folder = originalPath == null ? null : originalPath.toAbsolutePath().getParent();
            Project recovered = store.fromTree(root.path("project"), folder);
            Instant savedAt = Instant.parse(root.path("savedAt").asText());
            return Optional.of(new Recovery(file, savedAt, originalPath, recovered));
        } catch (ProjectFileException e) {
            LOG.warn("Skipping recovery file: {}", e.getMessage());
        } catch (JsonProcessingException | DateTimeParseException | IllegalArgumentException e) {
            LOG.warn("Skipping unreadable recovery file {}: {}", file, e.toString());
        }
        return Optional.empty();
    }
}
