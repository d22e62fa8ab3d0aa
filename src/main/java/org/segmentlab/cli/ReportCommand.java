package org.segmentlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.segmentlab.core.Progress;
import org.segmentlab.core.data.DataFileException;
import org.segmentlab.core.project.ProjectFileException;
import org.segmentlab.report.HtmlReportWriter;
import org.segmentlab.report.PdfReportWriter;
import org.segmentlab.report.ReportBuilder;
import org.segmentlab.report.ReportModel;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Writes the stakeholder report of a project (HTML or PDF, by the file's extension).",
            "The report scores the project's transactions with its RFM settings and segment map."})
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

    @Override
    public Integer call() throws ProjectFileException, DataFileException {
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean pdf = name.endsWith(".pdf");
        if (!pdf && !name.endsWith(".html") && !name.endsWith(".htm")) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--out must end in .html or .pdf, not " + out.getFileName());
        }
        PrintWriter err = spec.commandLine().getErr();
        Progress progress = ConsoleProgress.forTerminal(err);
        ReportModel model = new ReportBuilder().build(project, title, author, LocalDate.now(),
                progress.slice(0, 0.8));
        try {
            if (pdf) {
                new PdfReportWriter().write(model, out);
            } else {
                new HtmlReportWriter().write(model, out);
            }
        } catch (IOException e) {
            throw new BadInputException(out + ": cannot be written: " + e.getMessage());
        }
        progress.update(1, "Done");
        err.printf(Locale.US, "Wrote %s: %,d customers in %d segments%n", out, model.data().customers(),
                model.populatedSegments().size());
        return SegmentLabCli.OK;
    }
}
