package org.segmentlab.core.segment.cluster;

import org.segmentlab.core.Parallel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.segmentlab.core.Progress;
import org.segmentlab.core.features.FeatureMatrix;
import org.segmentlab.core.features.scale.Scaler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Segments customers: scales the features, runs the chosen algorithm, measures the result; and
 * sweeps k to help choose it. Independent pieces of work (k-means restarts, the k of a sweep,
 * silhouette rows) run on {@code threads} threads, each with its own seed derived from the
 * user's, so results do not depend on the number of threads or their timing.
 */
public final class ClusteringService {

    /** Customers the k-distance curve describes at most (neighbours are still searched among all). */
    static final int K_DISTANCE_SAMPLE = 20_000;

    private static final Logger LOG = LoggerFactory.getLogger(ClusteringService.class);

    private final int threads;

    /** Uses every processor. */
    public ClusteringService() {
        this(Runtime.getRuntime().availableProcessors());
    }

    public ClusteringService(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        this.threads = threads;
    }

    /** The features scaled as {@code params} says, flat, with the k-means tolerance for this data. */
    private record Prepared(Scaler scaler, double[] x, int n, int d, double tolerance) {
    }

    public ClusteringResult run(FeatureMatrix matrix, ClusteringParams params, Progress progress) {
        Prepared data = prepare(matrix, params);
        if (params.algorithm().takesK() && !cutsAtHeight(params) && params.k() > data.n) {
            throw new IllegalArgumentException("k = " + params.k() + " is more than the " + data.n + " customers");
        }
        ExecutorService pool = newPool();
        try {
            Progress work = progress.slice(0, 0.85);
            int[] raw;
            double bic = Double.NaN;
            boolean converged = true;
            Dendrogram tree = null;
            KDistanceCurve kDistance = null;
            if (params instanceof KMeansParams) {
                KMeansParams p = (KMeansParams) params;
                KMeans.Fit fit = bestKMeans(data, p.k(), p.restarts(), p.maxIterations(), p.seed(), pool, work);
                raw = fit.labels();
                converged = fit.converged();
            } else if (params instanceof DbscanParams) {
                DbscanParams p = (DbscanParams) params;
                KdTree index = new KdTree(data.x, data.n, data.d);
                raw = Dbscan.cluster(index, data.n, p.eps(), p.minPoints(), work.slice(0, 0.7));
                kDistance = kDistanceCurve(index, data.n, p.minPoints(), p.seed(), work.slice(0.7, 1));
            } else if (params instanceof HierarchicalParams) {
                HierarchicalParams p = (HierarchicalParams) params;
                tree = Agglomerative.build(data.x, data.n, data.d, p.linkage(), work);
                raw = p.cutHeight() != null ? tree.cutAtHeight(p.cutHeight()) : tree.cutIntoSegments(p.k());
            } else {
                GaussianMixtureParams p = (GaussianMixtureParams) params;
                GaussianMixtureEm.Fit fit = bestMixture(data, p, p.k(), pool, work);
                raw = fit.labels();
                bic = fit.bic();
                converged = fit.converged();
            }
            int[] labels = Labels.bySizeDescending(raw);
            int k = Labels.count(labels);
            if (params.algorithm().takesK() && !cutsAtHeight(params) && k < params.k()) {
                LOG.info("Asked for {} segments, found {}: some customers share identical values", params.k(), k);
            }
            ClusterQuality.Measured measured = ClusterQuality.measure(data.x, data.n, data.d, labels, bic,
                    params.seed(), pool, threads, progress.slice(0.85, 1));
            progress.update(1, "Found " + k + " segments");
            return new ClusteringResult(params, matrix.customerIds(), matrix.featureNames(), labels, k,
                    Labels.noise(labels), Labels.sizes(labels, k), data.scaler,
                    ClusterQuality.centroids(data.x, data.n, data.d, labels, k),
                    originalMeans(matrix, labels, k), measured.metrics, measured.silhouettes, tree, kDistance,
                    converged, ClusteringWarnings.of(matrix, params.scaling(), labels, k, measured.silhouettes));
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Runs the algorithm of {@code params} for every k from {@code minK} to {@code maxK} and measures
     * each with the restarts of {@code params}, so the row for k is the partition {@link #run} returns
     * for that k; hierarchical clustering builds one tree and cuts it at every k.
     */
    public KSweep sweep(FeatureMatrix matrix, ClusteringParams params, int minK, int maxK, Progress progress) {
        if (!params.algorithm().takesK()) {
            throw new IllegalArgumentException("a k sweep needs an algorithm that takes k "
                    + "(kmeans, hierarchical or gmm); " + params.algorithm().cliName() + " finds k itself");
        }
        if (minK < 2 || maxK < minK) {
            throw new IllegalArgumentException("the k range must run from 2 or more upwards, was " + minK + ".." + maxK);
        }
        Prepared data = prepare(matrix, params);
        if (maxK >= data.n) {
            throw new IllegalArgumentException("the k range goes up to " + maxK + ", but there are only " + data.n
                    + " customers");
        }
        int m = maxK - minK + 1;
        int[][] labels = new int[m][];
        double[] bic = new double[m];
        Arrays.fill(bic, Double.NaN);
        ExecutorService pool = newPool();
        try {
            Progress work = progress.slice(0, 0.7);
            if (params instanceof KMeansParams) {
                KMeansParams p = (KMeansParams) params;
                // The same restarts, seeds and stopping rule as a run with that k, so the row for k
                // describes exactly the segments a run with --k returns.
                int restarts = p.restarts();
                List<Callable<KMeans.Fit>> tasks = new ArrayList<>();
                List<int[]> taskKey = new ArrayList<>();
                AtomicInteger done = new AtomicInteger();
                int total = m * restarts;
                // Largest k first: they take longest, so the threads finish together.
                for (int k = maxK; k >= minK; k--) {
                    for (int r = 0; r < restarts; r++) {
                        int kk = k;
                        int rr = r;
                        taskKey.add(new int[] {k, r});
                        tasks.add(() -> {
                            KMeans.Fit fit = new KMeans(data.x, data.n, data.d).fit(kk, Seeds.derive(p.seed(), kk, rr),
                                    p.maxIterations(), 0, cancelOnly(work));
                            int finished = done.incrementAndGet();
                            work.update((double) finished / total, "k-means: " + finished + " of " + total + " runs");
                            return fit;
                        });
                    }
                }
                List<KMeans.Fit> fits = Parallel.all(pool, tasks);
                KMeans.Fit[] best = new KMeans.Fit[m];
                int[] bestRestart = new int[m];
                for (int t = 0; t < fits.size(); t++) {
                    int i = taskKey.get(t)[0] - minK;
                    int r = taskKey.get(t)[1];
                    KMeans.Fit f = fits.get(t);
                    if (best[i] == null || f.wcss() < best[i].wcss()
                            || (f.wcss() == best[i].wcss() && r < bestRestart[i])) {
                        best[i] = f;
                        bestRestart[i] = r;
                    }
                }
                for (int i = 0; i < m; i++) {
                    labels[i] = Labels.bySizeDescending(best[i].labels());
                }
            } else if (params instanceof HierarchicalParams) {
                HierarchicalParams p = (HierarchicalParams) params;
                Dendrogram tree = Agglomerative.build(data.x, data.n, data.d, p.linkage(), work);
                for (int i = 0; i < m; i++) {
                    labels[i] = tree.cutIntoSegments(minK + i);
                }
            } else {
                GaussianMixtureParams p = (GaussianMixtureParams) params;
                for (int i = 0; i < m; i++) {
                    GaussianMixtureEm.Fit fit = bestMixture(data, p, minK + i, pool,
                            work.slice((double) i / m, (double) (i + 1) / m));
                    labels[i] = Labels.bySizeDescending(fit.labels());
                    bic[i] = fit.bic();
                }
            }
            int[] ks = new int[m];
            for (int i = 0; i < m; i++) {
                ks[i] = Labels.count(labels[i]);
            }
            int[] all = new int[data.n];
            for (int i = 0; i < data.n; i++) {
                all[i] = i;
            }
            int[] sample = Silhouette.sample(all, Silhouette.SAMPLE_SIZE, Seeds.derive(params.seed(), 7));
            double[][] silhouettes = Silhouette.values(data.x, data.d, sample, labels, ks, pool, threads,
                    progress.slice(0.7, 0.98));
            List<KSweepRow> rows = new ArrayList<>(m);
            for (int i = 0; i < m; i++) {
                double[] spread = ClusterQuality.dispersion(data.x, data.n, data.d, labels[i], ks[i]);
                rows.add(new KSweepRow(minK + i, spread[0], Silhouette.mean(silhouettes[i], sample, labels[i]),
                        spread[1], spread[2], bic[i]));
            }
            KChoice.Suggestion s = KChoice.suggest(rows, params instanceof GaussianMixtureParams);
            progress.update(1, s.reason());
            return new KSweep(params.algorithm(), rows, s.k(), s.reason(), s.elbowK(), sample.length < data.n,
                    sample.length);
        } finally {
            pool.shutdownNow();
        }
    }

    private KMeans.Fit bestKMeans(Prepared data, int k, int restarts, int maxIterations, long seed,
                                  ExecutorService pool, Progress progress) {
        List<Callable<KMeans.Fit>> tasks = new ArrayList<>();
        AtomicInteger done = new AtomicInteger();
        for (int r = 0; r < restarts; r++) {
            int rr = r;
            tasks.add(() -> {
                // No tolerance: iterate until no customer changes segment, so every customer is nearest
                // to its own segment's mean and a saved model places it back where it is.
                KMeans.Fit fit = new KMeans(data.x, data.n, data.d).fit(k, Seeds.derive(seed, k, rr), maxIterations,
                        0, cancelOnly(progress));
                int finished = done.incrementAndGet();
                progress.update((double) finished / restarts, "k-means: run " + finished + " of " + restarts);
                return fit;
            });
        }
        List<KMeans.Fit> fits = Parallel.all(pool, tasks);
        // The lowest WCSS; on a tie the earliest restart, so the choice does not depend on timing.
        return fits.stream().min(Comparator.comparingDouble(KMeans.Fit::wcss)).orElseThrow();
    }

    /** The EM runs of one k side by side; the highest likelihood wins (ties: the earliest start). */
    private GaussianMixtureEm.Fit bestMixture(Prepared data, GaussianMixtureParams p, int k, ExecutorService pool,
                                              Progress progress) {
        List<Callable<GaussianMixtureEm.Fit>> tasks = new ArrayList<>();
        AtomicInteger done = new AtomicInteger();
        for (int start = 0; start < p.restarts(); start++) {
            int s = start;
            tasks.add(() -> {
                GaussianMixtureEm.Fit fit = new GaussianMixtureEm(data.x, data.n, data.d).fit(k, p.covariance(),
                        p.maxIterations(), Seeds.derive(p.seed(), k), s, data.tolerance, cancelOnly(progress));
                int finished = done.incrementAndGet();
                progress.update((double) finished / p.restarts(),
                        "Gaussian mixture, k = " + k + ": run " + finished + " of " + p.restarts());
                return fit;
            });
        }
        GaussianMixtureEm.Fit best = null;
        for (GaussianMixtureEm.Fit fit : Parallel.all(pool, tasks)) {
            if (best == null || fit.logLikelihood() > best.logLikelihood()) {
                best = fit;
            }
        }
        return best;
    }

    private static KDistanceCurve kDistanceCurve(KdTree tree, int n, int minPoints, long seed, Progress progress) {
        int k = Math.max(1, Math.min(minPoints - 1, n - 1));
        if (n < 2) {
            return new KDistanceCurve(k, new double[0], Double.NaN, false, 0);
        }
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        int[] rows = Silhouette.sample(all, K_DISTANCE_SAMPLE, Seeds.derive(seed, 11));
        double[] dist = new double[rows.length];
        for (int j = 0; j < rows.length; j++) {
            if ((j & 1023) == 0) {
                progress.checkCancelled();
                progress.update((double) j / rows.length, "k-distance curve");
            }
            dist[j] = tree.kthNeighbourDistance(rows[j], k);
        }
        Arrays.sort(dist);
        double[] xs = new double[dist.length];
        for (int j = 0; j < xs.length; j++) {
            xs[j] = j;
        }
        int knee = KneeFinder.kneeOfIncreasing(xs, dist);
        return new KDistanceCurve(k, dist, knee < 0 ? Double.NaN : dist[knee], rows.length < n, rows.length);
    }

    private static Prepared prepare(FeatureMatrix matrix, ClusteringParams params) {
        if (matrix.customerCount() == 0) {
            throw new IllegalArgumentException("there are no customers to segment");
        }
        if (matrix.featureCount() == 0) {
            throw new IllegalArgumentException("no features were chosen to segment on");
        }
        Scaler scaler = Scaler.fit(matrix, params.scaling());
        double[][] scaled = scaler.transform(matrix);
        int d = matrix.featureCount();
        double[] x = Labels.flatten(scaled, d);
        int n = matrix.customerCount();
        double tolerance = KMeans.RELATIVE_TOLERANCE * KMeans.meanVariance(x, n, d);
        return new Prepared(scaler, x, n, d, tolerance);
    }

    /** Segment means in original units; missing values are left out of each mean. */
    private static double[][] originalMeans(FeatureMatrix matrix, int[] labels, int k) {
        int d = matrix.featureCount();
        double[][] sum = new double[k][d];
        int[][] count = new int[k][d];
        double[][] rows = matrix.rows();
        for (int i = 0; i < rows.length; i++) {
            int l = labels[i];
            if (l < 0) {
                continue;
            }
            for (int f = 0; f < d; f++) {
                double v = rows[i][f];
                if (!Double.isNaN(v)) {
                    sum[l][f] += v;
                    count[l][f]++;
                }
            }
        }
        for (int j = 0; j < k; j++) {
            for (int f = 0; f < d; f++) {
                sum[j][f] = count[j][f] == 0 ? Double.NaN : sum[j][f] / count[j][f];
            }
        }
        return sum;
    }

    /** Hierarchical clustering cut at a height: k is what the cut yields, not what was asked. */
    private static boolean cutsAtHeight(ClusteringParams params) {
        return params instanceof HierarchicalParams && ((HierarchicalParams) params).cutHeight() != null;
    }

    /** Passes cancellation through but not progress: parallel pieces report progress as they finish. */
    private static Progress cancelOnly(Progress progress) {
        return new Progress() {
            @Override
            public void update(double fraction, String message) {
                // the caller reports progress per finished piece
            }

            @Override
            public boolean isCancelled() {
                return progress.isCancelled();
            }
        };
    }

    private ExecutorService newPool() {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory factory = r -> {
            Thread t = new Thread(r, "segmentlab-cluster-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        return Executors.newFixedThreadPool(threads, factory);
    }
}
