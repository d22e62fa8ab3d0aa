package org.segmentlab.core.project;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** Where the user was in the workbench, so a reopened project looks as they left it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"openView", "selectedSourceId", "selectedRunId"})
public record UiState(String openView, String selectedSourceId, String selectedRunId) {

    public UiState withOpenView(String newOpenView) {
        return new UiState(newOpenView, selectedSourceId, selectedRunId);
    }

    public UiState withSelectedSourceId(String newSelectedSourceId) {
        return new UiState(openView, newSelectedSourceId, selectedRunId);
    }

    public UiState withSelectedRunId(String newSelectedRunId) {
        return new UiState(openView, selectedSourceId, newSelectedRunId);
    }
}
