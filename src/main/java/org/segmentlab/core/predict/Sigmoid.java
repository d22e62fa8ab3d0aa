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
}
