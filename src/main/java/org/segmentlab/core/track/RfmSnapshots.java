package org.segmentlab.core.track;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import org.segmentlab.core.Parallel;
import org.segmentlab.core.Progress;
import org.segmentlab.core.features.rfm.RfmCalculator;
import org.segmentlab.core.features.rfm.RfmOptions;
import org.segmentlab.core.features.rfm.RfmResult;
import org.segmentlab.core.features.rfm.TransactionLog;
import org.segmentlab.core.segment.rfm.RfmSegmentation;
import org.segmentlab.core.segment.rfm.RfmSegmenter;
import org.segmentlab.core.segment.rfm.SegmentMap;
import org.segmentlab.core.segment.rfm.SegmentSummary;

/**
 * RFM segments as of several days. Each snapshot is exactly what {@code segmentlab rfm --as-of D}
 * gives for its day: the lines dated up to that day count (lines on it give R = 0), customers are
 * scored against the other customers of that snapshot, and the segment map is applied to the scores.
 */
public final class RfmSnapshots {

    /** The measures compared between snapshots for drift. */
    public static final List<String> MEASURES = List.of("recency_days", "frequency", "monetary");

    private final int threads;

    /** Uses every processor. */
    public RfmSnapshots() {
        this(Runtime.getRuntime().availableProcessors());
    }

    public RfmSnapshots(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        this.threads = threads;
    }

    /**
     * @param options how to compute RFM (bins, cancellations, columns); its as-of day is replaced by each day
     */
    public List<RfmSegmentation> compute(TransactionLog log, RfmOptions options, SegmentMap map,
                                         List<LocalDate> days, Progress reported) {
        if (days.isEmpty()) {
            throw new IllegalArgumentException("no as-of day given");
        }
        // The days are independent passes over the same immutable log: they run side by side.
        Progress progress = reported.forwardOnly();
        Progress cancelOnly = new Progress() {
            @Override
            public void update(double fraction, String message) {
                // reported per finished day
            }

            @Override
            public boolean isCancelled() {
                return progress.isCancelled();
            }
        };
        AtomicInteger done = new AtomicInteger();
        int threads = Math.min(this.threads, days.size());
        ExecutorService pool = Parallel.daemonPool(threads, "segmentlab-rfm-snapshots");
        List<Callable<RfmSegmentation>> tasks = new ArrayList<>(days.size());
        for (LocalDate day : days) {
            tasks.add(() -> {
                RfmResult rfm = new RfmCalculator().compute(log, options.withAsOf(day), cancelOnly);
                RfmSegmentation segmentation = new RfmSegmenter().segment(rfm, map);
                int finished = done.incrementAndGet();
                progress.update((double) finished / days.size(), "RFM as of " + day);
                return segmentation;
            });
        }
        try {
            return Parallel.all(pool, tasks);
        } finally {
            pool.shutdownNow();
        }
    }

    /** One RFM segmentation as a snapshot: revenue is monetary, the features are R, F and M. */
    public static Snapshot snapshotOf(RfmSegmentation segmentation) {
        RfmResult rfm = segmentation.rfm();
        int n = rfm.size();
        List<String> ids = new ArrayList<>(n);
        String[] segments = new String[n];
        double[] recency = new double[n];
        double[] frequency = new double[n];
        double[] monetary = new double[n];
        for (int i = 0; i < n; i++) {
            ids.add(rfm.customerId(i));
            segments[i] = segmentation.segmentName(i);
            recency[i] = rfm.recencyDays(i);
            frequency[i] = rfm.frequency(i);
            monetary[i] = rfm.monetary(i);
        }
        List<String> order = new ArrayList<>();
        for (SegmentSummary s : segmentation.summaries()) {
            order.add(s.name());
        }
        Map<String, double[]> numeric = new LinkedHashMap<>();
        numeric.put(MEASURES.get(0), recency);
        numeric.put(MEASURES.get(1), frequency);
        numeric.put(MEASURES.get(2), monetary);
        return new Snapshot(rfm.asOf(), order, ids, segments, monetary, numeric, Map.of());
    }
}
