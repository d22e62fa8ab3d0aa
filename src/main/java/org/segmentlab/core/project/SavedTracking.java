package org.segmentlab.core.project;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.segmentlab.core.features.rfm.CancellationHandling;
import org.segmentlab.core.features.rfm.RfmOptions;
import org.segmentlab.core.segment.rfm.RfmSegmentation;
import org.segmentlab.core.track.AsOfDays;
import org.segmentlab.core.track.RfmSnapshots;
import org.segmentlab.core.track.SegmentStability;
import org.segmentlab.core.track.Snapshot;
import org.segmentlab.core.track.SnapshotComparison;
import org.segmentlab.core.track.StabilityBootstrap;
import org.segmentlab.core.track.TrackResult;
import org.segmentlab.core.Progress;
import org.segmentlab.core.data.DataFileException;
import org.segmentlab.core.data.ImportedTable;
import org.segmentlab.core.features.CustomerTableSources;
import org.segmentlab.core.features.events.EventColumns;
import org.segmentlab.core.features.events.EventLog;
import org.segmentlab.core.features.rfm.TransactionColumns;
import org.segmentlab.core.features.rfm.TransactionLog;
import org.segmentlab.core.features.transactions.TransactionProducts;
import org.segmentlab.core.segment.cluster.ClusteringResult;
import org.segmentlab.core.track.ClusterSnapshots;

/**
 * The project side of tracking a kept clustering over time: replays the run as the Clusters step
 * showed it (its centres and names are the saved segmentation) and reads the log it was built from,
 * so {@link ClusterSnapshots} can compute the run as of other days. Only a run over the customers of
 * a transactions or events log can be tracked: a table's rows carry no dates.
 */
public final class SavedTracking {

    /**
     * What tracking the project's segments gave.
     *
     * @param settings the settings tracked, their as-of days as given or, when none were given, as chosen
     * @param result   the snapshots, migrations, drift and (for a clustering) stability
     */
    public record Tracked(TrackSettings settings, TrackResult result) {
    }

    /**
     * The segments the settings name, as of their days: the RFM segments with the project's RFM settings
     * and segment map (as the RFM step scores them), or a kept clustering run of the customers of a log.
     * The report and the Over time step both come here.
     *
     * @throws IllegalArgumentException with a message for the user (fewer than two days, no transactions,
     *                                  no customer before a day, a run over a table)
     */
    public TrackResult track(SavedSources sources, TrackSettings settings, Progress progress) throws DataFileException {
        return track(sources, settings.asOf(), settings, progress).result();
    }

    /**
     * As {@link #track(SavedSources, TrackSettings, Progress)}; with {@code asOf} null the days are chosen
     * from the data ({@link AsOfDays#monthlyOver}) and said in the returned settings.
     *
     * @param settings the segmentation, re-fit, bootstrap and seed; its as-of days are replaced by {@code asOf}
     */
    public Tracked track(SavedSources sources, String asOf, TrackSettings settings, Progress progress)
            throws DataFileException {
        List<LocalDate> given = asOf == null ? null : AsOfDays.parse(asOf);
        if (given != null && given.size() < 2) {
            throw new IllegalArgumentException("segments over time need at least two as-of days, not " + asOf);
        }
        return settings.tracksRfm() ? rfm(sources, given, settings, progress)
                : clustering(sources, given, settings, progress);
    }

    private static Tracked rfm(SavedSources sources, List<LocalDate> given, TrackSettings settings, Progress progress)
            throws DataFileException {
        SavedRfm.Inputs in = SavedRfm.inputs(sources, "track RFM on", progress.slice(0, 0.6));
        RfmSettings rfm = in.settings();
        DataSourceRef source = in.source();
        TransactionColumns columns = in.columns();
        TransactionLog log = in.log();
        String asOf = given == null ? AsOfDays.monthlyOver(CustomerTableSources.ofTransactions(log, null)) : null;
        List<LocalDate> days = given == null ? AsOfDays.parse(asOf) : given;
        int bins = rfm.bins() == null ? RfmOptions.DEFAULT_BINS : rfm.bins();
        CancellationHandling cancellations = SavedRfm.cancellations(rfm);
        RfmOptions options = new RfmOptions(null, bins, cancellations, columns);
        List<RfmSegmentation> segmentations = new RfmSnapshots().compute(log, options, SavedRfm.mapOf(rfm, bins),
                days, progress.slice(0.6, 0.95));
        List<Snapshot> snapshots = new ArrayList<>();
        for (RfmSegmentation s : segmentations) {
            if (s.rfm().size() == 0) {
                throw new IllegalArgumentException("no customer has a purchase on or before " + s.rfm().asOf());
            }
            snapshots.add(RfmSnapshots.snapshotOf(s));
        }
        SnapshotComparison.Changes changes = new SnapshotComparison().compare(snapshots, progress.slice(0.95, 1));
        List<String> warnings = new ArrayList<>(changes.warnings());
        if (log.linesWithoutCustomerId() > 0) {
            warnings.add(String.format(java.util.Locale.ROOT, "%,d %s of %s without a customer id %s left out.",
                    log.linesWithoutCustomerId(), log.linesWithoutCustomerId() == 1 ? "line" : "lines",
                    java.nio.file.Path.of(source.path()).getFileName(), log.linesWithoutCustomerId() == 1 ? "was" : "were"));
        }
        return new Tracked(withDays(settings, asOf), new TrackResult(TrackResult.RFM, snapshots, changes.migrations(),
                changes.drift(), List.of(), List.of(), warnings));
    }

    private Tracked clustering(SavedSources sources, List<LocalDate> given, TrackSettings settings, Progress progress)
            throws DataFileException {
        Prepared prepared = prepare(sources, settings.runId(), given == null ? List.of() : given,
                Boolean.TRUE.equals(settings.refit()), progress.slice(0, 0.3));
        String asOf = given == null ? AsOfDays.monthlyOver(prepared.input().sources()) : null;
        ClusterSnapshots.Input input = prepared.input();
        if (given == null) {
            input = new ClusterSnapshots.Input(input.sources(), input.features(), input.params(), input.saved(),
                    input.names(), AsOfDays.parse(asOf), input.refit());
        }
        ClusterSnapshots.Result snapshots = new ClusterSnapshots().compute(input, progress.slice(0.3, 0.6));
        int resamples = settings.bootstrap() == null ? StabilityBootstrap.DEFAULT_RESAMPLES : settings.bootstrap();
        long seed = settings.seed() != null ? settings.seed() : sources.project().seed();
        List<SegmentStability> stability = resamples <= 0 ? List.of() : new StabilityBootstrap().assess(
                prepared.replay().matrix(), input.params(), prepared.replay().result().assignments(),
                input.names(), resamples, seed, progress.slice(0.6, 0.98));
        SnapshotComparison.Changes changes = new SnapshotComparison().compare(snapshots.snapshots(),
                progress.slice(0.98, 1));
        List<String> warnings = new ArrayList<>(snapshots.warnings());
        warnings.addAll(changes.warnings());
        return new Tracked(withDays(settings, asOf), new TrackResult(prepared.replay().run().id(),
                snapshots.snapshots(), changes.migrations(), changes.drift(), snapshots.adjustedRand(), stability,
                warnings));
    }

    private static TrackSettings withDays(TrackSettings settings, String asOf) {
        return asOf == null ? settings : new TrackSettings(asOf, settings.runId(), settings.refit(),
                settings.bootstrap(), settings.seed());
    }

    /** The replayed run and what {@link ClusterSnapshots} needs. */
    public record Prepared(SavedClustering.Replay replay, ClusterSnapshots.Input input) {
    }

    /**
     * @throws IllegalArgumentException with a message for the user: no such run, a run over a table
     */
    public Prepared prepare(SavedSources sources, String runId, List<LocalDate> days, boolean refit,
                            Progress progress) throws DataFileException {
        Project project = sources.project();
        ClusteringRun run = SavedClustering.chosenRun(project, runId).orElseThrow(() -> new IllegalArgumentException(
                runId == null ? "the project keeps no clustering run" : "the project keeps no clustering run '" + runId + "'"));
        if (!run.clustersCustomers()) {
            throw new IllegalArgumentException("clustering run '" + run.id() + "' clusters the rows of a table, "
                    + "which carry no dates; only a run over the customers of a transactions or events log can be tracked");
        }
        SavedClustering.Replay replay = new SavedClustering().replay(sources, run, progress.slice(0, 0.8));
        CustomerTableSources logs = logsOf(replay.table(), replay.source().kind() == SourceKind.EVENTS,
                TransactionColumns.detect(), progress.slice(0.8, 1));
        ClusteringResult result = replay.result();
        List<String> names = new ArrayList<>();
        for (int s = 0; s < result.k(); s++) {
            names.add(replay.labels().nameOf(s));
        }
        progress.update(1, "Replayed clustering run '" + run.id() + "'");
        return new Prepared(replay, new ClusterSnapshots.Input(logs, run.features(), result.params(), result.model(),
                names, days, refit));
    }

    /** The log of a table read as a transactions log (with the given columns) or an events log. */
    public static CustomerTableSources logsOf(ImportedTable table, boolean events, TransactionColumns columns,
                                              Progress progress) {
        if (events) {
            return CustomerTableSources.ofEvents(EventLog.from(table, EventColumns.detect(table)));
        }
        TransactionLog transactions = TransactionLog.from(table, columns, progress);
        return CustomerTableSources.ofTransactions(transactions,
                TransactionProducts.read(table, transactions, null).orElse(null));
    }

    /** Whether the run's source is an events log. */
    public static boolean readsEvents(SavedClustering.Replay replay) {
        return replay.source().kind() == SourceKind.EVENTS;
    }
}
