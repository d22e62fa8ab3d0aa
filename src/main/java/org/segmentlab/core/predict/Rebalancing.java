package org.segmentlab.core.predict;

import java.util.Locale;

/** What is done about a rare positive class; only ever to the training part. */
public enum Rebalancing {
    /** Train on the rows as they are. */
    NONE,
    /**
     * Weigh the rarer class by {@code round(majority / minority)}: the forest takes the weights
     * directly; for logistic regression and boosting each minority row is repeated that many times,
     * which is the same as an integer weight in their loss.
     */
    CLASS_WEIGHTS,
    /** Add synthetic minority rows between each minority row and one of its 5 nearest minority neighbours (SMOTE). */
    SMOTE;

    public static Rebalancing parse(String text) {
        switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "none":
                return NONE;
            case "weights":
            case "class-weights":
                return CLASS_WEIGHTS;
            case "smote":
                return SMOTE;
            default:
                throw new IllegalArgumentException("balance '" + text + "': expected none, weights or smote");
        }
    }
}
