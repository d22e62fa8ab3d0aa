package org.segmentlab.core.predict;

import java.util.List;

/**
 * A trained model and how it did on the rows it never saw.
 *
 * @param model          trained on the training part only (the evaluation is of this very model)
 * @param evaluation     on the test part
 * @param importance     permutation importance on the test part, largest first (empty when skipped)
 * @param syntheticRows  rows SMOTE or class weights added to the training part
 * @param notes          things the user should know (rows left out, rebalancing)
 */
public record TrainingResult(TrainedModel model, TrainingParams params, Evaluation evaluation,
                             List<FeatureImportance> importance, int trainRows, int testRows, int syntheticRows,
                             List<String> notes) {

    public TrainingResult {
        importance = List.copyOf(importance);
        notes = List.copyOf(notes);
    }
}
