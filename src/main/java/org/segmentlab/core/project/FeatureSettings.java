package org.segmentlab.core.project;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;

/**
 * Which customer features the project builds. Null fields take the feature step's defaults.
 *
 * @param families   feature families to build (e.g. {@code rfm}, {@code sessions}, {@code tenure}); null = all that the sources allow
 * @param selected   the features the user chose for clustering and models, in their order; null = not chosen yet
 * @param windowDays length of the recent window for trend features
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"asOf", "windowDays", "families", "selected"})
public record FeatureSettings(LocalDate asOf, Integer windowDays, List<String> families, List<String> selected) {

    public static final FeatureSettings DEFAULTS = new FeatureSettings(null, null, null, null);

    public FeatureSettings {
        families = families == null ? null : List.copyOf(families);
        selected = selected == null ? null : List.copyOf(selected);
    }

    public FeatureSettings withAsOf(LocalDate newAsOf) {
        return new FeatureSettings(newAsOf, windowDays, families, selected);
    }

    public FeatureSettings withWindowDays(Integer newWindowDays) {
        return new FeatureSettings(asOf, newWindowDays, families, selected);
    }

    public FeatureSettings withFamilies(List<String> newFamilies) {
        return new FeatureSettings(asOf, windowDays, newFamilies, selected);
    }

    public FeatureSettings withSelected(List<String> newSelected) {
        return new FeatureSettings(asOf, windowDays, families, newSelected);
    }
}
