package org.segmentlab.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicWriteTest {

    @TempDir
    Path dir;

    /** A process id that is not running: a child that has ended. */
    private static long deadPid() throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        return p.pid();
    }

    @Test
    void temporaryFilesOfACrashedWriteAreRemovedOnTheNextWrite() throws Exception {
        Path target = dir.resolve("shop.slproj.json");
        Path stale = dir.resolve(".shop.slproj.json." + deadPid() + "-1a2b3c.tmp");
        Path live = dir.resolve(".shop.slproj.json." + ProcessHandle.current().pid() + "-99.tmp");
        Path other = dir.resolve(".other.slproj.json." + deadPid() + "-1a2b3c.tmp");
        Files.writeString(stale, "half");
        Files.writeString(live, "under way");
        Files.writeString(other, "not ours");

        AtomicWrite.write(target, "{}".getBytes(StandardCharsets.UTF_8));

        assertThat(target).hasContent("{}");
        assertThat(stale).doesNotExist();
        assertThat(live).exists();
        assertThat(other).exists();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.filter(f -> f.getFileName().toString().startsWith(".shop"))).containsExactly(live);
        }
    }

    @Test
    void theFileGetsTheUsualModeNotOwnerOnly() throws Exception {
        Path target = dir.resolve("rfm.csv");
        AtomicWrite.write(target, "a\n".getBytes(StandardCharsets.UTF_8));
        assertThat(Files.getPosixFilePermissions(target)).contains(PosixFilePermission.OTHERS_READ);
    }
}
