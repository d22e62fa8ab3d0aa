package org.segmentlab.core.project;

import com.fasterxml.jackson.annotation.JsonCreator;
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
 * @param input         what the model learns from: {@value #CUSTOMERS_INPUT} (the project's customer table, see
 *                      {@link ProjectCustomers}, with the outcome joined by customer id) or the id of one source;
 *                      null in files from before it was kept = the first source that has the outcome column
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"input", "label", "positiveLabel", "features", "model", "split", "seed"})
public record PredictSettings(String input, String label, String positiveLabel, List<String> features, String model,
                              String split, Long seed) {

    /** The {@code input} of a model on the project's customer table. */
    public static final String CUSTOMERS_INPUT = "customers";

    @JsonCreator
    public PredictSettings {
        features = features == null ? null : List.copyOf(features);
        input = input == null || input.isBlank() ? null : input.strip();
    }

    /** Settings of a model on the first source with the outcome column, as files before {@code input} kept it. */
    public PredictSettings(String label, String positiveLabel, List<String> features, String model, String split,
                           Long seed) {
        this(null, label, positiveLabel, features, model, split, seed);
    }

    /** Whether the model learns from the project's customer table. */
    public boolean learnsFromCustomers() {
        return CUSTOMERS_INPUT.equals(input);
    }

    public PredictSettings withInput(String newInput) {
        return new PredictSettings(newInput, label, positiveLabel, features, model, split, seed);
    }

    public PredictSettings withFeatures(List<String> newFeatures) {
        return new PredictSettings(input, label, positiveLabel, newFeatures, model, split, seed);
    }

    public PredictSettings withModel(String newModel) {
        return new PredictSettings(input, label, positiveLabel, features, newModel, split, seed);
    }

    public PredictSettings withSplit(String newSplit) {
        return new PredictSettings(input, label, positiveLabel, features, model, newSplit, seed);
    }

    public PredictSettings withSeed(Long newSeed) {
        return new PredictSettings(input, label, positiveLabel, features, model, split, newSeed);
    }
}
