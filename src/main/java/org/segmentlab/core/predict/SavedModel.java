package org.segmentlab.core.predict;

/** A model read back from a file, with its header. */
public record SavedModel(ModelHeader header, TrainedModel model) {
}
