package org.segmentlab.core.predict;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Flags features that may leak the outcome. Each feature alone is turned into a score on the
 * training part (a number keeps its direction, a category gets its training positive rate; missing
 * numbers take the training median, unseen categories the overall rate) and that score is measured
 * on the hold-out part. A feature is flagged when
 * <ul>
 *   <li>on its own it reaches a hold-out ROC AUC above {@value #ALONE_AUC}: real predictors of behaviour
 *       rarely rank customers that well by themselves; or</li>
 *   <li>its name says it is measured during or after the event the outcome records (a call's
 *       {@code duration}, a {@code cancellation}, a {@code refund}) and on its own it reaches a hold-out
 *       ROC AUC above {@value #NAMED_AUC}. The UCI bank marketing data warn that {@code duration} is known
 *       only once the call is over, when its outcome is known too.</li>
 * </ul>
 * Without a hold-out part the same scores are measured on the training rows.
 */
public final class LeakageCheck {

    static final double ALONE_AUC = 0.9;
    static final double NAMED_AUC = 0.75;
    private static final Set<String> AFTER_WORDS = Set.of("duration", "cancel", "cancelled", "canceled",
            "cancellation", "terminated", "termination", "churned", "churndate", "refund", "refunded", "closed",
            "closure");

    private LeakageCheck() {
    }

    /** The warnings, strongest first; {@code test} may be null (then the training rows are used). */
    public static List<ModelWarning> check(ModelInput train, ModelInput test) {
        ModelInput holdOut = test == null ? train : test;
        String where = test == null ? "the training customers" : "the hold-out customers";
        List<double[]> found = new ArrayList<>();
        List<String> names = new ArrayList<>();
        int p = train.numericNames().size();
        double[][] trainRows = train.numeric().rows();
        double[][] testRows = holdOut.numeric().rows();
        for (int j = 0; j < p; j++) {
            double median = median(trainRows, j);
            double[] a = column(trainRows, j, median);
            double[] b = column(testRows, j, median);
            double direction = BinaryMetrics.rocAuc(train.labels(), a) >= 0.5 ? 1 : -1;
            for (int i = 0; i < b.length; i++) {
                b[i] *= direction;
            }
            names.add(train.numericNames().get(j));
            found.add(new double[] {BinaryMetrics.rocAuc(holdOut.labels(), b)});
        }
        for (int j = 0; j < train.categoricalNames().size(); j++) {
            Map<String, int[]> counts = new HashMap<>();
            String[][] cat = train.categorical();
            int[] y = train.labels();
            int positives = 0;
            for (int i = 0; i < cat.length; i++) {
                int[] c = counts.computeIfAbsent(key(cat[i][j]), k -> new int[2]);
                c[0]++;
                c[1] += y[i];
                positives += y[i];
            }
            double overall = (double) positives / Math.max(1, cat.length);
            String[][] held = holdOut.categorical();
            double[] score = new double[held.length];
            for (int i = 0; i < held.length; i++) {
                int[] c = counts.get(key(held[i][j]));
                score[i] = c == null ? overall : (double) c[1] / c[0];
            }
            names.add(train.categoricalNames().get(j));
            found.add(new double[] {BinaryMetrics.rocAuc(holdOut.labels(), score)});
        }
        List<ModelWarning> out = new ArrayList<>();
        Integer[] order = new Integer[names.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, z) -> Double.compare(found.get(z)[0], found.get(x)[0]));
        for (int i : order) {
            double auc = found.get(i)[0];
            String name = names.get(i);
            String alone = String.format(Locale.ROOT, "on its own it ranks %s with ROC AUC %.3f", where, auc);
            if (auc > ALONE_AUC) {
                out.add(new ModelWarning(ModelWarning.Kind.POSSIBLE_LEAKAGE, name, "Possible leakage: '" + name
                        + "': " + alone + "; check that it is known before the outcome, or leave it out."));
            } else if (auc > NAMED_AUC && saysAfter(name)) {
                out.add(new ModelWarning(ModelWarning.Kind.POSSIBLE_LEAKAGE, name, "Possible leakage: '" + name
                        + "' is by its name measured during or after the event the outcome records, and " + alone
                        + "; leave it out unless it is known before the outcome."));
            }
        }
        return out;
    }

    /** True when a word of the name (split at punctuation and camel case) says "after the outcome". */
    static boolean saysAfter(String name) {
        String spaced = name.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        for (String word : spaced.split("[^a-z]+")) {
            if (AFTER_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static String key(String value) {
        return value == null ? "\u0000missing" : value;
    }

    private static double median(double[][] rows, int j) {
        double[] v = new double[rows.length];
        int n = 0;
        for (double[] row : rows) {
            if (Double.isFinite(row[j])) {
                v[n++] = row[j];
            }
        }
        if (n == 0) {
            return 0;
        }
        Arrays.sort(v, 0, n);
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }

    private static double[] column(double[][] rows, int j, double fill) {
        double[] out = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = Double.isFinite(rows[i][j]) ? rows[i][j] : fill;
        }
        return out;
    }
}
