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
import org.segmentlab.core.data.DataFileException;
import org.segmentlab.core.data.ImportOptions;
import org.segmentlab.core.data.ImportedTable;
import org.segmentlab.core.data.TableImporter;
import org.segmentlab.core.features.rfm.CancellationHandling;
import org.segmentlab.core.features.rfm.MissingColumnException;
import org.segmentlab.core.features.rfm.RfmOptions;
import org.segmentlab.core.features.rfm.TransactionColumns;
import org.segmentlab.core.features.rfm.TransactionLog;
import org.segmentlab.core.project.Project;
import org.segmentlab.core.project.ProjectFileException;
import org.segmentlab.core.project.ProjectStore;
import org.segmentlab.core.project.SavedSources;
import org.segmentlab.core.project.SavedTracking;
import org.segmentlab.core.segment.rfm.RfmSegmentation;
import org.segmentlab.core.segment.rfm.SegmentMap;
import org.segmentlab.core.segment.rfm.SegmentMapFile;
import org.segmentlab.core.track.AsOfDays;
import org.segmentlab.core.track.ClusterSnapshots;
import org.segmentlab.core.track.Drift;
import org.segmentlab.core.track.Migration;
import org.segmentlab.core.track.RfmSnapshots;
import org.segmentlab.core.track.SegmentStability;
import org.segmentlab.core.track.Snapshot;
import org.segmentlab.core.track.SnapshotComparison;
import org.segmentlab.core.track.StabilityBootstrap;
import org.segmentlab.core.track.TrackResult;
import org.segmentlab.report.TrackFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "track", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Segments over time: the same segmentation as of several days, the migration between "
                + "consecutive snapshots, the drift of segment shares and features (PSI) and, for a clustering, "
                + "its bootstrap stability.",
            "RFM by default (each snapshot as 'segmentlab rfm --as-of DAY' gives it); with --project, a kept "
                + "clustering run of the customers of a log.",
            "Writes snapshots.csv, migration.csv, drift.csv, summary.json and, for a clustering, stability.csv."})
final class TrackCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--input", paramLabel = "FILE",
            description = "Transactions file (CSV/TSV). With --project: a log to track the kept run on "
                    + "instead of the run's own source.")
    Path input;

    @picocli.CommandLine.Mixin
    TransactionColumnOptions columns = new TransactionColumnOptions();

    @Option(names = "--cancellations", paramLabel = "exclude|net", defaultValue = "exclude",
            converter = RfmCommand.CancellationsConverter.class,
            description = "RFM: exclude cancellations and returns (default) or net them in monetary.")
    CancellationHandling cancellations;

    @Option(names = "--as-of", required = true, paramLabel = "D1,D2[,D3…]|monthly:FROM..TO",
            description = "The snapshot days (yyyy-MM-dd), or every month from FROM to TO on the same day of the month.")
    String asOf;

    @Option(names = "--segments", paramLabel = "map.json",
            description = "RFM segment map (JSON); default: the 10-segment R×F grid for 5 bins.")
    Path segments;

    @Option(names = "--bins", paramLabel = "N", description = "RFM score bins, 3 to 10 (default: 5).")
    Integer bins;

    @Option(names = "--project", paramLabel = "P.slproj.json", description = "Track a kept clustering run of this project.")
    Path project;

    @Option(names = "--run", paramLabel = "ID", description = "The clustering run to track (default: the last kept run).")
    String run;

    @Option(names = "--refit", description = "Snapshots hold the clustering fitted afresh on each day's customers "
            + "(default: the saved centres place them).")
    boolean refit;

    @Option(names = "--bootstrap", paramLabel = "N",
            description = "Bootstrap resamples for the stability of a clustering (default: "
                    + StabilityBootstrap.DEFAULT_RESAMPLES + "; 0: none).")
    Integer bootstrap;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42", description = "Seed of the bootstrap (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the output files.")
    Path out;

    @Override
    public Integer call() throws DataFileException, ProjectFileException {
        checkUsage();
        List<LocalDate> days;
        try {
            days = AsOfDays.parse(asOf);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--as-of: " + e.getMessage());
        }
        PrintWriter err = spec.commandLine().getErr();
        Progress progress = ConsoleProgress.forTerminal(err);
        TrackResult result = project == null ? rfm(days, progress.slice(0, 0.95))
                : clustering(days, err, progress.slice(0, 0.95));
        List<Path> written;
        try {
            written = new TrackFiles().write(result, out);
        } catch (IOException e) {
            throw new BadInputException(out + ": cannot be written: " + TrainCommand.reason(e));
        }
        progress.update(1, "Done");
        printSummary(err, result, written);
        return SegmentLabCli.OK;
    }

    private void checkUsage() {
        columns.check(spec);
        if (project == null) {
            if (input == null) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "give --input (RFM over time) or --project (a kept clustering over time)");
            }
            if (run != null || refit || bootstrap != null) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--run, --refit and --bootstrap apply to a clustering: give --project too");
            }
            if (bins != null && (bins < RfmOptions.MIN_BINS || bins > RfmOptions.MAX_BINS)) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--bins must be between " + RfmOptions.MIN_BINS + " and " + RfmOptions.MAX_BINS + ", not " + bins);
            }
        } else {
            if (bins != null || segments != null) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--bins and --segments apply to RFM, not to a clustering run of a project");
            }
            if (bootstrap != null && bootstrap < 0) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--bootstrap cannot be negative");
            }
        }
    }

    private TransactionColumns columns() {
        return columns.wanted();
    }

    private TransactionLog readLog(ImportedTable imported, TransactionColumns wanted, Progress progress) {
        try {
            return TransactionLog.from(imported, wanted, progress);
        } catch (MissingColumnException e) {
            throw new BadInputException(e.getMessage() + RfmCommand.hint(e));
        }
    }

    private TrackResult rfm(List<LocalDate> days, Progress progress) throws DataFileException {
        SegmentMap map = segments == null ? SegmentMap.standard() : new SegmentMapFile().read(segments);
        ImportedTable imported = new TableImporter().read(ImportOptions.of(input), progress.slice(0, 0.6));
        TransactionColumns wanted = columns();
        TransactionLog log = readLog(imported, wanted, progress.slice(0.6, 0.7));
        RfmOptions options = new RfmOptions(null, bins == null ? RfmOptions.DEFAULT_BINS : bins, cancellations, wanted);
        List<RfmSegmentation> segmentations = new RfmSnapshots().compute(log, options, map, days,
                progress.slice(0.7, 0.9));
        List<Snapshot> snapshots = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (RfmSegmentation s : segmentations) {
            if (s.rfm().size() == 0) {
                throw new BadInputException(input.getFileName() + ": no customer has a purchase on or before "
                        + s.rfm().asOf());
            }
            snapshots.add(RfmSnapshots.snapshotOf(s));
            for (String w : s.warnings()) {
                if (!warnings.contains(w)) {
                    warnings.add(w);
                }
            }
        }
        long dropped = imported.report().rowsRejected() + log.linesWithoutCustomerId();
        if (dropped > 0) {
            warnings.add(String.format(Locale.ROOT, "%,d lines of %s were left out: rejected on import or without "
                    + "a customer id.", dropped, input.getFileName()));
        }
        SnapshotComparison.Changes changes = new SnapshotComparison().compare(snapshots, progress.slice(0.9, 1));
        warnings.addAll(changes.warnings());
        return new TrackResult(TrackResult.RFM, snapshots, changes.migrations(), changes.drift(), List.of(), List.of(),
                warnings);
    }

    private TrackResult clustering(List<LocalDate> days, PrintWriter err, Progress progress)
            throws DataFileException, ProjectFileException {
        Project loaded = new ProjectStore().load(project);
        SavedSources sources = new SavedSources(loaded, project);
        SavedTracking.Prepared prepared;
        ClusterSnapshots.Result snapshots;
        List<SegmentStability> stability = List.of();
        List<String> warnings = new ArrayList<>();
        try {
            prepared = new SavedTracking().prepare(sources, run, days, refit, progress.slice(0, 0.3));
            warnings.addAll(prepared.replay().warnings());
            ClusterSnapshots.Input in = prepared.input();
            if (input != null) {
                ImportedTable imported = new TableImporter().read(ImportOptions.of(input), progress.slice(0.3, 0.4));
                in = new ClusterSnapshots.Input(SavedTracking.logsOf(imported, SavedTracking.readsEvents(prepared.replay()),
                        columns(), progress.slice(0.4, 0.45)), in.features(), in.params(), in.saved(), in.names(),
                        in.days(), in.refit());
                warnings.add("The kept run '" + prepared.replay().run().id() + "' is tracked on " + input.getFileName()
                        + ", not on its own source.");
            }
            snapshots = new ClusterSnapshots().compute(in, progress.slice(0.45, 0.7));
            warnings.addAll(snapshots.warnings());
            int resamples = bootstrap == null ? StabilityBootstrap.DEFAULT_RESAMPLES : bootstrap;
            if (resamples > 0) {
                stability = new StabilityBootstrap().assess(prepared.replay().matrix(), in.params(),
                        prepared.replay().result().assignments(), in.names(), resamples, seed, progress.slice(0.7, 0.97));
            }
        } catch (IllegalArgumentException e) {
            throw new BadInputException(project.getFileName() + ": " + e.getMessage());
        }
        SnapshotComparison.Changes changes = new SnapshotComparison().compare(snapshots.snapshots(),
                progress.slice(0.97, 1));
        warnings.addAll(changes.warnings());
        return new TrackResult(prepared.replay().run().id(), snapshots.snapshots(), changes.migrations(),
                changes.drift(), snapshots.adjustedRand(), stability, warnings);
    }

    private void printSummary(PrintWriter err, TrackResult result, List<Path> written) {
        err.printf(Locale.ROOT, "track: %s, %d snapshots (%s to %s)%n",
                result.segmentation().equals(TrackResult.RFM) ? "RFM" : "clustering run '" + result.segmentation() + "'",
                result.snapshots().size(), result.snapshots().get(0).asOf(),
                result.snapshots().get(result.snapshots().size() - 1).asOf());
        for (int s = 0; s < result.snapshots().size(); s++) {
            Snapshot snap = result.snapshots().get(s);
            String ari = result.adjustedRand().isEmpty() || Double.isNaN(result.adjustedRand().get(s)) ? ""
                    : String.format(Locale.ROOT, ", saved centres vs re-fit ARI %.3f", result.adjustedRand().get(s));
            err.printf(Locale.ROOT, "  %s: %,d customers%s%n", snap.asOf(), snap.size(), ari);
        }
        for (int p = 0; p < result.migrations().size(); p++) {
            Migration m = result.migrations().get(p);
            double psi = Double.NaN;
            String reading = "";
            for (Drift d : result.driftOfPair(p)) {
                if (d.measure().equals(Drift.SEGMENT_SHARE)) {
                    psi = d.psi();
                    reading = d.reading().word();
                }
            }
            err.printf(Locale.ROOT, "  %s -> %s: %.1f%% kept their segment, %,d new, %,d gone; segment shares PSI %.3f (%s)%n",
                    m.fromAsOf(), m.toAsOf(), 100 * m.keptShare(), m.arrived(), m.gone(), psi, reading);
        }
        for (SegmentStability s : result.stability()) {
            err.printf(Locale.ROOT, "  stability of %s: mean Jaccard %.3f (sd %.3f), %s%n", s.name(), s.jaccardMean(),
                    s.jaccardSd(), s.reading().words());
        }
        for (String w : result.warnings()) {
            err.println("warning: " + w);
        }
        err.println("  wrote " + written.size() + " files to " + out);
        err.flush();
    }
}
