package org.segmentlab.core.predict;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The columns a trained model reads from a file: the customer id, the features (numeric and
 * categorical, in the order the model was trained with) and how its label was coded. A file to be
 * scored must hold every feature; the label may be absent.
 */
public record InputSchema(String idColumn, LabelCoding label, List<String> numericFeatures,
                          List<String> categoricalFeatures) implements Serializable {

    private static final long serialVersionUID = 1L;

    private Object writeReplace() {
        return new SerialForm(SerialForm.SCHEMA, idColumn, label, numericFeatures, categoricalFeatures);
    }

    public InputSchema {
        Objects.requireNonNull(idColumn, "idColumn");
        numericFeatures = List.copyOf(numericFeatures);
        categoricalFeatures = List.copyOf(categoricalFeatures);
        if (numericFeatures.isEmpty() && categoricalFeatures.isEmpty()) {
            throw new IllegalArgumentException("a model needs at least one feature");
        }
    }

    /** Every feature: the numeric ones, then the categorical ones. */
    public List<String> features() {
        List<String> all = new ArrayList<>(numericFeatures);
        all.addAll(categoricalFeatures);
        return all;
    }
}
