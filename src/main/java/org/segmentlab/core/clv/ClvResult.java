package org.segmentlab.core.clv;

import java.util.List;

/**
 * Everything a CLV run gives: the summary it was fitted on, the fitted purchase and spend models (the
 * spend model null when too few repeat customers have spend), per-customer values, the holdout check
 * (null without a holdout end) and warnings in plain words (the summary's and models' notes among them).
 */
public record ClvResult(ClvOptions options, CustomerSummary summary, FittedPurchaseModel purchaseModel,
                        FittedSpendModel spendModel, CustomerValues values, HoldoutCheck holdout,
                        List<String> warnings) {

    public ClvResult {
        warnings = List.copyOf(warnings);
    }
}
