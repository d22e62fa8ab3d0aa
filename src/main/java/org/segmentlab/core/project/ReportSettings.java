package org.segmentlab.core.project;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The stakeholder report of a project.
 *
 * @param sections the sections to include, in order; null = all
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"title", "author", "sections"})
public record ReportSettings(String title, String author, List<String> sections) {

    public ReportSettings {
        sections = sections == null ? null : List.copyOf(sections);
    }

    public ReportSettings withTitle(String newTitle) {
        return new ReportSettings(newTitle, author, sections);
    }

    public ReportSettings withAuthor(String newAuthor) {
        return new ReportSettings(title, newAuthor, sections);
    }

    public ReportSettings withSections(List<String> newSections) {
        return new ReportSettings(title, author, newSections);
    }
}
