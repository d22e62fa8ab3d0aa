package org.segmentlab.core.predict;

import java.util.Objects;

/**
 * Everything that decides a training run besides the data.
 *
 * @param costs              campaign economics for the cost curve; null when none were given
 * @param levelLimit         most one-hot columns a categorical feature gets (its most frequent levels)
 * @param importanceRepeats  shuffles per feature for permutation importance; 0 skips it
 * @param seed               seeds the split, the resampling, the trees and the importance shuffles
 */
public record TrainingParams(ModelParams model, SplitSpec split, Rebalancing rebalancing, ThresholdPolicy threshold,
                             CostMatrix costs, int levelLimit, int importanceRepeats, long seed) {

    public static final long DEFAULT_SEED = 42;

    public TrainingParams {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(split, "split");
        Objects.requireNonNull(rebalancing, "rebalancing");
        Objects.requireNonNull(threshold, "threshold");
        if (levelLimit < 1) {
            throw new IllegalArgumentException("the level limit must be at least 1");
        }
        if (importanceRepeats < 0) {
            throw new IllegalArgumentException("importance repeats must be zero or more");
        }
    }

    /** Stratified 20% hold-out, no rebalancing, threshold 0.5, 20 levels, 5 importance repeats, seed 42. */
    public static TrainingParams defaults(ModelKind kind) {
        return new TrainingParams(ModelParams.defaults(kind), SplitSpec.stratified(0.2), Rebalancing.NONE,
                ThresholdPolicy.fixed(0.5), null, 20, 5, DEFAULT_SEED);
    }

    public TrainingParams withModel(ModelParams newModel) {
        return new TrainingParams(newModel, split, rebalancing, threshold, costs, levelLimit, importanceRepeats, seed);
    }

    public TrainingParams withSplit(SplitSpec newSplit) {
        return new TrainingParams(model, newSplit, rebalancing, threshold, costs, levelLimit, importanceRepeats, seed);
    }

    public TrainingParams withRebalancing(Rebalancing newRebalancing) {
        return new TrainingParams(model, split, newRebalancing, threshold, costs, levelLimit, importanceRepeats, seed);
    }

    public TrainingParams withThreshold(ThresholdPolicy newThreshold) {
        return new TrainingParams(model, split, rebalancing, newThreshold, costs, levelLimit, importanceRepeats, seed);
    }

    public TrainingParams withCosts(CostMatrix newCosts) {
        return new TrainingParams(model, split, rebalancing, threshold, newCosts, levelLimit, importanceRepeats, seed);
    }

    public TrainingParams withImportanceRepeats(int repeats) {
        return new TrainingParams(model, split, rebalancing, threshold, costs, levelLimit, repeats, seed);
    }

    public TrainingParams withSeed(long newSeed) {
        return new TrainingParams(model, split, rebalancing, threshold, costs, levelLimit, importanceRepeats, newSeed);
    }
}
