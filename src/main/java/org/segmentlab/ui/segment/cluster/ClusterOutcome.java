package org.segmentlab.ui.segment.cluster;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.segmentlab.core.Progress;
import org.segmentlab.core.features.FeatureMatrix;
import org.segmentlab.core.segment.cluster.ClusteringParams;
import org.segmentlab.core.segment.cluster.ClusteringResult;
import org.segmentlab.core.segment.cluster.ClusteringService;
import org.segmentlab.core.segment.cluster.KSweep;
import org.segmentlab.core.segment.cluster.PrincipalComponents;
import org.segmentlab.core.segment.cluster.SegmentProfile;
import org.segmentlab.core.segment.cluster.SegmentProfiler;

/**
 * Everything one run of the panel found: the sweep (null when the algorithm finds k itself), the
 * final clustering, the segment profiles and the customers placed on the first two principal components.
 */
record ClusterOutcome(String sourceName, FeatureMatrix matrix, KSweep sweep, ClusteringResult result,
                      List<SegmentProfile> profiles, Projection projection, double[] medians) {

    /** Customers drawn on the map at most; above it a seeded sample is drawn. */
    static final int MAP_POINTS = 20_000;

    /**
     * Customers on the first two principal components of the scaled features.
     *
     * @param rows      the matrix row of each point
     * @param total     customers the points were drawn from
     * @param shares    variance share of the two components
     * @param centroids segment centres on the same components, by segment id
     * @param loadings  {@code loadings[c][f]}: the weight of feature f (scaled) in component c, for the
     *                  first two components (the second all zero with one feature)
     */
    record Projection(int[] rows, double[] x, double[] y, int total, double[] shares, double[][] centroids,
                      double[][] loadings) {
    }

    /** Sweeps k (when {@code sweepRange} is given), then clusters with {@code k} or the suggested k. */
    static ClusterOutcome compute(ClusteringService service, String sourceName, FeatureMatrix matrix,
                                  ClusteringParams params, int[] sweepRange, KSweep earlierSweep, int k,
                                  Progress progress) {
        KSweep sweep = earlierSweep;
        ClusteringParams chosen = params;
        if (params.algorithm().takesK()) {
            if (sweep == null && sweepRange != null) {
                sweep = service.sweep(matrix, params, sweepRange[0], sweepRange[1], progress.slice(0, 0.7));
            }
            int finalK = k > 0 ? k : sweep != null ? sweep.suggestedK() : params.k();
            chosen = params.withK(finalK);
        }
        progress.checkCancelled();
        ClusteringResult result = service.run(matrix, chosen, progress.slice(0.7, 0.95));
        List<SegmentProfile> profiles = SegmentProfiler.profile(matrix, result);
        progress.checkCancelled();
        Projection projection = project(matrix, result, params.seed());
        double[] medians = new double[matrix.featureCount()];
        for (int f = 0; f < medians.length; f++) {
            medians[f] = ValueEngagement.median(matrix, matrix.featureNames().get(f));
        }
        return new ClusterOutcome(sourceName, matrix, sweep, result, profiles, projection, medians);
    }

    /** The k the final clustering has. */
    int k() {
        return result.k();
    }

    /** The median of a feature over the customers that have it (worked out with the run, off the FX thread). */
    double median(String feature) {
        return medians[matrix.featureIndex(feature)];
    }

    private static Projection project(FeatureMatrix matrix, ClusteringResult result, long seed) {
        double[][] scaled = result.scaler().transform(matrix);
        for (double[] row : scaled) {
            for (int f = 0; f < row.length; f++) {
                if (Double.isNaN(row[f])) {
                    row[f] = 0;
                }
            }
        }
        int n = scaled.length;
        int[] rows = sample(n, seed);
        double[][] shown = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            shown[i] = scaled[rows[i]];
        }
        int dims = Math.min(2, matrix.featureCount());
        PrincipalComponents pca = PrincipalComponents.fit(scaled);
        double[][] points = pca.project(shown, dims);
        double[][] centres = pca.project(result.centroidsScaled(), dims);
        double[] x = new double[rows.length];
        double[] y = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            x[i] = points[i][0];
            y[i] = dims > 1 ? points[i][1] : 0;
        }
        double[] explained = pca.explainedShare();
        double[] shares = {explained[0], dims > 1 ? explained[1] : 0};
        double[][] centroids = new double[centres.length][];
        for (int s = 0; s < centres.length; s++) {
            centroids[s] = new double[] {centres[s][0], dims > 1 ? centres[s][1] : 0};
        }
        double[][] components = pca.components();
        double[][] loadings = {components[0].clone(),
                dims > 1 ? components[1].clone() : new double[matrix.featureCount()]};
        return new Projection(rows, x, y, n, shares, centroids, loadings);
    }

    /** All rows, or a seeded sample of {@link #MAP_POINTS} of them in row order. */
    static int[] sample(int n, long seed) {
        return sample(n, MAP_POINTS, seed);
    }

    /** All rows, or a seeded sample of {@code max} of them in row order. */
    static int[] sample(int n, int max, long seed) {
        if (n <= max) {
            int[] all = new int[n];
            Arrays.setAll(all, i -> i);
            return all;
        }
        int[] order = new int[n];
        Arrays.setAll(order, i -> i);
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < max; i++) {
            int j = i + random.nextInt(n - i);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        int[] picked = Arrays.copyOf(order, max);
        Arrays.sort(picked);
        return picked;
    }
}
