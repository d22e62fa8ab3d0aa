package org.segmentlab.core.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AutosaveServiceTest {

    private static final Instant NOON = Instant.parse("2026-11-20T12:00:00Z");

    @TempDir
    Path dir;

    private final ManualScheduler scheduler = new ManualScheduler();
    private final AtomicReference<Project> open = new AtomicReference<>(Project.named("Open project"));
    private final AtomicReference<Path> openFile = new AtomicReference<>();

    private AutosaveService service(Duration interval) {
        return new AutosaveService(open::get, openFile::get, scheduler, dir.resolve("recovery"), interval,
                Clock.fixed(NOON, ZoneOffset.UTC));
    }

    @Test
    void writesARecoveryCopyOnceTheIntervalHasPassed() throws Exception {
        AutosaveService autosave = service(Duration.ofSeconds(60));
        autosave.start();

        scheduler.advance(Duration.ofSeconds(59));
        assertThat(autosave.recoveryFile()).doesNotExist();

        scheduler.advance(Duration.ofSeconds(1));
        assertThat(autosave.recoveryFile()).exists();
        assertThat(scheduler.periods()).containsExactly(Duration.ofSeconds(60));
    }

    @Test
    void theIntervalCanBeSet() throws Exception {
        AutosaveService autosave = service(Duration.ofSeconds(5));
        autosave.start();

        scheduler.advance(Duration.ofSeconds(5));

        assertThat(autosave.recoveryFile()).exists();
        assertThat(scheduler.periods()).containsExactly(Duration.ofSeconds(5));
    }

    @Test
    void writesOnlyWhenTheProjectChanged() throws Exception {
        AutosaveService autosave = service(Duration.ofSeconds(60));

        assertThat(autosave.saveNow()).isTrue();
        assertThat(autosave.saveNow()).isFalse();

        open.set(open.get().withSeed(99));
        assertThat(autosave.saveNow()).isTrue();
        assertThat(autosave.findRecovery()).isEmpty();
    }

    @Test
    void aSessionThatCrashedLeavesACopyTheNextSessionFinds() throws Exception {
        Path projectFile = dir.resolve("work").resolve("retail.slproj.json");
        openFile.set(projectFile);
        Project edited = ProjectFixtures.everyField(projectFile.getParent(), dir.resolve("shared"));
        open.set(edited);
        AutosaveService crashed = service(Duration.ofSeconds(60));
        crashed.start();
        scheduler.advance(Duration.ofSeconds(60));
        // the process dies here: close() is never called

        AutosaveService next = service(Duration.ofSeconds(60));
        Optional<Recovery> recovery = next.findRecovery();

        assertThat(recovery).isPresent();
        assertThat(recovery.get().savedAt()).isEqualTo(NOON);
        assertThat(recovery.get().original()).contains(projectFile.toAbsolutePath());
        assertThat(recovery.get().project()).isEqualTo(edited);

        next.discard(recovery.get());
        assertThat(next.findRecovery()).isEmpty();
    }

    @Test
    void aCleanCloseLeavesNothingToRecover() throws Exception {
        AutosaveService session = service(Duration.ofSeconds(60));
        session.start();
        scheduler.advance(Duration.ofSeconds(120));
        assertThat(session.recoveryFile()).exists();

        session.close();
        scheduler.advance(Duration.ofSeconds(120));

        assertThat(session.recoveryFile()).doesNotExist();
        assertThat(service(Duration.ofSeconds(60)).findRecovery()).isEmpty();
    }

    @Test
    void savingTheProjectRemovesTheCopyUntilTheNextChange() throws Exception {
        AutosaveService autosave = service(Duration.ofSeconds(60));
        autosave.saveNow();

        autosave.saved(open.get());
        assertThat(autosave.recoveryFile()).doesNotExist();
        assertThat(autosave.saveNow()).isFalse();

        open.set(open.get().withName("Renamed"));
        assertThat(autosave.saveNow()).isTrue();
    }

    @Test
    void anUnreadableRecoveryFileIsSkipped() throws Exception {
        Files.createDirectories(dir.resolve("recovery"));
        long thisProcess = ProcessHandle.current().pid();
        Files.writeString(dir.resolve("recovery").resolve("autosave-" + thisProcess + "-x.slrecovery.json"),
                "{ not json");
        AutosaveService crashed = service(Duration.ofSeconds(60));
        crashed.saveNow();

        Optional<Recovery> found = service(Duration.ofSeconds(60)).findRecovery();

        assertThat(found).isPresent();
        assertThat(found.get().file()).isEqualTo(crashed.recoveryFile());
    }

    @Test
    void theCopyOfAnotherRunningWorkbenchIsLeftAlone() throws Exception {
        long otherProcess = ProcessHandle.current().parent().orElseThrow().pid();
        AutosaveService session = service(Duration.ofSeconds(60));
        session.saveNow();
        Path otherCopy = session.recoveryFile().resolveSibling("autosave-" + otherProcess + "-y.slrecovery.json");
        Files.move(session.recoveryFile(), otherCopy);

        assertThat(service(Duration.ofSeconds(60)).findRecovery()).isEmpty();
        assertThat(otherCopy).exists();
    }
}
