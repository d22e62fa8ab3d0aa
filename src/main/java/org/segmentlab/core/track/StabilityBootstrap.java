package org.segmentlab.core.track;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import org.segmentlab.core.Parallel;
import org.segmentlab.core.Progress;
import org.segmentlab.core.features.FeatureMatrix;
import org.segmentlab.core.segment.cluster.ClusteringParams;
import org.segmentlab.core.segment.cluster.Refit;

/**
 * Bootstrap stability of a clustering, after Hennig's {@code clusterboot}: draw the customers with
 * replacement, cluster the resample with the same algorithm and parameters, and for each original
 * segment take the best Jaccard similarity between its members in the resample and a new segment
 * (both as sets of distinct customers). The mean over resamples says how stable the segment is.
 * Resamples run in parallel; each draws from its own seed derived from the user's, so the result
 * does not depend on the number of threads. DBSCAN noise is no segment and is not assessed.
 */
public final class StabilityBootstrap {

    public static final int DEFAULT_RESAMPLES = 100;

    private final int threads;

    /** Uses every processor. */
    public StabilityBootstrap() {
        this(Runtime.getRuntime().availableProcessors());
    }

    public StabilityBootstrap(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        this.threads = threads;
    }

    /**
     * @param labels the original segment of each row of {@code matrix} (0..k−1, noise −1)
     * @param names  the name of each segment id; segments beyond it are named "Segment id+1"
     */
    public List<SegmentStability> assess(FeatureMatrix matrix, ClusteringParams params, int[] labels,
                                         List<String> names, int resamples, long seed, Progress reported) {
        if (resamples < 1) {
            throw new IllegalArgumentException("the bootstrap needs at least 1 resample, was " + resamples);
        }
        int n = matrix.customerCount();
        if (labels.length != n) {
            throw new IllegalArgumentException(labels.length + " segments for " + n + " customers");
        }
        int k = 0;
        for (int l : labels) {
            k = Math.max(k, l + 1);
        }
        int[] sizes = new int[k];
        for (int l : labels) {
            if (l >= 0) {
                sizes[l]++;
            }
        }
        Progress progress = reported.forwardOnly();
        Progress cancelOnly = cancelOnly(progress);
        AtomicInteger done = new AtomicInteger();
        int segments = k;
        List<Callable<double[]>> tasks = new ArrayList<>(resamples);
        for (int b = 0; b < resamples; b++) {
            long drawSeed = Refit.seedFor(seed, b);
            tasks.add(() -> {
                cancelOnly.checkCancelled();
                double[] best = resample(matrix, params, labels, segments, drawSeed, cancelOnly);
                int finished = done.incrementAndGet();
                progress.update((double) finished / resamples,
                        "Bootstrap: " + finished + " of " + resamples + " resamples");
                return best;
            });
        }
        ExecutorService pool = Parallel.daemonPool(Math.min(threads, resamples), "segmentlab-bootstrap");
        double[][] jaccard;
        try {
            jaccard = Parallel.all(pool, tasks).toArray(new double[0][]);
        } finally {
            pool.shutdownNow();
        }
        List<SegmentStability> out = new ArrayList<>(k);
        for (int s = 0; s < k; s++) {
            double sum = 0;
            int count = 0;
            for (double[] row : jaccard) {
                if (!Double.isNaN(row[s])) {
                    sum += row[s];
                    count++;
                }
            }
            double mean = count == 0 ? Double.NaN : sum / count;
            double ss = 0;
            for (double[] row : jaccard) {
                if (!Double.isNaN(row[s])) {
                    ss += (row[s] - mean) * (row[s] - mean);
                }
            }
            double sd = count < 2 ? Double.NaN : Math.sqrt(ss / (count - 1));
            String name = s < names.size() ? names.get(s) : "Segment " + (s + 1);
            out.add(new SegmentStability(s, name, sizes[s], mean, sd, count,
                    Double.isNaN(mean) ? StabilityReading.DO_NOT_TRUST : StabilityReading.of(mean)));
        }
        progress.update(1, "Bootstrap done");
        return out;
    }

    /** One resample: the best Jaccard similarity of each original segment (NaN when none of its customers was drawn). */
    static double[] resample(FeatureMatrix matrix, ClusteringParams params, int[] labels, int k, long seed,
                             Progress progress) {
        int n = matrix.customerCount();
        SplittableRandom random = new SplittableRandom(seed);
        int[] drawn = new int[n];
        double[][] rows = matrix.rows();
        double[][] sampleRows = new double[n][];
        List<String> ids = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            drawn[i] = random.nextInt(n);
            sampleRows[i] = rows[drawn[i]];
            ids.add(matrix.customerIds().get(drawn[i]));
        }
        int[] refit = Refit.labels(new FeatureMatrix(ids, matrix.featureNames(), sampleRows), params, progress);
        return bestJaccard(labels, k, drawn, refit);
    }

    /**
     * For each original segment, the best Jaccard similarity between its distinct drawn customers and
     * the distinct customers of one refitted segment. A customer drawn more than once counts once, in
     * the segment of its first copy.
     *
     * @param drawn the original row of each resampled row
     * @param refit the refitted segment of each resampled row (noise −1)
     */
    static double[] bestJaccard(int[] labels, int k, int[] drawn, int[] refit) {
        int n = labels.length;
        int m = 0;
        for (int l : refit) {
            m = Math.max(m, l + 1);
        }
        int[] newLabel = new int[n];
        boolean[] present = new boolean[n];
        for (int r = 0; r < drawn.length; r++) {
            int i = drawn[r];
            if (!present[i]) {
                present[i] = true;
                newLabel[i] = refit[r];
            }
        }
        long[][] both = new long[k][m];
        long[] inOriginal = new long[k];
        long[] inNew = new long[m];
        for (int i = 0; i < n; i++) {
            if (!present[i]) {
                continue;
            }
            int a = labels[i];
            int b = newLabel[i];
            if (a >= 0) {
                inOriginal[a]++;
            }
            if (b >= 0) {
                inNew[b]++;
            }
            if (a >= 0 && b >= 0) {
                both[a][b]++;
            }
        }
        double[] best = new double[k];
        for (int a = 0; a < k; a++) {
            if (inOriginal[a] == 0) {
                best[a] = Double.NaN;
                continue;
            }
            double top = 0;
            for (int b = 0; b < m; b++) {
                long inter = both[a][b];
                if (inter > 0) {
                    top = Math.max(top, (double) inter / (inOriginal[a] + inNew[b] - inter));
                }
            }
            best[a] = top;
        }
        return best;
    }

    private static Progress cancelOnly(Progress progress) {
        return new Progress() {
            @Override
            public void update(double fraction, String message) {
                // progress is reported per finished resample
            }

            @Override
            public boolean isCancelled() {
                return progress.isCancelled();
            }
        };
    }
}
