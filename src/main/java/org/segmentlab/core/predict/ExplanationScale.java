package org.segmentlab.core.predict;

/** The units an explanation's contributions are in. */
public enum ExplanationScale {
    /** Contributions add up to a probability (random forest: the mean of the trees' class shares). */
    PROBABILITY,
    /** Contributions add up to log-odds, {@code ln(p / (1 − p))} (logistic regression, boosting). */
    LOG_ODDS
}
