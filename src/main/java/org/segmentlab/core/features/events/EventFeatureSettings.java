package org.segmentlab.core.features.events;

import java.util.Objects;
import org.segmentlab.core.features.CustomerTableWindow;

/**
 * How behavioural features are computed from an event log.
 *
 * @param sessionGapMinutes a new session starts when more than this many minutes pass between two
 *                          events of a customer; a gap of exactly this long stays in the session
 * @param topCategories     how many of the busiest pages/categories get a {@code category_share_} column
 */
public record EventFeatureSettings(CustomerTableWindow window, int sessionGapMinutes, int topCategories,
                                   EventVocabulary vocabulary) {

    public static final int DEFAULT_SESSION_GAP_MINUTES = 30;
    public static final int DEFAULT_TOP_CATEGORIES = 5;

    public EventFeatureSettings {
        Objects.requireNonNull(window, "window");
        if (sessionGapMinutes < 1) {
            throw new IllegalArgumentException("the session gap must be at least 1 minute, not " + sessionGapMinutes);
        }
        if (topCategories < 0) {
            throw new IllegalArgumentException("the number of top categories cannot be negative");
        }
        vocabulary = vocabulary == null ? EventVocabulary.defaults() : vocabulary;
    }

    public static EventFeatureSettings of(CustomerTableWindow window) {
        return new EventFeatureSettings(window, DEFAULT_SESSION_GAP_MINUTES, DEFAULT_TOP_CATEGORIES, null);
    }
}
