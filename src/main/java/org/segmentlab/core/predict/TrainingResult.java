package org.segmentlab.core.predict;

import java.util.List;

/**
 * A trained model and how it did on the rows it never saw.
 *
 * @param model          trained on the training part only (the evaluation is of this very model)
 * @param evaluation     on the test part; null when the model was trained on every row (split none)
 * @param importance     permutation importance on the test part, largest first (empty when skipped)
 * @param syntheticRows  rows SMOTE or class weights added to the training part
 * @param notes          things the user should know (rows left out, rebalancing)
 * @param warnings       choices made for the user and signs of trouble: columns left out, values filled in,
 *                       possible leakage, no hold-out
 */
public record TrainingResult(TrainedModel model, TrainingParams params, Evaluation evaluation,
                             List<FeatureImportance> importance, int trainRows, int testRows, int syntheticRows,
                             List<String> notes, List<ModelWarning> warnings) {

    public TrainingResult {
        importance = List.copyOf(importance);
        notes = List.copyOf(notes);
        warnings = List.copyOf(warnings);
    }

    /** True when part of the rows was held out and {@link #evaluation()} measures the model on them. */
    public boolean hasHoldOut() {
        return evaluation != null;
    }

    /** This result with the warnings of reading the input (columns left out) before its own. */
    public TrainingResult withReadWarnings(List<ModelWarning> readWarnings) {
        List<ModelWarning> all = new java.util.ArrayList<>(readWarnings);
        all.addAll(warnings);
        return new TrainingResult(model, params, evaluation, importance, trainRows, testRows, syntheticRows, notes,
                all);
    }
}
