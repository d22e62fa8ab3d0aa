package org.segmentlab.core.predict;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.segmentlab.core.features.FeatureMatrix;

/**
 * What a churn or propensity model learns from, one row per customer: numeric features (missing =
 * NaN), categorical features (missing = null, values already trimmed), the binary label and,
 * for a chronological split, the date of each row. Arrays are not copied: treat them as read-only.
 *
 * @param numeric          numeric features, with the customer ids
 * @param categoricalNames names of the categorical features
 * @param categorical      {@code categorical[row][feature]}, null where the value is missing
 * @param labels           1 for the positive class, 0 otherwise; null when the outcome is unknown (scoring)
 * @param dates            the date of each row for a chronological split (null entries allowed); null when none
 */
public record ModelInput(FeatureMatrix numeric, List<String> categoricalNames, String[][] categorical,
                         int[] labels, LocalDate[] dates) {

    public ModelInput {
        Objects.requireNonNull(numeric, "numeric");
        categoricalNames = List.copyOf(categoricalNames);
        Objects.requireNonNull(categorical, "categorical");
        int n = numeric.customerCount();
        if (categorical.length != n) {
            throw new IllegalArgumentException(categorical.length + " categorical rows for " + n + " customers");
        }
        for (String[] row : categorical) {
            if (row.length != categoricalNames.size()) {
                throw new IllegalArgumentException("a categorical row has " + row.length + " values for "
                        + categoricalNames.size() + " features");
            }
        }
        if (labels != null && labels.length != n) {
            throw new IllegalArgumentException(labels.length + " labels for " + n + " customers");
        }
        if (labels != null) {
            for (int y : labels) {
                if (y != 0 && y != 1) {
                    throw new IllegalArgumentException("labels must be 0 or 1, found " + y);
                }
            }
        }
        if (dates != null && dates.length != n) {
            throw new IllegalArgumentException(dates.length + " dates for " + n + " customers");
        }
        requireDistinct(numeric.featureNames(), categoricalNames);
    }

    /** Numeric features only, no label: the shape of a plain {@link FeatureMatrix}. */
    public static ModelInput of(FeatureMatrix numeric, int[] labels) {
        return new ModelInput(numeric, List.of(), new String[numeric.customerCount()][0], labels, null);
    }

    public int rowCount() {
        return numeric.customerCount();
    }

    public List<String> customerIds() {
        return numeric.customerIds();
    }

    public List<String> numericNames() {
        return numeric.featureNames();
    }

    public boolean hasLabels() {
        return labels != null;
    }

    /** Every feature name: the numeric ones, then the categorical ones. */
    public List<String> featureNames() {
        List<String> all = new ArrayList<>(numeric.featureNames());
        all.addAll(categoricalNames);
        return all;
    }

    public int positives() {
        if (labels == null) {
            return 0;
        }
        int count = 0;
        for (int y : labels) {
            count += y;
        }
        return count;
    }

    /** The given rows, in the given order (row arrays are shared, not copied). */
    public ModelInput rows(int[] indices) {
        List<String> ids = new ArrayList<>(indices.length);
        double[][] num = new double[indices.length][];
        String[][] cat = new String[indices.length][];
        int[] y = labels == null ? null : new int[indices.length];
        LocalDate[] d = dates == null ? null : new LocalDate[indices.length];
        List<String> allIds = numeric.customerIds();
        double[][] allRows = numeric.rows();
        for (int k = 0; k < indices.length; k++) {
            int i = indices[k];
            ids.add(allIds.get(i));
            num[k] = allRows[i];
            cat[k] = categorical[i];
            if (y != null) {
                y[k] = labels[i];
            }
            if (d != null) {
                d[k] = dates[i];
            }
        }
        return new ModelInput(new FeatureMatrix(ids, numeric.featureNames(), num), categoricalNames, cat, y, d);
    }

    private static void requireDistinct(List<String> numericNames, List<String> categoricalNames) {
        Set<String> seen = new HashSet<>();
        for (String name : numericNames) {
            if (!seen.add(name)) {
                throw new IllegalArgumentException("feature '" + name + "' appears twice");
            }
        }
        for (String name : categoricalNames) {
            if (!seen.add(name)) {
                throw new IllegalArgumentException("feature '" + name + "' appears twice");
            }
        }
    }
}
