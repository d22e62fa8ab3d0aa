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
 */
public record CustomerTableResult(CustomerTable table, CustomerTable raw, FittedPreparation preparation,
                                  CustomerTableWindow window, AttributeJoinReport attributes,
                                  List<CustomerTableWarning> warnings, List<FeatureSummary> summaries) {

    public CustomerTableResult {
        warnings = List.copyOf(warnings);
        summaries = List.copyOf(summaries);
    }
}
