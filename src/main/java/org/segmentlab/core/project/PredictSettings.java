package org.segmentlab.core.project;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The churn or propensity model of a project.
 *
 * @param label         the column that holds the outcome
 * @param positiveLabel the value of {@code label} that counts as the positive class (e.g. {@code Yes})
 * @param model         {@code logistic}, {@code forest} or {@code boosting}
 * @param split         {@code stratified:0.2} or {@code time:COLUMN:yyyy-MM-dd}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"label", "positiveLabel", "features", "model", "split", "seed"})
public record PredictSettings(String label, String positiveLabel, List<String> features, String model,
                              String split, Long seed) {

    public PredictSettings {
        features = features == null ? null : List.copyOf(features);
    }

    public PredictSettings withFeatures(List<String> newFeatures) {
        return new PredictSettings(label, positiveLabel, newFeatures, model, split, seed);
    }

    public PredictSettings withModel(String newModel) {
        return new PredictSettings(label, positiveLabel, features, newModel, split, seed);
    }

    public PredictSettings withSplit(String newSplit) {
        return new PredictSettings(label, positiveLabel, features, model, newSplit, seed);
    }

    public PredictSettings withSeed(Long newSeed) {
        return new PredictSettings(label, positiveLabel, features, model, split, newSeed);
    }
}
