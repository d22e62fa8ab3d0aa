package org.segmentlab.core.predict;

import java.util.Locale;

/** The classifiers SegmentLab trains. */
public enum ModelKind {
    /** L2-regularised logistic regression: one weight per column, read as log-odds. */
    LOGISTIC("logistic", "Logistic regression"),
    /** Random forest of classification trees; the score is the weighted mean of the trees' class shares. */
    FOREST("forest", "Random forest"),
    /** Gradient-boosted regression trees on the logistic loss. */
    BOOSTING("boosting", "Gradient boosting");

    private final String cliName;
    private final String displayName;

    ModelKind(String cliName, String displayName) {
        this.cliName = cliName;
        this.displayName = displayName;
    }

    /** The name an analyst reads, e.g. "Random forest". */
    public String displayName() {
        return displayName;
    }

    /** The name on the command line and in model files. */
    public String cliName() {
        return cliName;
    }

    public static ModelKind parse(String text) {
        for (ModelKind k : values()) {
            if (k.cliName.equalsIgnoreCase(text.trim()) || k.name().equalsIgnoreCase(text.trim())
                    || k.displayName.equalsIgnoreCase(text.trim())) {
                return k;
            }
        }
        throw new IllegalArgumentException("model '" + text + "': expected logistic, forest or boosting");
    }

    @Override
    public String toString() {
        return cliName.toLowerCase(Locale.ROOT);
    }
}
