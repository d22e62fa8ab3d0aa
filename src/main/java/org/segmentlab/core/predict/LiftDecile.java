package org.segmentlab.core.predict;

/**
 * One tenth of the customers ranked by score, highest first (decile 1 is the top 10%).
 *
 * @param rate               share of positives in this decile
 * @param lift               {@code rate} divided by the share of positives overall
 * @param cumulativeGain     share of all positives found in deciles 1..this one
 * @param cumulativeLift     positive rate of deciles 1..this one divided by the overall rate
 */
public record LiftDecile(int decile, int customers, int positives, double rate, double lift,
                         double cumulativeGain, double cumulativeLift, double minScore, double maxScore) {
}
