package org.segmentlab.core.predict;

import java.util.Objects;

/**
 * Something about a model's input or training the analyst should know: a choice made for them
 * (a value filled in, a column left out) or a sign that the model may be too good to be true. It
 * does not stop the training; the CLI prints it, {@code metrics.json} lists it, the report and the
 * app show it.
 *
 * @param feature the column concerned, or null when the warning is about the whole run
 * @param message one sentence for the analyst, with the suggested action where there is one
 */
public record ModelWarning(Kind kind, String feature, String message) {

    /** What the warning is about. */
    public enum Kind {
        /** On its own the feature ranks hold-out customers almost perfectly, or it is measured after the outcome. */
        POSSIBLE_LEAKAGE,
        /** Missing values of the feature were filled in (numbers: the training median). */
        IMPUTED,
        /** Every customer has the same value: the column was left out. */
        CONSTANT_LEFT_OUT,
        /** All but a handful of customers share one value. */
        NEAR_CONSTANT,
        /** A column of number-like text that is not all finite numbers: left out, not read as categories. */
        TEXT_NOT_NUMERIC,
        /** The model was trained on every row: there is no hold-out to measure it on. */
        NO_HOLD_OUT
    }

    public ModelWarning {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }
}
