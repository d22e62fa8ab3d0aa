package org.segmentlab.core.predict;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stratified k-fold cross-validation: the evaluation of each fold's model on its held-out fold,
 * and mean ± std per metric ({@code auc_roc, auc_pr, accuracy, precision, recall, f1, log_loss}).
 */
public record CrossValidationResult(int folds, List<Evaluation> foldEvaluations, Map<String, MetricSummary> summary) {

    public CrossValidationResult {
        foldEvaluations = List.copyOf(foldEvaluations);
        summary = Collections.unmodifiableMap(new LinkedHashMap<>(summary));
    }

    public MetricSummary metric(String name) {
        MetricSummary s = summary.get(name);
        if (s == null) {
            throw new IllegalArgumentException("no metric '" + name + "'; metrics are " + summary.keySet());
        }
        return s;
    }
}
