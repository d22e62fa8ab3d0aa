package org.segmentlab.core.predict;

import java.util.Objects;

/** How the threshold that turns a score into "positive" is chosen. */
public record ThresholdPolicy(Kind kind, double value, CostMatrix costs) {

    /** A fixed value, the threshold of the best F1, or the threshold of the lowest campaign cost. */
    public enum Kind {
        FIXED,
        MAX_F1,
        MIN_COST
    }

    public ThresholdPolicy {
        Objects.requireNonNull(kind, "kind");
        if (kind == Kind.FIXED && !(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException("a threshold must be between 0 and 1, not " + value);
        }
        if (kind == Kind.MIN_COST) {
            Objects.requireNonNull(costs, "costs");
        }
    }

    public static ThresholdPolicy fixed(double value) {
        return new ThresholdPolicy(Kind.FIXED, value, null);
    }

    public static ThresholdPolicy maxF1() {
        return new ThresholdPolicy(Kind.MAX_F1, Double.NaN, null);
    }

    public static ThresholdPolicy minCost(CostMatrix costs) {
        return new ThresholdPolicy(Kind.MIN_COST, Double.NaN, costs);
    }

    /**
     * Reads {@code 0.35}, {@code max-f1} or {@code min-cost}.
     *
     * @param costs the campaign economics {@code min-cost} needs; may be null otherwise
     */
    public static ThresholdPolicy parse(String text, CostMatrix costs) {
        String t = text.trim();
        if (t.equalsIgnoreCase("max-f1") || t.equalsIgnoreCase("f1")) {
            return maxF1();
        }
        if (t.equalsIgnoreCase("min-cost")) {
            if (costs == null) {
                throw new IllegalArgumentException("threshold min-cost needs the costs of a campaign");
            }
            return minCost(costs);
        }
        try {
            return fixed(Double.parseDouble(t));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("threshold '" + text + "': expected a number in [0, 1], max-f1 or min-cost",
                    e);
        }
    }

    public String describe() {
        switch (kind) {
            case FIXED:
                return Double.toString(value);
            case MAX_F1:
                return "max-f1";
            default:
                return "min-cost";
        }
    }
}
