package org.segmentlab.core.campaign;

/**
 * How a readout is computed.
 *
 * @param confidence   confidence of every interval, e.g. 0.95
 * @param treatedShare the share of customers meant to get the campaign (0.5 for an even split, 0.9
 *                     for a 10% holdout), against which the sample-ratio check tests the arm sizes
 */
public record ReadoutParams(double confidence, double treatedShare) {

    public static final double DEFAULT_CONFIDENCE = 0.95;

    public ReadoutParams {
        CampaignStatistics.requireConfidence(confidence);
        if (!(treatedShare > 0 && treatedShare < 1)) {
            throw new IllegalArgumentException("the treated share must be between 0 and 1, not " + treatedShare);
        }
    }

    /** 95% intervals, an even split. */
    public static ReadoutParams defaults() {
        return new ReadoutParams(DEFAULT_CONFIDENCE, 0.5);
    }

    public ReadoutParams withConfidence(double newConfidence) {
        return new ReadoutParams(newConfidence, treatedShare);
    }

    public ReadoutParams withTreatedShare(double share) {
        return new ReadoutParams(confidence, share);
    }
}
