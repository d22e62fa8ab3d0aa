package org.segmentlab.core.features;

import java.util.List;
import java.util.Objects;

/**
 * Numeric features per customer, the input of clustering and classifiers: row {@code i} holds the
 * values of {@code featureNames} for {@code customerIds.get(i)}. Missing values are {@code NaN}.
 * The arrays are not copied: treat them as read-only.
 */
public record FeatureMatrix(List<String> customerIds, List<String> featureNames, double[][] rows) {

    public FeatureMatrix {
        customerIds = List.copyOf(customerIds);
        featureNames = List.copyOf(featureNames);
        Objects.requireNonNull(rows, "rows");
        if (rows.length != customerIds.size()) {
            throw new IllegalArgumentException(rows.length + " rows for " + customerIds.size() + " customers");
        }
        for (double[] row : rows) {
            if (row.length != featureNames.size()) {
                throw new IllegalArgumentException("a row has " + row.length + " values for "
                        + featureNames.size() + " features");
            }
        }
    }

    public int customerCount() {
        return rows.length;
    }

    public int featureCount() {
        return featureNames.size();
    }

    /** One feature's values over all customers (a copy). */
    public double[] column(int feature) {
        double[] out = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = rows[i][feature];
        }
        return out;
    }

    public int featureIndex(String name) {
        int i = featureNames.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("no feature '" + name + "'; features are " + featureNames);
        }
        return i;
    }
}
