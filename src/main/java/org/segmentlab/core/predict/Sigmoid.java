package org.segmentlab.core.predict;

/** The logistic function and its inverse, written to stay finite at the extremes. */
final class Sigmoid {

    private Sigmoid() {
    }

    static double of(double z) {
        if (z >= 0) {
            return 1 / (1 + Math.exp(-z));
        }
        double e = Math.exp(z);
        return e / (1 + e);
    }

    static double logit(double p) {
        return Math.log(p / (1 - p));
    }

    /** The log-odds of a rate, kept finite for a rate of 0 or 1: where a model of log loss starts. */
    static double startingLogOdds(double rate) {
        return logit(Math.min(1 - 1e-12, Math.max(1e-12, rate)));
    }

    /** The log loss {@code log(1 + e^z) − y·z} of an outcome {@code y} at log-odds {@code z}, finite for any z. */
    static double logLoss(double z, int y) {
        return (z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z))) - y * z;
    }
}
