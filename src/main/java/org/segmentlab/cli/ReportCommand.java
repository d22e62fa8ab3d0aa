package org.segmentlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.segmentlab.core.Progress;
import org.segmentlab.core.data.DataFileException;
import org.segmentlab.core.project.Project;
import org.segmentlab.core.project.ProjectFileException;
import org.segmentlab.core.project.ProjectStore;
import org.segmentlab.report.ReportBuilder;
import org.segmentlab.report.ReportFormat;
import org.segmentlab.report.ReportModel;
import org.segmentlab.report.ReportOptions;
import org.segmentlab.report.ReportSection;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Writes the stakeholder report of a project (HTML or PDF, by the file's extension).",
            "It reports the project's latest kept clustering run (run again with its saved seed), or its RFM "
                + "segments when it has none, with the churn model's scores where the project has one."})
final class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--project", required = true, paramLabel = "P.slproj.json", description = "Project file.")
    Path project;

    @Option(names = "--out", required = true, paramLabel = "report.html|report.pdf", description = "Report file.")
    Path out;

    @Option(names = "--title", paramLabel = "TEXT", description = "Title (default: the project's report title or name).")
    String title;

    @Option(names = "--author", paramLabel = "TEXT", description = "Author shown under the title.")
    String author;

    @Option(names = "--logo", paramLabel = "FILE", description = "PNG or JPEG logo to embed at the top.")
    Path logo;

    @Option(names = "--sections", split = ",", paramLabel = "summary,segments,priorities,appendix",
            description = "Sections to include, in report order (default: the project's choice, else all).")
    List<String> sections;

    @Option(names = "--run", paramLabel = "ID", description = "Clustering run to report, 'rfm' for the RFM "
            + "segments, or 'campaign' for the segment column of the campaign's results file (default: the "
            + "project's choice, else its latest run, else RFM, else the campaign's segments).")
    String run;

    @Option(names = "--strict", description = "Exit 1 when a data file changed since the project took it "
            + "(else a warning on stderr).")
    boolean strict;

    @Override
    public Integer call() throws ProjectFileException, DataFileException {
        ReportFormat format;
        try {
            format = ReportFormat.of(out);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--out must end in .html or .pdf, not " + out.getFileName());
        }
        Project loaded = new ProjectStore().load(project);
        SourceWarnings.check(loaded, project, strict, spec.commandLine().getErr());
        ReportOptions options;
        try {
            options = ReportOptions.of(loaded, project);
        } catch (IllegalArgumentException e) {
            // a bad value inside the project file is bad input, not a usage error
            throw new BadInputException(project.getFileName() + ": " + e.getMessage());
        }
        try {
            if (title != null) {
                options = options.withTitle(title);
            }
            if (author != null) {
                options = options.withAuthor(author);
            }
            if (logo != null) {
                options = options.withLogo(logo);
            }
            if (sections != null) {
                options = options.withSections(ReportSection.parseAll(sections));
            }
            if (run != null) {
                options = options.withRunId(run);
            }
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        PrintWriter err = spec.commandLine().getErr();
        Progress progress = ConsoleProgress.forTerminal(err);
        ReportModel model;
        try {
            model = new ReportBuilder().build(loaded, project, options, LocalDate.now(), progress.slice(0, 0.8));
        } catch (IllegalArgumentException e) {
            throw new BadInputException(project.getFileName() + ": " + e.getMessage());
        }
        try {
            format.write(model, out);
        } catch (IOException e) {
            throw new BadInputException(out + ": cannot be written: " + e.getMessage());
        }
        progress.update(1, "Done");
        int segments = model.populatedSegments().size();
        err.printf(Locale.US, "Wrote %s: %,d customers in %d segment%s%s%n", out, model.customers().ids().size(),
                segments, segments == 1 ? "" : "s", model.model() == null ? ""
                        : String.format(Locale.US, ", %s model ROC AUC %.3f", model.model().kind(),
                        model.model().rocAuc()));
        return SegmentLabCli.OK;
    }
}
