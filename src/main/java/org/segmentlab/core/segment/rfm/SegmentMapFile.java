package org.segmentlab.core.segment.rfm;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.segmentlab.core.AtomicWrite;
import org.segmentlab.core.data.DataFileException;

/**
 * A segment map as a JSON file: {@code {"bins":5,"rules":[{"name":"Champions","rMin":5,"rMax":5,
 * "fMin":4,"fMax":5,"mMin":null,"mMax":null,"action":"..."}, ...]}}. The project file holds the
 * same object.
 */
public final class SegmentMapFile {

    private final ObjectMapper json = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    /**
     * Reads a map.
     *
     * @throws DataFileException when the file is missing, is not JSON or does not describe a valid map;
     *                           the message names the file and, where known, the line
     */
    public SegmentMap read(Path file) throws DataFileException {
        try {
            return json.readValue(Files.readAllBytes(file), SegmentMap.class);
        } catch (JacksonException e) {
            Throwable cause = e.getCause();
            String problem = cause instanceof IllegalArgumentException ? cause.getMessage() : e.getOriginalMessage();
            JsonLocation at = e.getLocation();
            String where = at == null || at.getLineNr() < 1 ? "" : " (line " + at.getLineNr() + ")";
            throw new DataFileException(file, "not a valid segment map" + where + ": " + problem, e);
        } catch (NoSuchFileException e) {
            throw new DataFileException(file, "file not found", e);
        } catch (IOException e) {
            throw new DataFileException(file, "cannot be read: " + e.getMessage(), e);
        }
    }

    /** Writes a map: to a temporary file beside it, then moved into place, so a crash leaves the old file whole. */
    public void write(Path file, SegmentMap map) throws IOException {
        AtomicWrite.write(file, json.writeValueAsBytes(map));
    }

    /** The map as JSON text. */
    public String toJson(SegmentMap map) {
        try {
            return json.writeValueAsString(map);
        } catch (JacksonException e) {
            throw new IllegalStateException("a segment map always converts to JSON", e);
        }
    }
}
