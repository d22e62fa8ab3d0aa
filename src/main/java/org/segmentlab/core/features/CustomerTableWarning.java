package org.segmentlab.core.features;

import java.util.List;
import java.util.Objects;

/**
 * Something about the customer table the analyst should look at before clustering or training:
 * it does not stop the build.
 *
 * @param features the features concerned (empty when the warning is about ids)
 * @param message  one sentence for the analyst, with the suggested action where there is one
 */
public record CustomerTableWarning(Kind kind, List<String> features, String message) {

    public enum Kind {
        /** Every customer has the same value (or none): the feature cannot tell customers apart. */
        CONSTANT_FEATURE,
        /** |skewness| > 2: a few customers dominate distances; log1p usually helps. */
        HEAVY_SKEW,
        /** |Pearson r| > 0.9: two features say nearly the same thing and weigh it twice. */
        HIGH_CORRELATION,
        /** Ids in one source that match nothing in the others. */
        UNMATCHED_IDS,
        /** No customer is active in the window: the table has no rows. */
        NO_CUSTOMERS,
        /** A one-hot step adds more than 50 columns. */
        MANY_COLUMNS,
        /** A preparation step met values it cannot use (log of a value ≤ -1, a median of nothing). */
        UNUSABLE_VALUES
    }

    public CustomerTableWarning {
        Objects.requireNonNull(kind, "kind");
        features = List.copyOf(features);
        Objects.requireNonNull(message, "message");
    }
}
