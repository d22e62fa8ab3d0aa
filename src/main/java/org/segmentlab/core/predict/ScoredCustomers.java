package org.segmentlab.core.predict;

import java.util.List;

/** The probability of the positive class for each customer, in input order. */
public record ScoredCustomers(List<String> customerIds, double[] scores) {

    public ScoredCustomers {
        customerIds = List.copyOf(customerIds);
        if (scores.length != customerIds.size()) {
            throw new IllegalArgumentException(scores.length + " scores for " + customerIds.size() + " customers");
        }
    }

    public int size() {
        return scores.length;
    }
}
