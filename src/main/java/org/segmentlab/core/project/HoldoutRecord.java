package org.segmentlab.core.project;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * A control group set aside when a project's segments were exported for a campaign, so the outcomes
 * can be joined to it when they come back ({@code group} column of the activation CSVs).
 *
 * @param date     the day of the export, yyyy-MM-dd
 * @param share    the share of each segment held back
 * @param seed     the seed of the draw (the same seed, segments and ids give the same control group)
 * @param runId    the clustering run exported, or {@code rfm}
 * @param folder   where the activation files were written, as given
 * @param control  customers held back
 * @param treated  customers to receive the campaign
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"date", "share", "seed", "runId", "folder", "control", "treated"})
public record HoldoutRecord(String date, double share, long seed, String runId, String folder, int control,
                            int treated) {

    public HoldoutRecord {
        Objects.requireNonNull(date, "date");
    }
}
