package org.segmentlab.core;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a file so that readers (and a crash) only ever see the old content or the complete new
 * one: the content goes to a temporary file {@code .NAME.<pid>-<nanos>.tmp} in the same folder, is
 * forced to disk, and then replaces the target in one move. The temporary file is created with the
 * process's default permissions (the umask), not owner-only, so the file gets the mode any file the
 * user writes gets. Temporary files of the same target left by a process that died are removed on
 * the next write.
 */
public final class AtomicWrite {

    private static final Logger LOG = LoggerFactory.getLogger(AtomicWrite.class);
    private static final Pattern TEMP_SUFFIX = Pattern.compile("\\.(\\d+)-[0-9a-f]+\\.tmp");

    /** Writes the content of a file to the stream it is given. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicWrite() {
    }

    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes));
    }

    /**
     * Writes {@code content} to {@code target}, replacing it only once everything was written.
     * If {@code content} throws, the target is left as it was and the temporary file is removed.
     */
    public static void write(Path target, Content content) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temp = createTemp(folder, target.getFileName().toString());
        boolean moved = false;
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                 OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16)) {
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            move(temp, target);
            moved = true;
            syncFolder(folder);
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
        }
        removeStaleTemporaries(folder, target.getFileName().toString());
    }

    private static Path createTemp(Path folder, String name) throws IOException {
        // Not Files.createTempFile: that makes the file owner-only on POSIX, and the move would
        // carry those permissions over to a file the user may want to share.
        while (true) {
            Path temp = folder.resolve("." + name + "." + ProcessHandle.current().pid() + "-"
                    + Long.toHexString(System.nanoTime()) + ".tmp");
            try {
                return Files.createFile(temp);
            } catch (FileAlreadyExistsException e) {
                LOG.debug("Temporary file {} exists, trying another name", temp);
            }
        }
    }

    /**
     * Removes {@code .NAME.<pid>-<nanos>.tmp} files whose process is gone (a crash or a kill during
     * an earlier write); those of live processes may be writes under way and stay.
     */
    static void removeStaleTemporaries(Path folder, String name) {
        String prefix = "." + name;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, entry -> {
            String n = entry.getFileName().toString();
            return n.startsWith(prefix) && n.endsWith(".tmp");
        })) {
            for (Path file : files) {
                Matcher m = TEMP_SUFFIX.matcher(file.getFileName().toString().substring(prefix.length()));
                if (!m.matches()) {
                    continue;
                }
                long pid;
                try {
                    pid = Long.parseLong(m.group(1));
                } catch (NumberFormatException e) {
                    continue;
                }
                boolean live = pid == ProcessHandle.current().pid()
                        || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
                if (live) {
                    continue;
                }
                Files.deleteIfExists(file);
                LOG.info("Removed {}, left by an earlier write that did not finish", file);
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("Cannot clear old temporary files of {} in {}: {}", name, folder, e.toString());
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            LOG.debug("Atomic move not supported for {}, replacing it in two steps", target);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes the rename itself durable where the platform allows it (Linux, macOS); elsewhere a no-op. */
    private static void syncFolder(Path folder) {
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | RuntimeException e) {
            LOG.trace("Cannot sync folder {}: {}", folder, e.toString());
        }
    }
}
