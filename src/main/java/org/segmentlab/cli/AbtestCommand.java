package org.segmentlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.segmentlab.core.Progress;
import org.segmentlab.core.campaign.CampaignColumns;
import org.segmentlab.core.campaign.ColumnJoin;
import org.segmentlab.core.campaign.CampaignOutcomes;
import org.segmentlab.core.campaign.CampaignReadout;
import org.segmentlab.core.campaign.CampaignReadouts;
import org.segmentlab.core.campaign.CampaignTable;
import org.segmentlab.core.campaign.ReadoutParams;
import org.segmentlab.core.campaign.SegmentAssignments;
import org.segmentlab.core.campaign.SegmentReadout;
import org.segmentlab.core.data.ColumnRole;
import org.segmentlab.core.data.DataFileException;
import org.segmentlab.core.data.ImportOptions;
import org.segmentlab.core.data.ImportedTable;
import org.segmentlab.core.data.TableImporter;
import org.segmentlab.report.CampaignFiles;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tech.tablesaw.api.Table;

@Command(name = "abtest", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Reads out a campaign with a treated and a control group, overall and per segment:",
            "rates, the difference with its Newcombe (hybrid score) interval, relative lift, incremental "
                + "conversions, p-values (Holm-adjusted across segments) and revenue per customer with a Welch "
                + "interval. Writes readout.csv: " + CampaignFiles.READOUT_HEADER + " (first row All)."})
final class AbtestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CampaignArmOptions arms;

    @Option(names = "--revenue", paramLabel = "COLUMN", description = "Spend per customer; an empty cell counts as 0.")
    String revenue;

    @ArgGroup(exclusive = true)
    Segmentation segmentation;

    static final class Segmentation {
        @Option(names = "--by", paramLabel = "COLUMN", description = "Read out per value of this column.")
        String by;

        @Option(names = "--segments", paramLabel = "assignments.csv",
                description = "Segments joined by customer id (customer_id and segment_name, segment or segment_id: "
                        + "the output of cluster, rfm or export).")
        Path segments;
    }

    @Option(names = "--id", paramLabel = "COLUMN",
            description = "The customer id column (default: customer_id or CustomerID when present, else the data "
                    + "row number from 1).")
    String id;

    @Option(names = "--confidence", defaultValue = "0.95", paramLabel = "P", description = "Confidence of the intervals (default 0.95).")
    double confidence;

    @Option(names = "--treated-share", paramLabel = "S",
            description = "The share meant to be treated, for the sample-ratio check (default 0.5, or the treated "
                    + "share of the --segments file when the group comes from it).")
    Double treatedShare;

    @Option(names = "--out", required = true, paramLabel = "readout.csv", description = "Where to write the readout.")
    Path out;

    @Override
    public Integer call() throws DataFileException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ReadoutParams params;
        try {
            params = new ReadoutParams(confidence, treatedShare == null ? 0.5 : treatedShare);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        Progress progress = ConsoleProgress.forTerminal(err);
        String file = arms.input.getFileName().toString();
        ImportedTable table = readResults(progress.slice(0, 0.5));
        String idColumn = CampaignCli.idColumn(table, id);
        String by = segmentation == null ? null : segmentation.by;
        CampaignColumns columns = arms.columns().withRevenue(revenue)
                .withSegment(by).withId(idColumn);
        Table results = table.table();
        ImportedTable assignments = null;
        if (segmentation != null && segmentation.segments != null) {
            assignments = new TableImporter().read(ImportOptions.of(segmentation.segments), progress.slice(0.5, 0.6));
            if (!hasColumn(results, arms.group) && idColumn != null && hasColumn(assignments.table(), arms.group)) {
                // the arms were drawn at activation (export --holdout): take them from that file
                ColumnJoin joined;
                try {
                    joined = ColumnJoin.add(results, idColumn, assignments.table(),
                            CampaignCli.idColumn(assignments, null) == null ? assignments.table().column(0).name()
                                    : CampaignCli.idColumn(assignments, null), arms.group, arms.treatment);
                } catch (IllegalArgumentException e) {
                    throw new BadInputException(segmentation.segments.getFileName() + ": " + e.getMessage());
                }
                results = joined.table();
                err.printf(Locale.ROOT, "segmentlab: note: '%s' taken from %s by customer id%s%n", arms.group,
                        segmentation.segments.getFileName(), joined.unmatched() > 0 ? "; " + joined.unmatched()
                                + " customers of " + file + " are not in it and were left out" : "");
                if (treatedShare == null && joined.share() > 0 && joined.share() < 1) {
                    params = params.withTreatedShare(joined.share());
                }
            }
        }
        CampaignTable.Read read;
        try {
            read = CampaignTable.read(results, columns);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(file + ": " + e.getMessage());
        }
        read.notes().forEach(n -> err.println("segmentlab: note: " + file + ": " + n));
        if (idColumn == null) {
            err.println("segmentlab: note: " + file + ": no id column; customers are numbered by data row from 1");
        }
        CampaignOutcomes outcomes = read.outcomes();
        if (assignments != null) {
            outcomes = join(outcomes, assignments, err);
        }
        CampaignReadout readout = new CampaignReadouts().read(outcomes, params, progress.slice(0.8, 0.95));
        readout.warnings().forEach(w -> err.println("segmentlab: warning: " + w));
        try {
            CampaignFiles.writeReadout(out, readout);
        } catch (IOException e) {
            throw new BadInputException("cannot write " + out + ": " + TrainCommand.reason(e));
        }
        progress.update(1, "Done");
        print(stdout, readout);
        return SegmentLabCli.OK;
    }

    private ImportedTable readResults(Progress progress) throws DataFileException {
        Map<String, ColumnRole> roles = new HashMap<>();
        // Every column is an attribute: a stray value empties one cell instead of rejecting the row.
        for (String c : new String[] {arms.group, arms.outcome, revenue, id, segmentation == null ? null : segmentation.by}) {
            if (c != null) {
                roles.put(c, ColumnRole.ATTRIBUTE);
            }
        }
        return new TableImporter().read(ImportOptions.of(arms.input).withRoles(roles), progress);
    }

    private static boolean hasColumn(Table table, String name) {
        return table.columnNames().stream().anyMatch(c -> c.equalsIgnoreCase(name.strip()));
    }

    private CampaignOutcomes join(CampaignOutcomes outcomes, ImportedTable table, PrintWriter err) {
        Path file = segmentation.segments;
        SegmentAssignments assignments;
        try {
            assignments = SegmentAssignments.from(table.table(), null);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(file.getFileName() + ": " + e.getMessage());
        }
        err.printf(Locale.ROOT, "segmentlab: note: segments from '%s' of %s (%,d customers), joined by id%n",
                assignments.column(), file.getFileName(), assignments.segmentOf().size());
        return assignments.joinTo(outcomes);
    }

    private static void print(PrintWriter out, CampaignReadout readout) {
        out.printf(Locale.ROOT, "%-28s %9s %9s %8s %8s %22s %9s%n", "segment", "treated", "control", "rate T",
                "rate C", "difference (CI)", "p (Holm)");
        for (SegmentReadout r : readout.rows()) {
            out.printf(Locale.ROOT, "%-28s %,9d %,9d %7.2f%% %7.2f%% %+6.2f (%+6.2f, %+6.2f) %9.4f%n",
                    r.segment().length() > 28 ? r.segment().substring(0, 27) + "…" : r.segment(), r.treated(),
                    r.control(), 100 * r.rateTreated(), 100 * r.rateControl(), 100 * r.difference().estimate(),
                    100 * r.difference().low(), 100 * r.difference().high(), r.pValueHolm());
        }
        out.println("(rates and differences in percentage points; intervals at "
                + Math.round(readout.params().confidence() * 100) + "%)");
        out.flush();
    }
}
