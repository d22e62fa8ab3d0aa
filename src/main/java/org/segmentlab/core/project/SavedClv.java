package org.segmentlab.core.project;

import org.segmentlab.core.Progress;
import org.segmentlab.core.clv.ClvCalculator;
import org.segmentlab.core.clv.ClvResult;
import org.segmentlab.core.data.DataFileException;
import org.segmentlab.core.data.ImportedTable;
import org.segmentlab.core.features.rfm.TransactionLog;

/**
 * Runs a project's CLV model again without the workbench: reads its transactions source and fits the
 * saved model with the saved settings, so reports can show the same P(alive), expected purchases and CLV
 * per customer (and per segment, joined by customer id) that the analysis gave.
 */
public final class SavedClv {

    /** What the replay found: the source it read and the whole CLV result. */
    public record Replay(DataSourceRef source, ClvResult result) {
    }

    /**
     * Replays the project's CLV settings.
     *
     * @throws IllegalArgumentException when the project has no CLV settings or no such transactions source
     */
    public Replay replay(SavedSources sources, Progress progress) throws DataFileException {
        ClvSettings settings = settings(sources);
        DataSourceRef source = source(sources);
        ImportedTable table = sources.read(source, progress.slice(0, 0.4));
        TransactionLog log = TransactionLog.from(table, settings.transactionColumns(), progress.slice(0.4, 0.5));
        ClvResult result = new ClvCalculator().compute(log, settings.toOptions(), progress.slice(0.5, 1));
        return new Replay(source, result);
    }

    /**
     * The transactions source the project's CLV model reads: the one its settings name, else the
     * project's first transactions source.
     *
     * @throws IllegalArgumentException when the project has no CLV settings or no such source
     */
    public DataSourceRef source(SavedSources sources) {
        ClvSettings settings = settings(sources);
        return settings.sourceId() != null
                ? sources.source(settings.sourceId()).orElseThrow(() -> new IllegalArgumentException(
                        "the CLV model's source '" + settings.sourceId() + "' is not in the project"))
                : sources.project().sources().stream().filter(s -> s.kind() == SourceKind.TRANSACTIONS).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("the project has no transactions source"));
    }

    private static ClvSettings settings(SavedSources sources) {
        ClvSettings settings = sources.project().settings().clv();
        if (settings == null) {
            throw new IllegalArgumentException("the project has no customer-lifetime-value model");
        }
        return settings;
    }
}
