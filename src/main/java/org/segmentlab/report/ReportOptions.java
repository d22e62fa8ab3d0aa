package org.segmentlab.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.segmentlab.core.project.Project;
import org.segmentlab.core.project.ReportSettings;

/**
 * What the reader chose for the report: its title, author, logo, sections and, for a project with
 * several clustering runs, which one it is about.
 *
 * @param title    null or blank = the project's name
 * @param author   null = none
 * @param logo     a PNG or JPEG file to embed at the top; null = none
 * @param sections in report order; empty = all
 * @param runId    the clustering run to report; null = the latest run, or the RFM segments without one
 */
public record ReportOptions(String title, String author, Path logo, List<ReportSection> sections, String runId) {

    public ReportOptions {
        List<String> names = new ArrayList<>();
        for (ReportSection s : sections == null ? List.<ReportSection>of() : sections) {
            names.add(s.cliName());
        }
        sections = ReportSection.parseAll(names);
    }

    /** Every section, the project's name as title, no author, no logo. */
    public static ReportOptions defaults() {
        return new ReportOptions(null, null, null, List.of(), null);
    }

    /**
     * The options the project keeps in its report settings.
     *
     * @param projectFile where the project is saved, to find a logo given relative to it; null for an
     *                    unsaved project (a relative logo is then taken from the working folder)
     * @throws IllegalArgumentException when the saved sections name an unknown section
     */
    public static ReportOptions of(Project project, Path projectFile) {
        ReportSettings saved = project.settings().report();
        if (saved == null) {
            return defaults();
        }
        Path logo = null;
        if (saved.logo() != null && !saved.logo().isBlank()) {
            Path given = Path.of(saved.logo());
            Path folder = projectFile == null ? null : projectFile.toAbsolutePath().getParent();
            logo = given.isAbsolute() || folder == null ? given : folder.resolve(given).normalize();
        }
        return new ReportOptions(saved.title(), saved.author(), logo, ReportSection.parseAll(saved.sections()),
                saved.runId());
    }

    public boolean includes(ReportSection section) {
        return sections.contains(section);
    }

    public ReportOptions withTitle(String newTitle) {
        return new ReportOptions(newTitle, author, logo, sections, runId);
    }

    public ReportOptions withAuthor(String newAuthor) {
        return new ReportOptions(title, newAuthor, logo, sections, runId);
    }

    public ReportOptions withLogo(Path newLogo) {
        return new ReportOptions(title, author, newLogo, sections, runId);
    }

    public ReportOptions withSections(List<ReportSection> newSections) {
        return new ReportOptions(title, author, logo, newSections, runId);
    }

    public ReportOptions withRunId(String newRunId) {
        return new ReportOptions(title, author, logo, sections, newRunId);
    }
}
