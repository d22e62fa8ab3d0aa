package org.segmentlab.core.campaign;

import java.util.Locale;

/** How per-customer uplift is modelled. */
public enum UpliftMethod {
    /**
     * Two models (T-learner): one classifier of conversion among the treated, one among the control;
     * uplift is the difference of their probabilities.
     */
    TWO_MODEL("two-model"),
    /**
     * Class transformation: with arms of equal size, {@code z = 1} when a treated customer converted or a
     * control customer did not; one classifier of z gives uplift {@code 2 P(z = 1) − 1}.
     */
    CLASS_TRANSFORMATION("class-transformation"),
    /** Both, compared by Qini area on a validation slice of the training part; the better one is kept. */
    BEST("best");

    private final String cliName;

    UpliftMethod(String cliName) {
        this.cliName = cliName;
    }

    public String cliName() {
        return cliName;
    }

    public static UpliftMethod parse(String text) {
        for (UpliftMethod m : values()) {
            if (m.cliName.equalsIgnoreCase(text.trim()) || m.name().equalsIgnoreCase(text.trim())) {
                return m;
            }
        }
        throw new IllegalArgumentException("uplift method '" + text
                + "': expected two-model, class-transformation or best");
    }

    @Override
    public String toString() {
        return cliName.toLowerCase(Locale.ROOT);
    }
}
