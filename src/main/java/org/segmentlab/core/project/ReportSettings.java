package org.segmentlab.core.project;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The stakeholder report of a project.
 *
 * @param sections the sections to include, in order ({@code summary}, {@code segments},
 *                 {@code priorities}, {@code appendix}); null = all
 * @param logo     an image file (PNG or JPEG) shown at the top; relative to the project's folder
 *                 (with {@code /}) or absolute; null = none
 * @param runId    the clustering run the report is about; null = the project's latest run, or its
 *                 RFM segments when it has no run
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"title", "author", "sections", "logo", "runId"})
public record ReportSettings(String title, String author, List<String> sections, String logo, String runId) {

    @JsonCreator
    public ReportSettings(@JsonProperty("title") String title, @JsonProperty("author") String author,
                          @JsonProperty("sections") List<String> sections, @JsonProperty("logo") String logo,
                          @JsonProperty("runId") String runId) {
        this.title = title;
        this.author = author;
        this.sections = sections == null ? null : List.copyOf(sections);
        this.logo = logo;
        this.runId = runId;
    }

    /** Without a logo, about the default run. */
    public ReportSettings(String title, String author, List<String> sections) {
        this(title, author, sections, null, null);
    }

    public ReportSettings withTitle(String newTitle) {
        return new ReportSettings(newTitle, author, sections, logo, runId);
    }

    public ReportSettings withAuthor(String newAuthor) {
        return new ReportSettings(title, newAuthor, sections, logo, runId);
    }

    public ReportSettings withSections(List<String> newSections) {
        return new ReportSettings(title, author, newSections, logo, runId);
    }

    public ReportSettings withLogo(String newLogo) {
        return new ReportSettings(title, author, sections, newLogo, runId);
    }

    public ReportSettings withRunId(String newRunId) {
        return new ReportSettings(title, author, sections, logo, newRunId);
    }
}
