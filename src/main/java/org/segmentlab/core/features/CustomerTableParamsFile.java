package org.segmentlab.core.features;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.segmentlab.core.AtomicWrite;

/**
 * Reads and writes a {@link CustomerTableParams} as a JSON spec file ({@code segmentlab features --spec}).
 * The project file embeds the same JSON.
 */
public final class CustomerTableParamsFile {

    private final ObjectMapper json = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /**
     * @throws IllegalArgumentException naming the file, and the line and column where it applies
     */
    public CustomerTableParams read(Path file) throws IOException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(file.getFileName() + ": no such file");
        }
        try {
            return fromJson(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    public void write(CustomerTableParams params, Path file) throws IOException {
        AtomicWrite.write(file, toJson(params).getBytes(StandardCharsets.UTF_8));
    }

    public String toJson(CustomerTableParams params) {
        try {
            return json.writeValueAsString(params);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the feature spec cannot be written as JSON", e);
        }
    }

    /**
     * @throws IllegalArgumentException with the problem and its line and column
     */
    public CustomerTableParams fromJson(String text) {
        try {
            return json.readValue(text, CustomerTableParams.class);
        } catch (UnrecognizedPropertyException e) {
            // the location of a creator's unknown field is the end of its object: name the field instead
            throw new IllegalArgumentException("unknown field \"" + e.getPropertyName() + "\" in "
                    + e.getReferringClass().getSimpleName() + "; known fields are " + e.getKnownPropertyIds(), e);
        } catch (ValueInstantiationException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new IllegalArgumentException(where(e.getLocation()) + cause.getMessage(), e);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(where(e.getLocation()) + e.getOriginalMessage(), e);
        }
    }

    private static String where(JsonLocation location) {
        return location == null ? "" : "line " + location.getLineNr() + ", column " + location.getColumnNr() + ": ";
    }
}
