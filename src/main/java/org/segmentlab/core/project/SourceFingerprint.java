package org.segmentlab.core.project;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What a data file was when the project took it: its size in bytes, its modification time and the
 * SHA-256 of its content. Any field may be absent (unknown).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record SourceFingerprint(Long size, Instant modified, String sha256) {

    /** The fingerprint of the file as it is now. */
    public static SourceFingerprint of(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
        long size = 0;
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
                size += n;
            }
        }
        return new SourceFingerprint(size, Files.getLastModifiedTime(file).toInstant(),
                HexFormat.of().formatHex(digest.digest()));
    }

    /**
     * What differs between this fingerprint (the one kept) and {@code now}; empty when nothing known
     * does. The same content under a new modification time (a copy, a touch) is no change.
     */
    public List<String> changesTo(SourceFingerprint now) {
        List<String> changes = new ArrayList<>();
        if (sha256 != null && sha256.equals(now.sha256) && (size == null || size.equals(now.size))) {
            return changes;
        }
        if (size != null && now.size != null && !size.equals(now.size)) {
            changes.add(String.format(Locale.ROOT, "size %,d → %,d bytes", size, now.size));
        }
        if (modified != null && now.modified != null && !modified.equals(now.modified)) {
            changes.add("modified " + modified + " → " + now.modified);
        }
        if (sha256 != null && now.sha256 != null && !Objects.equals(sha256, now.sha256)) {
            changes.add("content differs (SHA-256)");
        }
        return changes;
    }
}
