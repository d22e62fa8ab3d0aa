package org.segmentlab.core.predict;

import java.util.List;
import java.util.Objects;

/**
 * Which columns of a table a model is trained on.
 *
 * @param idColumn      the customer id column
 * @param labelColumn   the outcome column (churned or not, bought or not)
 * @param positiveValue the label value that means "positive"; null to recognise Yes/No, 1/0, true/false
 * @param features      the feature columns; empty to take every usable column (see {@link ModelInputReader})
 * @param dateColumn    the column a chronological split cuts on; null when the split is not by time
 */
public record ModelInputSpec(String idColumn, String labelColumn, String positiveValue, List<String> features,
                             String dateColumn) {

    public ModelInputSpec {
        Objects.requireNonNull(idColumn, "idColumn");
        Objects.requireNonNull(labelColumn, "labelColumn");
        features = features == null ? List.of() : List.copyOf(features);
    }

    public static ModelInputSpec of(String idColumn, String labelColumn, List<String> features) {
        return new ModelInputSpec(idColumn, labelColumn, null, features, null);
    }

    public ModelInputSpec withPositiveValue(String value) {
        return new ModelInputSpec(idColumn, labelColumn, value, features, dateColumn);
    }

    public ModelInputSpec withDateColumn(String column) {
        return new ModelInputSpec(idColumn, labelColumn, positiveValue, features, column);
    }
}
