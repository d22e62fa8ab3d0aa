package org.segmentlab.core.clv;

/** A model whose log-likelihood over the distinct triples can be maximised. */
interface LikelihoodModel {

    int parameters();

    /** True when {@link #logLikelihood} fills the gradient; otherwise it is taken by differences. */
    boolean hasGradient();

    /**
     * The weighted sum of the customers' log-likelihoods at {@code theta} (natural parameters, all
     * positive); when {@code gradient} is not null and {@link #hasGradient()}, its derivatives as well.
     */
    double logLikelihood(double[] theta, RepeatTriples data, double[] gradient);
}
