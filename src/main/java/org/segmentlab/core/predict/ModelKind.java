package org.segmentlab.core.predict;

import java.util.Locale;

/** The classifiers SegmentLab trains. */
public enum ModelKind {
    /** L2-regularised logistic regression: one weight per column, read as log-odds. */
    LOGISTIC("logistic"),
    /** Random forest of classification trees; the score is the weighted mean of the trees' class shares. */
    FOREST("forest"),
    /** Gradient-boosted regression trees on the logistic loss. */
    BOOSTING("boosting");

    private final String cliName;

    ModelKind(String cliName) {
        this.cliName = cliName;
    }

    /** The name on the command line and in model files. */
    public String cliName() {
        return cliName;
    }

    public static ModelKind parse(String text) {
        for (ModelKind k : values()) {
            if (k.cliName.equalsIgnoreCase(text.trim()) || k.name().equalsIgnoreCase(text.trim())) {
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
