package org.segmentlab.core.predict;

import java.util.Arrays;

/**
 * Logistic regression: log-odds {@code b + w·x}. Its exact SHAP values (features taken as
 * independent) are {@code w_j (x_j − mean_j)}, the means taken over the training rows.
 */
final class LogisticScorer implements Scorer {

    private final double[] weights;
    private final double intercept;
    private final double[] means;
    private final double base;

    LogisticScorer(double[] weights, double intercept, double[] means) {
        this.weights = weights.clone();
        this.intercept = intercept;
        this.means = means.clone();
        double b = intercept;
        for (int j = 0; j < weights.length; j++) {
            b += weights[j] * means[j];
        }
        this.base = b;
    }

    double[] weights() {
        return weights.clone();
    }

    double intercept() {
        return intercept;
    }

    @Override
    public ExplanationScale scale() {
        return ExplanationScale.LOG_ODDS;
    }

    @Override
    public double output(double[] x) {
        double z = intercept;
        for (int j = 0; j < weights.length; j++) {
            z += weights[j] * x[j];
        }
        return z;
    }

    @Override
    public double probability(double[] x) {
        return Sigmoid.of(output(x));
    }

    @Override
    public double baseValue() {
        return base;
    }

    @Override
    public void contributions(double[] x, double[] phi) {
        Arrays.fill(phi, 0);
        for (int j = 0; j < weights.length; j++) {
            phi[j] = weights[j] * (x[j] - means[j]);
        }
    }
}
