package org.segmentlab.core.segment.cluster;

import org.segmentlab.core.Progress;
import org.segmentlab.core.features.FeatureMatrix;
import org.segmentlab.core.features.scale.Scaler;

/**
 * Fits a clustering again and returns only the segment of each customer, on the calling thread and
 * without the quality measures of {@link ClusteringService#run}: the shape of work a bootstrap needs,
 * where many refits run side by side. The same algorithms, restarts and seeds as a full run, so a
 * refit of the same customers gives the same segments (ids by size, largest first; DBSCAN noise −1).
 */
public final class Refit {

    private Refit() {
    }

    public static int[] labels(FeatureMatrix matrix, ClusteringParams params, Progress progress) {
        if (matrix.customerCount() == 0) {
            throw new IllegalArgumentException("there are no customers to segment");
        }
        Scaler scaler = Scaler.fit(matrix, params.scaling());
        int n = matrix.customerCount();
        int d = matrix.featureCount();
        double[] x = Labels.flatten(scaler.transform(matrix), d);
        double tolerance = KMeans.RELATIVE_TOLERANCE * KMeans.meanVariance(x, n, d);
        int[] raw;
        if (params instanceof KMeansParams) {
            KMeansParams p = (KMeansParams) params;
            int k = Math.min(p.k(), n);
            KMeans.Fit best = null;
            for (int r = 0; r < p.restarts(); r++) {
                KMeans.Fit fit = new KMeans(x, n, d).fit(k, Seeds.derive(p.seed(), k, r), p.maxIterations(), 0,
                        progress);
                if (best == null || fit.wcss() < best.wcss()) {
                    best = fit;
                }
            }
            raw = best.labels();
        } else if (params instanceof DbscanParams) {
            DbscanParams p = (DbscanParams) params;
            raw = Dbscan.cluster(new KdTree(x, n, d), n, p.eps(), p.minPoints(), progress);
        } else if (params instanceof HierarchicalParams) {
            HierarchicalParams p = (HierarchicalParams) params;
            Dendrogram tree = Agglomerative.build(x, n, d, p.linkage(), progress);
            raw = p.cutHeight() != null ? tree.cutAtHeight(p.cutHeight()) : tree.cutIntoSegments(Math.min(p.k(), n));
        } else {
            GaussianMixtureParams p = (GaussianMixtureParams) params;
            int k = Math.min(p.k(), n);
            GaussianMixtureEm.Fit best = null;
            for (int start = 0; start < p.restarts(); start++) {
                GaussianMixtureEm.Fit fit = new GaussianMixtureEm(x, n, d).fit(k, p.covariance(), p.maxIterations(),
                        Seeds.derive(p.seed(), k), start, tolerance, progress);
                if (best == null || fit.logLikelihood() > best.logLikelihood()) {
                    best = fit;
                }
            }
            raw = best.labels();
        }
        return Labels.bySizeDescending(raw);
    }

    /** A seed for one piece of a larger seeded job, independent of the other pieces. */
    public static long seedFor(long seed, long piece) {
        return Seeds.derive(seed, piece);
    }
}
