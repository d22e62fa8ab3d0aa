package org.segmentlab.core.predict;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.segmentlab.core.Progress;

/**
 * Global importance by permutation (Breiman 2001, the model-agnostic form): on the test part,
 * shuffle one feature (all 0/1 columns of a categorical feature together) with a seeded generator,
 * score again, and record how far the ROC AUC falls. Repeated to give a spread.
 */
public final class PermutationImportance {

    private PermutationImportance() {
    }

    /** Importance of each feature, largest drop first. */
    public static List<FeatureImportance> compute(TrainedModel model, double[][] encodedTest, int[] y, int repeats,
                                                  long seed, Progress progress) {
        if (repeats < 1) {
            throw new IllegalArgumentException("repeats must be at least 1");
        }
        double baseline = BinaryMetrics.rocAuc(y, model.probabilities(encodedTest));
        List<String> features = model.preparation().featureNames();
        int[] featureOf = model.preparation().featureOfColumn();
        Random random = new Random(seed);
        int n = encodedTest.length;
        // The shuffles are drawn in order first, so the figures do not depend on how the scoring is spread.
        int[][][] perms = new int[features.size()][repeats][];
        for (int f = 0; f < features.size(); f++) {
            for (int r = 0; r < repeats; r++) {
                perms[f][r] = permutation(n, random);
            }
        }
        long[] columnBit = new long[featureOf.length];
        for (int c = 0; c < featureOf.length; c++) {
            columnBit[c] = 1L << (featureOf[c] % Long.SIZE);
        }
        Scorer.Permuted fast = model.scorer().permuted(encodedTest, columnBit);
        FeatureImportance[] found = new FeatureImportance[features.size()];
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        IntStream featureRange = IntStream.range(0, features.size());
        if (fast != null) {
            // Each feature's shuffles are scored on one thread; the scorer spreads nothing itself.
            featureRange = featureRange.parallel();
        }
        featureRange.forEach(f -> {
            progress.checkCancelled();
            int[] columns = IntStream.range(0, featureOf.length).filter(c -> featureOf[c] == f).toArray();
            double[] drops = new double[repeats];
            double[] p = new double[n];
            Scorer.Changed changed = fast == null ? null : fast.feature(1L << (f % Long.SIZE));
            for (int r = 0; r < repeats; r++) {
                int[] perm = perms[f][r];
                double[][] shuffled = new double[n][];
                for (int i = 0; i < n; i++) {
                    double[] row = encodedTest[i].clone();
                    for (int c : columns) {
                        row[c] = encodedTest[perm[i]][c];
                    }
                    shuffled[i] = row;
                }
                if (changed != null) {
                    changed.probabilities(shuffled, p);
                } else {
                    p = model.probabilities(shuffled);
                }
                drops[r] = baseline - BinaryMetrics.rocAuc(y, p);
            }
            found[f] = new FeatureImportance(features.get(f), mean(drops), sampleStd(drops));
            int finished = done.incrementAndGet();
            synchronized (done) {
                progress.update((double) finished / features.size(), "Permutation importance: " + finished
                        + " of " + features.size() + " features");
            }
        });
        List<FeatureImportance> out = new ArrayList<>(List.of(found));
        progress.update(1, "Permutation importance done");
        out.sort(Comparator.comparingDouble((FeatureImportance fi) -> -fi.aucDrop()));
        return out;
    }

    private static int[] permutation(int n, Random random) {
        int[] perm = IntStream.range(0, n).toArray();
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = perm[i];
            perm[i] = perm[j];
            perm[j] = t;
        }
        return perm;
    }

    static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return values.length == 0 ? Double.NaN : sum / values.length;
    }

    static double sampleStd(double[] values) {
        if (values.length < 2) {
            return 0;
        }
        double m = mean(values);
        double squares = 0;
        for (double v : values) {
            squares += (v - m) * (v - m);
        }
        return Math.sqrt(squares / (values.length - 1));
    }
}
