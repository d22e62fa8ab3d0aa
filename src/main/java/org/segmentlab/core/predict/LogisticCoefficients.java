package org.segmentlab.core.predict;

import java.util.List;

/**
 * The weights of a logistic regression, on log-odds. {@code perStandardUnit} is what the model
 * holds: the effect of one standard deviation of a numeric feature (or of having a level);
 * {@code perOriginalUnit} is the effect of one unit of the feature as it was in the file (a
 * missing value counts as the training median).
 */
public record LogisticCoefficients(List<String> columns, double[] perStandardUnit, double interceptStandard,
                                   double[] perOriginalUnit, double interceptOriginal) {

    public LogisticCoefficients {
        columns = List.copyOf(columns);
    }

    /** The weight of a column per original unit. */
    public double perOriginalUnit(String column) {
        int j = columns.indexOf(column);
        if (j < 0) {
            throw new IllegalArgumentException("no column '" + column + "'; columns are " + columns);
        }
        return perOriginalUnit[j];
    }
}
