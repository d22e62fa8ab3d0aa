package org.segmentlab.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/** The file types the report is written as, told apart by the file's extension. */
public enum ReportFormat {
    HTML,
    PDF;

    /** @throws IllegalArgumentException when the name ends in neither .html, .htm nor .pdf */
    public static ReportFormat of(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".pdf")) {
            return PDF;
        }
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return HTML;
        }
        throw new IllegalArgumentException("a report file must end in .html or .pdf, not " + file.getFileName());
    }

    /** Writes the report in this format to {@code file}, atomically (a reader never sees half a report). */
    public void write(ReportModel model, Path file) throws IOException {
        if (this == PDF) {
            new PdfReportWriter().write(model, file);
        } else {
            new HtmlReportWriter().write(model, file);
        }
    }
}
