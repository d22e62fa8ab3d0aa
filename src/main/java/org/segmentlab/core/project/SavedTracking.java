package org.segmentlab.core.project;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
