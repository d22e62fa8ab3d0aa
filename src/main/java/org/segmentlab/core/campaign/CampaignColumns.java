package org.segmentlab.core.campaign;

import java.util.List;
import java.util.Objects;

/**
 * Which columns of a results file hold the campaign: the arm each customer was in, the outcome
 * and, optionally, revenue, a segment and a customer id.
 *
 * @param group          the column saying which arm a customer was in
 * @param treatmentValue the value of {@code group} that means "got the campaign"
 * @param controlValue   the value of {@code group} that means "held back"
 * @param outcome        a 0/1 column (also yes/no, true/false): did the customer convert
 * @param revenue        spend per customer after the campaign; null when none
 * @param segment        a column of the file holding each customer's segment; null when none
 * @param id             the customer id column; null to number the data rows from 1
 * @param features       the columns an uplift model learns from; empty when no model is wanted
 */
public record CampaignColumns(String group, String treatmentValue, String controlValue, String outcome,
                              String revenue, String segment, String id, List<String> features) {

    public CampaignColumns {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(treatmentValue, "treatmentValue");
        Objects.requireNonNull(controlValue, "controlValue");
        Objects.requireNonNull(outcome, "outcome");
        features = features == null ? List.of() : List.copyOf(features);
        if (treatmentValue.trim().equalsIgnoreCase(controlValue.trim())) {
            throw new IllegalArgumentException("the treatment and control values are the same ('" + treatmentValue
                    + "')");
        }
    }

    public static CampaignColumns of(String group, String treatmentValue, String controlValue, String outcome) {
        return new CampaignColumns(group, treatmentValue, controlValue, outcome, null, null, null, List.of());
    }

    public CampaignColumns withRevenue(String column) {
        return new CampaignColumns(group, treatmentValue, controlValue, outcome, column, segment, id, features);
    }

    public CampaignColumns withSegment(String column) {
        return new CampaignColumns(group, treatmentValue, controlValue, outcome, revenue, column, id, features);
    }

    public CampaignColumns withId(String column) {
        return new CampaignColumns(group, treatmentValue, controlValue, outcome, revenue, segment, column, features);
    }

    public CampaignColumns withFeatures(List<String> columns) {
        return new CampaignColumns(group, treatmentValue, controlValue, outcome, revenue, segment, id, columns);
    }
}
