package org.segmentlab.core.project;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * What the analyst made of one segment: its name, its colour in charts and their notes.
 *
 * @param runId     the clustering run it belongs to, or {@code "rfm"} for an RFM segment
 * @param segmentId the segment's number in that run
 * @param colour    a CSS colour such as {@code #3b82f6}; null = the palette's colour for that segment
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"runId", "segmentId", "name", "colour", "notes"})
public record NamedSegment(String runId, int segmentId, String name, String colour, String notes) {

    public NamedSegment {
        if (runId == null || runId.isBlank()) {
            throw new IllegalArgumentException("a named segment needs the run it belongs to");
        }
    }

    public NamedSegment withName(String newName) {
        return new NamedSegment(runId, segmentId, newName, colour, notes);
    }

    public NamedSegment withColour(String newColour) {
        return new NamedSegment(runId, segmentId, name, newColour, notes);
    }

    public NamedSegment withNotes(String newNotes) {
        return new NamedSegment(runId, segmentId, name, colour, newNotes);
    }
}
