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
    /**
     * One model (S-learner): one classifier of conversion over both arms with the arm as a feature;
     * uplift is its probability with the arm set to treated less that with it set to control. Where
     * the treatment scales each customer's own chance to convert, this ranks by that chance, which
     * two models fitted on few conversions each can miss.
     */
    SINGLE_MODEL("single-model"),
    /**
     * Each of the others, compared by Qini area in cross-validation on the training part; the simplest
     * within one standard error of the best is kept.
     */
    BEST("best");

    /** The methods that fit a model, simplest first: one model with the arm, one of a transformed class, two. */
    public static java.util.List<UpliftMethod> fitted() {
        return java.util.List.of(SINGLE_MODEL, CLASS_TRANSFORMATION, TWO_MODEL);
    }

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
                + "': expected two-model, class-transformation, single-model or best");
    }

    @Override
    public String toString() {
        return cliName.toLowerCase(Locale.ROOT);
    }
}
