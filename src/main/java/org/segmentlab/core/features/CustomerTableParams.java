package org.segmentlab.core.features;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.segmentlab.core.features.events.EventFeatureSettings;
import org.segmentlab.core.features.events.EventVocabulary;
import org.segmentlab.core.features.prep.PrepStep;

/**
 * How to build a customer table: the period (as-of day and look-back window, see
 * {@link CustomerTableWindow}), the session rule, the features to keep and the preparation steps.
 * The project file and the CLI's {@code --spec} file hold this record as JSON; fields left out of
 * the JSON take the defaults below, so the same spec can be rebuilt for another period by changing
 * {@code asOf} alone.
 *
 * @param windowDays         look-back window in days (default 90)
 * @param sessionGapMinutes  a pause longer than this starts a new session (default 30)
 * @param topCategories      number of {@code category_share_} columns (default 5)
 * @param features           the features to keep, in order; {@code *} matches any text
 *                           ({@code category_share_*}); empty = every feature the sources give
 * @param preparation        steps run in order on the kept features
 * @param vocabulary         event type names and their meanings (null = {@link EventVocabulary#defaults()})
 * @param includeInactive    also list customers of the attribute file that have no event or purchase
 *                           in the window (zero counts, empty recency); off by default
 */
public record CustomerTableParams(
        @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "yyyy-MM-dd") LocalDate asOf,
        int windowDays, int sessionGapMinutes, int topCategories, List<String> features,
        List<PrepStep> preparation, EventVocabulary vocabulary, boolean includeInactive) {

    public static final int DEFAULT_WINDOW_DAYS = 90;

    public CustomerTableParams {
        Objects.requireNonNull(asOf, "asOf");
        new CustomerTableWindow(asOf, windowDays);
        if (sessionGapMinutes < 1) {
            throw new IllegalArgumentException("the session gap must be at least 1 minute, not " + sessionGapMinutes);
        }
        if (topCategories < 0) {
            throw new IllegalArgumentException("the number of top categories cannot be negative");
        }
        features = features == null ? List.of() : List.copyOf(features);
        preparation = preparation == null ? List.of() : List.copyOf(preparation);
    }

    /** Every feature, no preparation, the default window and session gap. */
    public static CustomerTableParams of(LocalDate asOf) {
        return new CustomerTableParams(asOf, DEFAULT_WINDOW_DAYS, EventFeatureSettings.DEFAULT_SESSION_GAP_MINUTES,
                EventFeatureSettings.DEFAULT_TOP_CATEGORIES, List.of(), List.of(), null, false);
    }

    /** Reads the JSON form, where every field but {@code asOf} may be left out. */
    @JsonCreator
    static CustomerTableParams fromJson(
            @JsonProperty("asOf") @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "yyyy-MM-dd") LocalDate asOf,
            @JsonProperty("windowDays") Integer windowDays,
            @JsonProperty("sessionGapMinutes") Integer sessionGapMinutes,
            @JsonProperty("topCategories") Integer topCategories,
            @JsonProperty("features") List<String> features,
            @JsonProperty("preparation") List<PrepStep> preparation,
            @JsonProperty("vocabulary") EventVocabulary vocabulary,
            @JsonProperty("includeInactive") Boolean includeInactive) {
        if (asOf == null) {
            throw new IllegalArgumentException("the spec has no \"asOf\" day (yyyy-MM-dd)");
        }
        return new CustomerTableParams(asOf,
                windowDays == null ? DEFAULT_WINDOW_DAYS : windowDays,
                sessionGapMinutes == null ? EventFeatureSettings.DEFAULT_SESSION_GAP_MINUTES : sessionGapMinutes,
                topCategories == null ? EventFeatureSettings.DEFAULT_TOP_CATEGORIES : topCategories,
                features, preparation, vocabulary, includeInactive != null && includeInactive);
    }

    public CustomerTableWindow window() {
        return new CustomerTableWindow(asOf, windowDays);
    }

    public EventFeatureSettings eventSettings() {
        return new EventFeatureSettings(window(), sessionGapMinutes, topCategories, vocabulary);
    }

    public CustomerTableParams withAsOf(LocalDate newAsOf) {
        return new CustomerTableParams(newAsOf, windowDays, sessionGapMinutes, topCategories, features, preparation,
                vocabulary, includeInactive);
    }

    public CustomerTableParams withWindowDays(int newWindowDays) {
        return new CustomerTableParams(asOf, newWindowDays, sessionGapMinutes, topCategories, features, preparation,
                vocabulary, includeInactive);
    }

    public CustomerTableParams withSessionGapMinutes(int minutes) {
        return new CustomerTableParams(asOf, windowDays, minutes, topCategories, features, preparation,
                vocabulary, includeInactive);
    }

    public CustomerTableParams withFeatures(List<String> newFeatures) {
        return new CustomerTableParams(asOf, windowDays, sessionGapMinutes, topCategories, newFeatures, preparation,
                vocabulary, includeInactive);
    }

    public CustomerTableParams withPreparation(List<PrepStep> steps) {
        return new CustomerTableParams(asOf, windowDays, sessionGapMinutes, topCategories, features, steps,
                vocabulary, includeInactive);
    }

    public CustomerTableParams withIncludeInactive(boolean include) {
        return new CustomerTableParams(asOf, windowDays, sessionGapMinutes, topCategories, features, preparation,
                vocabulary, include);
    }
}
