package org.segmentlab.core.project;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * The campaigns of a project: control groups set aside at activation, and the readout the report
 * shows ("Did the campaign work").
 *
 * @param holdouts control groups set aside, oldest first
 * @param readout  the results file and columns of the readout; null when none has been set up
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"holdouts", "readout"})
public record CampaignSettings(@JsonInclude(JsonInclude.Include.NON_EMPTY) List<HoldoutRecord> holdouts,
                               ReadoutSettings readout) {

    public static final CampaignSettings EMPTY = new CampaignSettings(List.of(), null);

    public CampaignSettings {
        holdouts = holdouts == null ? List.of() : List.copyOf(holdouts);
    }

    public CampaignSettings withHoldout(HoldoutRecord holdout) {
        List<HoldoutRecord> all = new ArrayList<>(holdouts);
        all.add(holdout);
        return new CampaignSettings(all, readout);
    }

    public CampaignSettings withReadout(ReadoutSettings newReadout) {
        return new CampaignSettings(holdouts, newReadout);
    }

    /**
     * A campaign readout kept in the project.
     *
     * @param results      the results file, relative to the project's folder (with {@code /}) or absolute
     * @param group        the column naming the arm
     * @param treatment    its value for the treated
     * @param control      its value for the control
     * @param outcome      the 0/1 outcome column
     * @param revenue      the revenue column; null when none
     * @param by           the segment column of the results file; null for none
     * @param id           the customer id column; null for the data row number
     * @param confidence   confidence of the intervals
     * @param treatedShare the share meant to be treated (for the sample-ratio check)
     * @param segments     the project's segments joined by customer id instead of {@code by}: the customer
     *                     table column holding them ({@code segment} for the kept clustering,
     *                     {@code rfm_segment} for the RFM map); null for none
     * @param holdout      the day of the holdout drawn at activation whose control group (and segments) the
     *                     results are joined to by customer id; null for none
     * @param source       the project source the results were read from; null for a file outside the project
     * @param uplift       the uplift model fitted with the readout; null for none
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonPropertyOrder({"results", "group", "treatment", "control", "outcome", "revenue", "by", "id", "confidence",
        "treatedShare", "segments", "holdout", "source", "uplift"})
    public record ReadoutSettings(String results, String group, String treatment, String control, String outcome,
                                  String revenue, String by, String id, double confidence, double treatedShare,
                                  String segments, String holdout, String source, UpliftSettings uplift) {

        /** A readout by a column of the results file (or none), without an uplift model. */
        public ReadoutSettings(String results, String group, String treatment, String control, String outcome,
                               String revenue, String by, String id, double confidence, double treatedShare) {
            this(results, group, treatment, control, outcome, revenue, by, id, confidence, treatedShare, null, null,
                    null, null);
        }
    }

    /**
     * The uplift model of a readout.
     *
     * @param model    logistic, forest or boosting
     * @param seed     seeds the split and the models
     * @param features the columns the model learns from
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonPropertyOrder({"model", "seed", "features"})
    public record UpliftSettings(String model, long seed, List<String> features) {

        public UpliftSettings {
            features = features == null ? List.of() : List.copyOf(features);
        }
    }

    /** The holdout recorded on that day (the last of them when there are several); null when none. */
    public HoldoutRecord holdout(String date) {
        HoldoutRecord found = null;
        for (HoldoutRecord h : holdouts) {
            if (h.date().equals(date)) {
                found = h;
            }
        }
        return found;
    }
}
