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
import org.segmentlab.report.ActivationExport;
import org.segmentlab.report.ReportBuilder;
import org.segmentlab.report.ReportModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Writes the activation CSVs of a project into a folder:",
            "customers.csv (customer_id,segment_id,segment_name,recency_days,frequency,monetary), "
                + "segment_summary.csv, and one segment_NN_name.csv per segment."})
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--project", required = true, paramLabel = "P.slproj.json", description = "Project file.")
    Path project;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the CSV files.")
    Path out;

    @Option(names = "--bom", description = "Start each file with a UTF-8 byte order mark (for older Excel).")
    boolean bom;

    @Override
    public Integer call() throws ProjectFileException, DataFileException {
        PrintWriter err = spec.commandLine().getErr();
        Progress progress = ConsoleProgress.forTerminal(err);
        ReportModel model = new ReportBuilder().build(project, null, null, LocalDate.now(), progress.slice(0, 0.9));
        ActivationExport.Written written;
        try {
            written = new ActivationExport().write(model.analysis(), out, bom);
        } catch (IOException e) {
            throw new BadInputException(out + ": cannot be written: " + e.getMessage());
        }
        progress.update(1, "Done");
        err.printf(Locale.US, "Wrote %d files to %s: %,d customers%n", written.files().size(), out,
                written.customers());
        return SegmentLabCli.OK;
    }
}
