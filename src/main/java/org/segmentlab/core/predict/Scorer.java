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

    /**
     * A faster way to score copies of {@code base} in which only the columns of one feature were
     * changed (permutation importance), or null when the scorer has none.
     *
     * @param columnBit per encoded column, the bit standing for its feature
     */
    default Permuted permuted(double[][] base, long[] columnBit) {
        return null;
    }

    /** Scores copies of the base rows in which the columns of one feature were changed. */
    interface Permuted {
        /** A scorer for copies that differ from the base rows only in the columns whose bit is {@code bit}. */
        Changed feature(long bit);
    }

    /** Scores rows that differ from the base rows only in the columns of one feature. */
    interface Changed {
        void probabilities(double[][] rows, double[] out);
    }
}
