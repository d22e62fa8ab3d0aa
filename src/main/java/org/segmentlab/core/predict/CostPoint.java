package org.segmentlab.core.predict;

/**
 * The outcome of a campaign that flags scores at or above {@code threshold}.
 *
 * @param cost       as {@link CostMatrix#cost} defines it
 * @param netBenefit the cost of flagging nobody minus {@code cost}: what the campaign gains
 */
public record CostPoint(double threshold, long flagged, long truePositives, long falsePositives, double cost,
                        double netBenefit) {
}
