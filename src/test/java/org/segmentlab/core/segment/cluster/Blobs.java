package org.segmentlab.core.segment.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.segmentlab.core.features.FeatureMatrix;

/** Planted groups for tests: Gaussian blobs around seeded centres, with the truth kept. */
final class Blobs {

    final double[][] rows;
    final int[] truth;
    final double[][] centres;

    private Blobs(double[][] rows, int[] truth, double[][] centres) {
        this.rows = rows;
        this.truth = truth;
        this.centres = centres;
    }

    /**
     * {@code n} customers in {@code groups} equal groups; centres uniform in [−spread, spread]^d,
     * each group normal with standard deviation {@code sd} around its centre.
     */
    static Blobs generate(int n, int d, int groups, double spread, double sd, long seed) {
        Random rnd = new Random(seed);
        double[][] centres = new double[groups][d];
        for (double[] c : centres) {
            for (int f = 0; f < d; f++) {
                c[f] = (rnd.nextDouble() * 2 - 1) * spread;
            }
        }
        return around(centres, n, sd, rnd);
    }

    /** Three well-separated groups in the plane, around (0, 0), (10, 0) and (5, 9). */
    static Blobs threeApart(int n, double sd, long seed) {
        return around(new double[][] {{0, 0}, {10, 0}, {5, 9}}, n, sd, new Random(seed));
    }

    /** {@code n} customers spread evenly over the given centres. */
    static Blobs around(double[][] centres, int n, double sd, Random rnd) {
        int d = centres[0].length;
        double[][] rows = new double[n][d];
        int[] truth = new int[n];
        for (int i = 0; i < n; i++) {
            int g = i % centres.length;
            truth[i] = g;
            for (int f = 0; f < d; f++) {
                rows[i][f] = centres[g][f] + rnd.nextGaussian() * sd;
            }
        }
        return new Blobs(rows, truth, centres);
    }

    FeatureMatrix matrix() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            ids.add("C" + i);
        }
        List<String> names = new ArrayList<>();
        for (int f = 0; f < rows[0].length; f++) {
            names.add("f" + (f + 1));
        }
        return new FeatureMatrix(ids, names, rows);
    }
}
