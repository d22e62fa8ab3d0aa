package org.segmentlab.core.features.prep;

import java.util.List;
import org.segmentlab.core.features.CustomerTable;

/**
 * The preparation as fitted on one customer table: apply it to another table (a later period, new
 * customers to score) to prepare that one with the same fill values, scales and levels.
 */
public record FittedPreparation(List<FittedStep> steps) {

    public FittedPreparation {
        steps = List.copyOf(steps);
    }

    public static FittedPreparation none() {
        return new FittedPreparation(List.of());
    }

    /**
     * @throws IllegalArgumentException when the table lacks a column the preparation needs
     */
    public CustomerTable apply(CustomerTable table) {
        CustomerTable out = table;
        for (FittedStep step : steps) {
            out = step.apply(out);
        }
        return out;
    }
}
