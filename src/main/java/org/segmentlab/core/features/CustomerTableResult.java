package org.segmentlab.core.features;

import java.util.List;
import org.segmentlab.core.features.attributes.AttributeJoinReport;
import org.segmentlab.core.features.prep.FeatureSummary;
import org.segmentlab.core.features.prep.FittedPreparation;

/**
 * A built customer table.
 *
 * @param table       the kept features after preparation: what clustering and classifiers read
 * @param raw         the kept features before preparation: what segment profiles show
 * @param preparation the fitted steps, to prepare another period's table the same way
 * @param attributes  how the attribute ids matched (null without attributes)
 * @param warnings    things the analyst should look at (unmatched ids, constant, skewed, correlated features...)
 * @param summaries   one summary per feature of {@code table}
 * @param counts      how many rows are active in the window, and how many of the others are there only
 *                    because every known customer gets a row
 */
public record CustomerTableResult(CustomerTable table, CustomerTable raw, FittedPreparation preparation,
                                  CustomerTableWindow window, AttributeJoinReport attributes,
                                  List<CustomerTableWarning> warnings, List<FeatureSummary> summaries,
                                  CustomerCounts counts) {

    /**
     * The rows of a customer table by activity.
     *
     * @param active          customers with a purchase or an event in the window
     * @param inactive        known customers without one (the next two included)
     * @param withoutPurchase customers whose lines by the as-of day are all zero-value or cancelled (no event either)
     * @param longInactive    customers whose last purchase or event lies more than 20,000 days before the as-of day
     */
    public record CustomerCounts(int active, int inactive, int withoutPurchase, int longInactive) {
    }

    public CustomerTableResult {
        warnings = List.copyOf(warnings);
        summaries = List.copyOf(summaries);
    }
}
