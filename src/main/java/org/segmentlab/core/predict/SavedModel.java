package org.segmentlab.core.predict;

/**
 * A model read back from a file, with its header.
 *
 * @param profile how the training data's features were spread; null in files saved before it was kept
 */
public record SavedModel(ModelHeader header, TrainedModel model, TrainingProfile profile) {

    public SavedModel(ModelHeader header, TrainedModel model) {
        this(header, model, null);
    }
}
