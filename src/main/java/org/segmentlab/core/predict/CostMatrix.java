package org.segmentlab.core.predict;

/**
 * What a retention campaign costs and gains, per customer: every flagged customer gets an offer;
 * a flagged churner is kept and brings {@code valueSaved}; a churner not flagged costs
 * {@code missedChurnerCost}. The cost of a campaign at a threshold is
 * {@code FN × missedChurnerCost + (TP + FP) × offerCost − TP × valueSaved}.
 */
public record CostMatrix(double missedChurnerCost, double offerCost, double valueSaved) {

    public CostMatrix {
        if (missedChurnerCost < 0 || offerCost < 0 || valueSaved < 0
                || Double.isNaN(missedChurnerCost + offerCost + valueSaved)) {
            throw new IllegalArgumentException("costs and values must be zero or more");
        }
        if (missedChurnerCost + valueSaved == 0) {
            throw new IllegalArgumentException("with no value saved and no cost of a missed churner, no offer pays");
        }
    }

    /** Reads {@code MISSED,OFFER,SAVED}, e.g. {@code 500,20,300}. */
    public static CostMatrix parse(String text) {
        String[] parts = text.split(",");
        if (parts.length != 3) {
            throw new IllegalArgumentException("costs '" + text + "': expected MISSED_CHURNER,OFFER,VALUE_SAVED");
        }
        try {
            return new CostMatrix(Double.parseDouble(parts[0].trim()), Double.parseDouble(parts[1].trim()),
                    Double.parseDouble(parts[2].trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("costs '" + text + "': expected three numbers", e);
        }
    }

    public double cost(ConfusionMatrix m) {
        return m.fn() * missedChurnerCost + (m.tp() + m.fp()) * offerCost - m.tp() * valueSaved;
    }

    /**
     * The probability above which an offer pays on average: flagging a customer with churn
     * probability p changes the expected cost by {@code offerCost − p × (valueSaved + missedChurnerCost)}.
     * For a calibrated model this is the best threshold.
     */
    public double breakEvenProbability() {
        return offerCost / (valueSaved + missedChurnerCost);
    }
}
