package org.segmentlab.core.project;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * What the analyst made of one segment: its name, its colour in charts, their notes and how easy
 * the segment is to reach.
 *
 * @param runId     the clustering run it belongs to, {@code "rfm"} for an RFM segment, or
 *                  {@code "campaign"} for a segment of a campaign's results file
 * @param segmentId the segment's number in that run
 * @param name      the name the analyst gave it; for a campaign's segment, the name its results file
 *                  gives it, which is what it is known by ({@link #isSegment})
 * @param colour    a CSS colour such as {@code #3b82f6}; null = the palette's colour for that segment
 * @param ease      how easy (and cheap) the segment is to reach, 1 (hard) to 5 (easy), as the analyst
 *                  scores it; null = not scored, taken as {@link #DEFAULT_EASE}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"runId", "segmentId", "name", "colour", "notes", "ease"})
public record NamedSegment(String runId, int segmentId, String name, String colour, String notes, Integer ease) {

    /** The run id of the segments of the project's RFM map. */
    public static final String RFM_RUN = "rfm";
    /** The run id of the segments a campaign's results file gives in its segment column ("by"). */
    public static final String CAMPAIGN_RUN = "campaign";
    public static final int MIN_EASE = 1;
    public static final int MAX_EASE = 5;
    /** The ease of a segment nobody has scored: neither easy nor hard. */
    public static final int DEFAULT_EASE = 3;

    @JsonCreator
    public NamedSegment(@JsonProperty("runId") String runId, @JsonProperty("segmentId") int segmentId,
                        @JsonProperty("name") String name, @JsonProperty("colour") String colour,
                        @JsonProperty("notes") String notes, @JsonProperty("ease") Integer ease) {
        if (runId == null || runId.isBlank()) {
            throw new IllegalArgumentException("a named segment needs the run it belongs to");
        }
        if (ease != null && (ease < MIN_EASE || ease > MAX_EASE)) {
            throw new IllegalArgumentException("the ease of segment '" + (name == null ? segmentId : name)
                    + "' must be from " + MIN_EASE + " to " + MAX_EASE + ", not " + ease);
        }
        this.runId = runId;
        this.segmentId = segmentId;
        this.name = name;
        this.colour = colour;
        this.notes = notes;
        this.ease = ease;
    }

    /** A segment whose ease is not scored. */
    public NamedSegment(String runId, int segmentId, String name, String colour, String notes) {
        this(runId, segmentId, name, colour, notes, null);
    }

    /**
     * True when these settings are those of segment {@code segmentId} of run {@code runId}, whose
     * name is {@code segmentName}. A segment is known by its number in its run, except a campaign's:
     * those are numbered in the order of their names in the results file, which a later file (one
     * more segment) can change, so they are known by the name the file gives them. Settings saved
     * for a campaign's segment without a name (by older versions) are known by the number.
     */
    public boolean isSegment(String runId, int segmentId, String segmentName) {
        if (!this.runId.equals(runId)) {
            return false;
        }
        if (CAMPAIGN_RUN.equals(runId) && name != null) {
            return name.equals(segmentName);
        }
        return this.segmentId == segmentId;
    }

    /**
     * The settings among {@code saved} of segment {@code segmentId} of {@code runId}, whose name is
     * {@code segmentName} ({@link #isSegment}): settings known by name before those an older version saved
     * by number only.
     */
    public static java.util.Optional<NamedSegment> find(java.util.List<NamedSegment> saved, String runId,
                                                        int segmentId, String segmentName) {
        NamedSegment byNumber = null;
        for (NamedSegment s : saved) {
            if (s.isSegment(runId, segmentId, segmentName)) {
                if (s.name != null) {
                    return java.util.Optional.of(s);
                }
                if (byNumber == null) {
                    byNumber = s;
                }
            }
        }
        return java.util.Optional.ofNullable(byNumber);
    }

    /** True when these settings and {@code other} are of the same segment ({@link #isSegment}). */
    public boolean isSameSegmentAs(NamedSegment other) {
        if (CAMPAIGN_RUN.equals(runId) && name != null && other.name != null) {
            return runId.equals(other.runId) && name.equals(other.name);
        }
        return runId.equals(other.runId) && segmentId == other.segmentId;
    }

    /** The ease, or {@link #DEFAULT_EASE} when not scored. */
    public int easeOrDefault() {
        return ease == null ? DEFAULT_EASE : ease;
    }

    public NamedSegment withName(String newName) {
        return new NamedSegment(runId, segmentId, newName, colour, notes, ease);
    }

    public NamedSegment withColour(String newColour) {
        return new NamedSegment(runId, segmentId, name, newColour, notes, ease);
    }

    public NamedSegment withNotes(String newNotes) {
        return new NamedSegment(runId, segmentId, name, colour, newNotes, ease);
    }

    /** @param newEase 1..5, or null for not scored */
    public NamedSegment withEase(Integer newEase) {
        return new NamedSegment(runId, segmentId, name, colour, notes, newEase);
    }
}
