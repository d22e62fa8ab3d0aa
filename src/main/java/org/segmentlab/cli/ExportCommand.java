package org.segmentlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.segmentlab.core.Progress;
import org.segmentlab.core.campaign.Holdout;
import org.segmentlab.core.data.DataFileException;
import org.segmentlab.core.project.CampaignSettings;
import org.segmentlab.core.project.HoldoutRecord;
import org.segmentlab.core.engine.EngineException;
import org.segmentlab.core.engine.JdbcSource;
import org.segmentlab.core.engine.SegmentWriteBack;
import org.segmentlab.core.engine.SqlEngine;
import org.segmentlab.core.project.Project;
import org.segmentlab.core.project.ProjectFileException;
import org.segmentlab.core.project.ProjectStore;
import org.segmentlab.core.project.ProjectCustomers;
import org.segmentlab.core.project.SavedSources;
import org.segmentlab.report.ActivationExport;
import org.segmentlab.report.CustomerTableExport;
import org.segmentlab.report.ReportBuilder;
import org.segmentlab.report.ReportModel;
import org.segmentlab.report.ReportOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Writes the activation CSVs of a project into a folder:",
            "customers.csv (customer_id,segment_id,segment_name, then the segment's measures: recency_days, "
                + "frequency, monetary for RFM, the clustered features for a clustering), segment_summary.csv, "
                + "and one segment_NN_name.csv per segment;",
            "customer_table.csv: the project's customer table (every feature of the Customers step) with segment, "
                + "rfm_segment and, with --with-scores, churn_score."})
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--project", required = true, paramLabel = "P.slproj.json", description = "Project file.")
    Path project;

    @Option(names = "--out", paramLabel = "DIR", description = "Folder for the CSV files.")
    Path out;

    @Option(names = "--jdbc", paramLabel = "URL", description = "Write customer_id, segment_id, segment_name, score, "
            + "as_of to a database table instead of (or besides) the CSVs, in one transaction.")
    String jdbc;

    @Option(names = "--table", paramLabel = "TABLE", description = "With --jdbc: the table (created when absent; "
            + "rows of the same as_of day are replaced).")
    String table;

    @Option(names = "--user", paramLabel = "USER", description = "With --jdbc: the database user.")
    String user;

    @Option(names = "--password-env", paramLabel = "VAR",
            description = "With --jdbc: the environment variable holding the password.")
    String passwordEnv;

    @Option(names = "--as-of", paramLabel = "yyyy-MM-dd", converter = RfmCommand.DayConverter.class,
            description = "With --jdbc: the snapshot day written as as_of (default: today).")
    LocalDate asOf;

    @Option(names = "--bom", description = "Start each file with a UTF-8 byte order mark (for older Excel).")
    boolean bom;

    @Option(names = "--with-scores", description = "Add score (the model's probability) and top_drivers columns, "
            + "when the project has a model.")
    boolean withScores;

    @Option(names = "--run", paramLabel = "ID", description = "Clustering run to export, 'rfm' or 'campaign' (default: as the report).")
    String run;

    @Option(names = "--holdout", paramLabel = "SHARE",
            description = "Hold back this share of each segment at random as a control group (e.g. 0.1): adds a "
                    + "group column (treatment/control) and records the holdout in the project, so the campaign's "
                    + "lift can be read out later (segmentlab abtest --segments customers.csv).")
    Double holdout;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the holdout draw (default: the project's seed).")
    Long seed;

    @Option(names = "--strict", description = "Exit 1 when a data file changed since the project took it "
            + "(else a warning on stderr).")
    boolean strict;

    @Override
    public Integer call() throws ProjectFileException, DataFileException {
        if (out == null && jdbc == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "give --out DIR, --jdbc URL --table T, or both");
        }
        if ((jdbc == null) != (table == null)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--jdbc and --table go together");
        }
        if (jdbc == null && (user != null || passwordEnv != null || asOf != null)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--user, --password-env and --as-of go with --jdbc");
        }
        PrintWriter err = spec.commandLine().getErr();
        if (holdout != null && !(holdout > 0 && holdout < 1)) {
            throw new BadInputException("--holdout must be a share between 0 and 1, such as 0.1; was " + holdout);
        }
        Progress progress = ConsoleProgress.forTerminal(err);
        Project loaded = new ProjectStore().load(project);
        SourceWarnings.check(loaded, project, strict, spec.commandLine().getErr());
        Project saved = loaded;
        ReportModel model;
        SavedSources sources;
        CustomerTableExport.Enriched customers;
        try {
            ReportOptions options = ReportOptions.of(loaded, project).withLogo(null);
            if (run != null) {
                options = options.withRunId(run);
            }
            if (!withScores && loaded.settings().predict() != null) {
                // the model is only trained when its scores are wanted
                loaded = loaded.withSettings(loaded.settings().withPredict(null));
            }
            sources = new SavedSources(loaded, project);
            model = new ReportBuilder().build(sources, options, LocalDate.now(), progress.slice(0, 0.8));
            customers = new CustomerTableExport().build(sources, model, progress.slice(0.8, 0.95));
        } catch (IllegalArgumentException e) {
            throw new BadInputException(project.getFileName() + ": " + e.getMessage());
        }
        if (jdbc != null) {
            writeBack(err, model, progress.slice(0.9, out == null ? 1 : 0.95));
        }
        if (out == null) {
            progress.update(1, "Done");
            return SegmentLabCli.OK;
        }
        Holdout drawn = null;
        if (holdout != null) {
            long drawSeed = seed != null ? seed : saved.seed() != null ? saved.seed() : Project.DEFAULT_SEED;
            drawn = Holdout.draw(model.customers().ids(), model.customers().segmentIds(), holdout, drawSeed);
        }
        ActivationExport.Written written;
        int files;
        try {
            written = new ActivationExport().write(model, out, bom, withScores, drawn);
            files = written.files().size();
            if (customers.table() != null) {
                new CustomerTableExport().write(customers.table(), out, bom);
                files++;
            }
        } catch (IOException e) {
            throw new BadInputException(out + ": cannot be written: " + e.getMessage());
        }
        if (drawn != null) {
            HoldoutRecord record = new HoldoutRecord(LocalDate.now().toString(), drawn.share(), drawn.seed(),
                    run, out.toString(), drawn.controlCount(), written.customers() - drawn.controlCount());
            CampaignSettings campaign = saved.settings().campaign() == null ? CampaignSettings.EMPTY
                    : saved.settings().campaign();
            new ProjectStore().save(saved.withSettings(saved.settings().withCampaign(campaign.withHoldout(record))),
                    project);
            err.printf(Locale.US, "Held back %,d customers as the control group (%s of each segment, seed %d); "
                    + "recorded in %s%n", drawn.controlCount(), holdout, drawn.seed(), project.getFileName());
        }
        progress.update(1, "Done");
        err.printf(Locale.US, "Wrote %d files to %s: %,d customers%s%n", files, out,
                written.customers(), withScores && !written.withScores() ? " (the project has no model: no scores)"
                        : written.withScores() ? " with scores" : "");
        if (customers.table() != null) {
            err.printf(Locale.US, "%s: %,d customers × %d columns (%s)%n", CustomerTableExport.FILE,
                    customers.table().rowCount(), customers.table().columns().size(),
                    String.join(", ", customers.table().featureNames().stream()
                            .filter(n -> n.equals(ProjectCustomers.SEGMENT) || n.equals(ProjectCustomers.RFM_SEGMENT)
                                    || n.equals(ProjectCustomers.CHURN_SCORE)).toList()));
        }
        for (String note : customers.notes()) {
            err.println("segmentlab: note: " + note);
        }
        return SegmentLabCli.OK;
    }

    /** The customer → segment list (and scores) into a database table, all rows or none. */
    private void writeBack(PrintWriter err, ReportModel model, Progress progress) {
        ReportModel.CustomerList list = model.customers();
        boolean scores = withScores && list.scores() != null;
        List<SegmentWriteBack.Row> rows = new ArrayList<>(list.ids().size());
        for (int i = 0; i < list.ids().size(); i++) {
            Double score = scores && !Double.isNaN(list.scores()[i]) ? list.scores()[i] : null;
            rows.add(new SegmentWriteBack.Row(list.ids().get(i), list.segmentIds()[i], list.segmentNames().get(i), score));
        }
        LocalDate day = asOf != null ? asOf : LocalDate.now();
        try (SqlEngine db = SqlSourceOptions.connect(new JdbcSource(jdbc, table, null, user, passwordEnv))) {
            SegmentWriteBack.Written written = new SegmentWriteBack().write(db, table, rows, day, progress);
            err.printf(Locale.US, "Wrote %,d customers%s to table %s of %s (as_of %s%s)%n", written.rows(),
                    scores ? " with scores" : withScores ? " (the project has no model: no scores)" : "", table,
                    db.description(), day, written.replaced() > 0
                            ? String.format(Locale.US, "; %,d rows of that day replaced", written.replaced()) : "");
        } catch (EngineException e) {
            throw new BadInputException(e.getMessage());
        }
    }
}
