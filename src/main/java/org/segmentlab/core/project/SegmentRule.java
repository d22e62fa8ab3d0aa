package org.segmentlab.core.project;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One row of an RFM segment map: customers whose scores fall in all given ranges belong to
 * {@code segment}. Rules are tried in order, the first match wins.
 *
 * @param monetary null when the rule does not look at M
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"segment", "recency", "frequency", "monetary"})
public record SegmentRule(String segment, ScoreRange recency, ScoreRange frequency, ScoreRange monetary) {

    public SegmentRule {
        if (segment == null || segment.isBlank()) {
            throw new IllegalArgumentException("a segment rule needs a segment name");
        }
        if (recency == null || frequency == null) {
            throw new IllegalArgumentException("segment rule '" + segment + "' needs recency and frequency ranges");
        }
    }

    public boolean matches(int r, int f, int m) {
        return recency.contains(r) && frequency.contains(f) && (monetary == null || monetary.contains(m));
    }
}
