package org.segmentlab.core.predict;

import java.util.Comparator;
import java.util.List;

/**
 * Why a model scored a customer as it did: SHAP values per feature (a categorical feature's
 * levels summed into one) that add up to {@code output − baseValue}.
 *
 * @param baseValue   the output expected over the training rows
 * @param output      the model's output for this customer, on {@code scale}
 * @param probability the probability of the positive class
 * @param drivers     one per feature, in feature order
 */
public record Explanation(String customerId, ExplanationScale scale, double baseValue, double output,
                          double probability, List<Driver> drivers) {

    public Explanation {
        drivers = List.copyOf(drivers);
    }

    /** The {@code n} features with the largest effect either way, largest first. */
    public List<Driver> topDrivers(int n) {
        return drivers.stream()
                .sorted(Comparator.comparingDouble((Driver d) -> -Math.abs(d.contribution())))
                .limit(n)
                .toList();
    }

    /** Σ contributions; equals {@code output − baseValue} up to rounding. */
    public double contributionSum() {
        double sum = 0;
        for (Driver d : drivers) {
            sum += d.contribution();
        }
        return sum;
    }
}
