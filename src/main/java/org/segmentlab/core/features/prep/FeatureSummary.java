package org.segmentlab.core.features.prep;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one feature looks like over the customers: for numbers, centre, spread, skew and a
 * histogram; for categories, the level counts. Statistics leave missing values out.
 *
 * @param missingPercent share of customers with no value, 0 to 100
 * @param skewness       adjusted Fisher-Pearson skewness; beyond ±2 a log usually helps
 * @param histogram      equal-width bins from min to max (numbers only)
 * @param topLevels      the most frequent levels with their counts, most frequent first (categories only)
 * @param levelCount     distinct levels (categories only)
 */
public record FeatureSummary(String name, boolean numeric, int count, double missingPercent,
                             double mean, double median, double std, double min, double max, double skewness,
                             List<Bin> histogram, Map<String, Integer> topLevels, int levelCount) {

    public FeatureSummary {
        histogram = List.copyOf(histogram);
        topLevels = Collections.unmodifiableMap(new LinkedHashMap<>(topLevels));
    }

    /** Customers with {@code lower ≤ value < upper} (the last bin includes its upper edge). */
    public record Bin(double lower, double upper, int count) {
    }
}
