package org.segmentlab.core.campaign;

/**
 * Whether the arms have the sizes the split meant them to have (chi-square goodness of fit, one
 * degree of freedom). A mismatch with p below {@link #WARN_BELOW} usually means the assignment or
 * the tracking is broken, and the readout should not be trusted.
 */
public record SampleRatioCheck(int treated, int control, double intendedTreatedShare, double chiSquare,
                               double pValue) {

    public static final double WARN_BELOW = 0.001;

    public static SampleRatioCheck of(int treated, int control, double intendedTreatedShare) {
        int n = treated + control;
        if (n == 0) {
            return new SampleRatioCheck(0, 0, intendedTreatedShare, Double.NaN, Double.NaN);
        }
        double expectedTreated = n * intendedTreatedShare;
        double expectedControl = n - expectedTreated;
        double chi = square(treated - expectedTreated) / expectedTreated
                + square(control - expectedControl) / expectedControl;
        return new SampleRatioCheck(treated, control, intendedTreatedShare, chi,
                CampaignStatistics.chiSquareUpperTail(chi, 1));
    }

    public double observedTreatedShare() {
        int n = treated + control;
        return n == 0 ? Double.NaN : (double) treated / n;
    }

    /** True when the arm sizes are too far from the intended split to be chance. */
    public boolean mismatch() {
        return pValue < WARN_BELOW;
    }

    private static double square(double x) {
        return x * x;
    }
}
