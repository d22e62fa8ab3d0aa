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
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonPropertyOrder({"results", "group", "treatment", "control", "outcome", "revenue", "by", "id", "confidence",
        "treatedShare"})
    public record ReadoutSettings(String results, String group, String treatment, String control, String outcome,
                                  String revenue, String by, String id, double confidence, double treatedShare) {
    }
}
