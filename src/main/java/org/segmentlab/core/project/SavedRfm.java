package org.segmentlab.core.project;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.segmentlab.core.Progress;
import org.segmentlab.core.data.DataFileException;
import org.segmentlab.core.data.ImportedTable;
import org.segmentlab.core.features.rfm.CancellationHandling;
import org.segmentlab.core.features.rfm.RfmCalculator;
import org.segmentlab.core.features.rfm.RfmOptions;
import org.segmentlab.core.features.rfm.RfmResult;
import org.segmentlab.core.features.rfm.TransactionColumns;
import org.segmentlab.core.features.rfm.TransactionLog;
import org.segmentlab.core.segment.rfm.RfmSegmentation;
import org.segmentlab.core.segment.rfm.RfmSegmenter;
import org.segmentlab.core.segment.rfm.SegmentMap;
import org.segmentlab.core.segment.rfm.SegmentRule;

/**
 * Scores the project's transactions on recency, frequency and monetary value and applies its segment
 * map, from its saved RFM settings, as the RFM step does: the one replay the report, the customer
 * table and the model share.
 */
public final class SavedRfm {

    /**
     * What the replay found.
     *
     * @param source       the transactions scored
     * @param dataFile     that source's file
     * @param table        the source as read
     * @param log          the purchases read from it
     * @param rfm          the scores
     * @param map          the segment map applied
     * @param segmentation every customer's segment
     */
    public record Replay(RfmSettings settings, DataSourceRef source, Path dataFile, ImportedTable table,
                         TransactionLog log, RfmResult rfm, SegmentMap map, RfmSegmentation segmentation) {
    }

    private SavedRfm() {
    }

    /** What the project's RFM step reads: its settings, its transactions source, that table and its log. */
    public record Inputs(RfmSettings settings, DataSourceRef source, ImportedTable table, TransactionColumns columns,
                         TransactionLog log) {
    }

    /**
     * Reads the transactions the project's RFM step scores (its settings' source, else the first
     * transactions source) into a log.
     *
     * @param purpose what the transactions are for, said when the project has none ("track RFM on")
     * @throws IllegalArgumentException when the project has no transactions (or not the source its settings name)
     */
    public static Inputs inputs(SavedSources sources, String purpose, Progress progress) throws DataFileException {
        Project project = sources.project();
        RfmSettings settings = project.settings().rfm() == null ? RfmSettings.DEFAULTS : project.settings().rfm();
        DataSourceRef source = source(project).orElseThrow(() -> new IllegalArgumentException(project.name()
                + ": the project has no transactions to " + purpose));
        ImportedTable table = sources.read(source, progress.slice(0, 0.8));
        TransactionColumns columns = columnsOf(settings.columns());
        TransactionLog log = TransactionLog.from(table, columns, progress.slice(0.8, 1));
        return new Inputs(settings, source, table, columns, log);
    }

    /**
     * The transactions the project's RFM step reads: the source its settings name, else the first
     * transactions source; empty when there is none.
     */
    public static Optional<DataSourceRef> source(Project project) {
        String wanted = project.settings().rfm() == null ? null : project.settings().rfm().sourceId();
        return wanted != null ? project.source(wanted) : project.firstSource(SourceKind.TRANSACTIONS);
    }

    /**
     * Replays the project's RFM step.
     *
     * @throws IllegalArgumentException when the project has no transactions (or not the source its
     *                                  settings name)
     * @throws DataFileException        when the file cannot be read or has no customer with a purchase
     */
    public static Replay replay(SavedSources sources, Progress progress) throws DataFileException {
        Inputs in = inputs(sources, "score on recency, frequency and monetary value", progress.slice(0, 0.75));
        RfmSettings settings = in.settings();
        DataSourceRef source = in.source();
        Path dataFile = sources.file(source);
        ImportedTable table = in.table();
        TransactionColumns wanted = in.columns();
        TransactionLog log = in.log();
        int bins = settings.bins() == null ? RfmOptions.DEFAULT_BINS : settings.bins();
        RfmResult rfm = new RfmCalculator().compute(log, new RfmOptions(settings.asOf(), bins, cancellations(settings),
                wanted), progress.slice(0.75, 0.95));
        if (rfm.size() == 0) {
            throw new DataFileException(dataFile, "no customer with a purchase to score: "
                    + String.join(" ", rfm.warnings()));
        }
        SegmentMap map = mapOf(settings, bins);
        RfmSegmentation segmentation = new RfmSegmenter().segment(rfm, map);
        progress.update(1, "Scored " + rfm.size() + " customers");
        return new Replay(settings, source, dataFile, table, log, rfm, map, segmentation);
    }

    /**
     * Each customer's RFM segment by name: the analyst's name of the segment where the project keeps
     * one ({@link NamedSegment#RFM_RUN}), else the map's.
     */
    public static Map<String, String> segmentByCustomer(Project project, RfmSegmentation segmentation) {
        Map<Integer, String> renamed = new HashMap<>();
        for (NamedSegment s : project.settings().segments()) {
            if (s.runId().equals(NamedSegment.RFM_RUN) && s.name() != null && !s.name().isBlank()) {
                renamed.put(s.segmentId(), s.name().strip());
            }
        }
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i < segmentation.rfm().size(); i++) {
            int id = segmentation.segmentId(i);
            out.put(segmentation.rfm().customerId(i), renamed.getOrDefault(id, segmentation.segmentName(i)));
        }
        return out;
    }

    /** How cancelled purchases are treated under these settings. */
    public static CancellationHandling cancellations(RfmSettings settings) {
        return settings.cancellations() == CancellationMode.NET ? CancellationHandling.NETTED
                : CancellationHandling.EXCLUDED;
    }

    /** The segment map the settings keep (the standard map with the analyst's actions where none). */
    public static SegmentMap mapOf(RfmSettings settings, int bins) {
        Map<String, String> standardActions = new HashMap<>();
        SegmentMap.standard().rules().forEach(r -> standardActions.put(r.name(), r.action()));
        Map<String, String> edited = settings.actions() == null ? Map.of() : settings.actions();
        List<SegmentRule> rules = new ArrayList<>();
        int mapBins;
        if (settings.segmentMap() == null) {
            mapBins = SegmentMap.standard().bins();
            rules.addAll(SegmentMap.standard().rules());
        } else {
            mapBins = bins;
            for (org.segmentlab.core.project.SegmentRule r : settings.segmentMap()) {
                ScoreRange m = r.monetary();
                rules.add(new SegmentRule(r.segment(), r.recency().from(), r.recency().to(), r.frequency().from(),
                        r.frequency().to(), m == null ? null : m.from(), m == null ? null : m.to(),
                        standardActions.getOrDefault(r.segment().strip(), "")));
            }
        }
        for (int i = 0; i < rules.size(); i++) {
            SegmentRule r = rules.get(i);
            String action = edited.get(r.name());
            if (action != null) {
                rules.set(i, new SegmentRule(r.name(), r.rMin(), r.rMax(), r.fMin(), r.fMax(), r.mMin(), r.mMax(),
                        action));
            }
        }
        return new SegmentMap(mapBins, rules);
    }

    /** The transaction columns the settings name, or those detected when they name none. */
    public static TransactionColumns columnsOf(Map<String, String> names) {
        if (names == null) {
            return TransactionColumns.detect();
        }
        return new TransactionColumns(names.get("customer"), names.get("timestamp"), names.get("amount"),
                names.get("quantity"), names.get("price"), names.get("invoice"));
    }
}
