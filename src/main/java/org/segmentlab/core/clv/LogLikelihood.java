package org.segmentlab.core.clv;

/** A log-likelihood over positive parameters, with or without its own gradient. */
interface LogLikelihood {

    int parameters();

    boolean hasGradient();

    /** The log-likelihood at theta; fills {@code gradient} (when not null) if {@link #hasGradient()}. */
    double value(double[] theta, double[] gradient);

    static LogLikelihood of(LikelihoodModel model, RepeatTriples data) {
        return new LogLikelihood() {
            @Override
            public int parameters() {
                return model.parameters();
            }

            @Override
            public boolean hasGradient() {
                return model.hasGradient();
            }

            @Override
            public double value(double[] theta, double[] gradient) {
                return model.logLikelihood(theta, data, gradient);
            }
        };
    }
}
