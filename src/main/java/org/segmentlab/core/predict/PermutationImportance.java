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
        List<FeatureImportance> out = new ArrayList<>();
        for (int f = 0; f < features.size(); f++) {
            progress.checkCancelled();
            progress.update((double) f / features.size(), "Permutation importance: " + features.get(f));
            int feature = f;
            int[] columns = IntStream.range(0, featureOf.length).filter(c -> featureOf[c] == feature).toArray();
            double[] drops = new double[repeats];
            for (int r = 0; r < repeats; r++) {
                int[] perm = permutation(n, random);
                double[][] shuffled = new double[n][];
                for (int i = 0; i < n; i++) {
                    double[] row = encodedTest[i].clone();
                    for (int c : columns) {
                        row[c] = encodedTest[perm[i]][c];
                    }
                    shuffled[i] = row;
                }
                drops[r] = baseline - BinaryMetrics.rocAuc(y, model.probabilities(shuffled));
            }
            out.add(new FeatureImportance(features.get(f), mean(drops), sampleStd(drops)));
        }
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
