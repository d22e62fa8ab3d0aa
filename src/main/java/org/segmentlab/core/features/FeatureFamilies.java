package org.segmentlab.core.features;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.segmentlab.core.features.events.EventFeatures;
import org.segmentlab.core.features.transactions.TransactionFeatures;

/**
 * The features SegmentLab knows how to compute, by family, for the feature picker: name,
 * family and one-line description. Attribute features and category shares are named after the
 * data, so they appear once a table is built ({@link CustomerTable#features()}).
 */
public final class FeatureFamilies {

    private FeatureFamilies() {
    }

    /** Every built-in feature, transactions first, then events. */
    public static List<CustomerTableFeature> builtIn() {
        List<CustomerTableFeature> all = new ArrayList<>(TransactionFeatures.definitions());
        all.addAll(EventFeatures.definitions());
        return List.copyOf(all);
    }

    /** The built-in features of one family (none for attributes and prepared columns). */
    public static List<CustomerTableFeature> of(FeatureFamily family) {
        return builtIn().stream().filter(f -> f.family() == family).toList();
    }

    /**
     * The built-in features of one family for a table with a window of {@code windowDays}: the
     * transaction family's windowed measures carry the window in their names ({@code monetary_90d}).
     */
    public static List<CustomerTableFeature> of(FeatureFamily family, int windowDays) {
        if (family == FeatureFamily.TRANSACTIONS) {
            return TransactionFeatures.definitions(windowDays);
        }
        return of(family);
    }

    /**
     * A built-in feature by name, including the {@code count_<type>}, {@code category_share_<category>},
     * {@code frequency_<days>d} and {@code monetary_<days>d} columns.
     */
    public static Optional<CustomerTableFeature> find(String name) {
        int days = TransactionFeatures.windowDaysOf(name);
        if (days > 0) {
            return Optional.of(name.startsWith("frequency") ? TransactionFeatures.frequencyIn(days)
                    : TransactionFeatures.monetaryIn(days));
        }
        for (CustomerTableFeature feature : builtIn()) {
            if (feature.name().equals(name)) {
                return Optional.of(feature);
            }
        }
        if (name.startsWith(EventFeatures.CATEGORY_SHARE_PREFIX) && CustomerTableFeature.isSnakeCase(name)) {
            return Optional.of(new CustomerTableFeature(name, FeatureFamily.EVENTS,
                    "Share of the customer's events with a category that are in '"
                            + name.substring(EventFeatures.CATEGORY_SHARE_PREFIX.length()) + "'"));
        }
        if (name.startsWith(EventFeatures.TYPE_COUNT_PREFIX) && CustomerTableFeature.isSnakeCase(name)) {
            return Optional.of(new CustomerTableFeature(name, FeatureFamily.EVENTS, "Events of type '"
                    + name.substring(EventFeatures.TYPE_COUNT_PREFIX.length()) + "' in the window"));
        }
        return Optional.empty();
    }
}
