package org.segmentlab.core.project;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import org.segmentlab.core.features.prep.PrepStep;

/**
 * Which customer features the project builds and how it prepares them. Null fields take the
 * Customers step's defaults.
 *
 * @param families          feature families to build (e.g. {@code rfm}, {@code sessions}, {@code tenure}); null = all that the sources allow
 * @param selected          the features the user chose for clustering and models, in their order; null = not chosen yet
 * @param windowDays        length of the look-back window in days
 * @param sessionGapMinutes a pause longer than this starts a new session
 * @param preparation       the preparation steps, in the order they run; null = none chosen yet
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"asOf", "windowDays", "sessionGapMinutes", "families", "selected", "preparation"})
public record FeatureSettings(LocalDate asOf, Integer windowDays, List<String> families, List<String> selected,
                              Integer sessionGapMinutes, List<PrepStep> preparation) {

    public static final FeatureSettings DEFAULTS = new FeatureSettings(null, null, null, null, null, null);

    @JsonCreator
    public FeatureSettings {
        families = families == null ? null : List.copyOf(families);
        selected = selected == null ? null : List.copyOf(selected);
        preparation = preparation == null ? null : List.copyOf(preparation);
    }

    /** Settings without a session gap or preparation of their own. */
    public FeatureSettings(LocalDate asOf, Integer windowDays, List<String> families, List<String> selected) {
        this(asOf, windowDays, families, selected, null, null);
    }

    public FeatureSettings withAsOf(LocalDate newAsOf) {
        return new FeatureSettings(newAsOf, windowDays, families, selected, sessionGapMinutes, preparation);
    }

    public FeatureSettings withWindowDays(Integer newWindowDays) {
        return new FeatureSettings(asOf, newWindowDays, families, selected, sessionGapMinutes, preparation);
    }

    public FeatureSettings withFamilies(List<String> newFamilies) {
        return new FeatureSettings(asOf, windowDays, newFamilies, selected, sessionGapMinutes, preparation);
    }

    public FeatureSettings withSelected(List<String> newSelected) {
        return new FeatureSettings(asOf, windowDays, families, newSelected, sessionGapMinutes, preparation);
    }

    public FeatureSettings withSessionGapMinutes(Integer minutes) {
        return new FeatureSettings(asOf, windowDays, families, selected, minutes, preparation);
    }

    public FeatureSettings withPreparation(List<PrepStep> steps) {
        return new FeatureSettings(asOf, windowDays, families, selected, sessionGapMinutes, steps);
    }
}
