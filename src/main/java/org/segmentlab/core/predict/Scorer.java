package org.segmentlab.core.predict;

/**
 * The fitted function behind a {@link TrainedModel}, on encoded rows: its output on the scale it
 * is explained on, the probability, and additive contributions that satisfy
 * {@code Σ contributions = output(x) − baseValue()}.
 */
interface Scorer {

    ExplanationScale scale();

    double output(double[] x);

    double probability(double[] x);

    /** The probabilities of the first {@code count} rows into {@code out}; tree models score them tree by tree. */
    default void probabilities(double[][] rows, int count, double[] out) {
        for (int i = 0; i < count; i++) {
            out[i] = probability(rows[i]);
        }
    }

    /** The output expected over the training rows. */
    double baseValue();

    /** Writes one contribution per encoded column into {@code phi} (cleared first). */
    void contributions(double[] x, double[] phi);
}
