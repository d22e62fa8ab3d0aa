package org.segmentlab.core.campaign;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.segmentlab.core.Progress;
import org.segmentlab.core.features.FeatureMatrix;
import org.segmentlab.core.predict.InputSchema;
import org.segmentlab.core.predict.LabelCoding;
import org.segmentlab.core.predict.ModelInput;
import org.segmentlab.core.predict.ModelTraining;
import org.segmentlab.core.predict.TrainedModel;
import org.segmentlab.core.predict.TrainingParams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fits an uplift model with SegmentLab's classifiers. The customers are split, seeded and stratified
 * by arm × outcome, into a training part and a test part; the models learn on the training part
 * only, and the Qini and uplift curves are measured on the test part. With {@link UpliftMethod#BEST}
 * the two methods are compared by 4-fold cross-validation inside the training part (the test part
 * plays no part in the choice); the better one is then fitted again on the whole training part.
 */
public final class UpliftModeling {

    private static final Logger LOG = LoggerFactory.getLogger(UpliftModeling.class);
    private static final int COMPARISON_FOLDS = 4;

    public UpliftResult fit(ModelInput features, CampaignOutcomes outcomes, UpliftParams params, Progress progress) {
        int n = outcomes.size();
        if (features.rowCount() != n) {
            throw new IllegalArgumentException(features.rowCount() + " feature rows for " + n + " customers");
        }
        boolean[] treated = outcomes.treated();
        int[] y = outcomes.converted();
        progress.update(0, "Splitting");
        int[][] split = stratifiedSplit(treated, y, allRows(n), params.testFraction(), params.seed());
        int[] train = split[0];
        int[] test = split[1];
        List<String> notes = new ArrayList<>();
        List<UpliftResult.MethodScore> validation = new ArrayList<>();
        UpliftMethod method = params.method();
        if (method == UpliftMethod.BEST) {
            List<int[][]> folds = stratifiedFolds(treated, y, train, COMPARISON_FOLDS, params.seed() + 1);
            List<UpliftMethod> candidates = UpliftMethod.fitted();
            double[][] perFold = new double[candidates.size()][folds.size()];
            int steps = folds.size() * candidates.size();
            for (int f = 0; f < folds.size(); f++) {
                for (int m = 0; m < candidates.size(); m++) {
                    int step = f * candidates.size() + m;
                    perFold[m][f] = validationScore(candidates.get(m), features, outcomes, folds.get(f), params,
                            progress.slice(0.5 * step / steps, 0.5 * (step + 1) / steps), new ArrayList<>());
                }
            }
            double[] mean = new double[candidates.size()];
            double[] se = new double[candidates.size()];
            int best = 0;
            List<String> scores = new ArrayList<>();
            for (int m = 0; m < candidates.size(); m++) {
                mean[m] = Arrays.stream(perFold[m]).average().orElse(Double.NaN);
                se[m] = standardError(perFold[m], mean[m]);
                validation.add(new UpliftResult.MethodScore(candidates.get(m), mean[m]));
                scores.add(String.format(Locale.ROOT, "%s %.6f (± %.6f)", candidates.get(m).cliName(), mean[m], se[m]));
                best = mean[m] > mean[best] ? m : best;
            }
            // Qini areas of a few hundred conversions are noisy: the simplest method within one standard
            // error of the best is kept (candidates come simplest first), not the luckiest
            int kept = best;
            for (int m = 0; m < candidates.size(); m++) {
                if (mean[m] >= mean[best] - se[best]) {
                    kept = m;
                    break;
                }
            }
            method = candidates.get(kept);
            notes.add(String.format(Locale.ROOT, "%d-fold cross-validation on the training part, mean Qini area "
                    + "above random (± standard error): %s; kept %s, the simplest within one standard error of the "
                    + "best", COMPARISON_FOLDS, String.join(", ", scores), method.cliName()));
        }
        Progress fitting = params.method() == UpliftMethod.BEST ? progress.slice(0.5, 0.95) : progress.slice(0, 0.95);
        Scores scores = fitAndScore(method, features, outcomes, train, allRows(n), params, fitting, notes);
        progress.update(0.95, "Measuring on the test part");
        boolean[] inTest = new boolean[n];
        for (int i : test) {
            inTest[i] = true;
        }
        double[] testUplift = new double[test.length];
        for (int k = 0; k < test.length; k++) {
            testUplift[k] = scores.uplift[test[k]];
        }
        UpliftEvaluation evaluation = evaluate(test, treated, y, testUplift);
        progress.update(1, "Done");
        LOG.info("Uplift ({}, {}) on {} training and {} test customers: Qini area above random {}", method,
                params.model().kind(), train.length, test.length, evaluation.qiniAreaAboveRandom());
        return new UpliftResult(params, method, outcomes.customerIds(), inTest, scores.uplift, scores.pTreated,
                scores.pControl, evaluation, validation, train.length, test.length, notes);
    }

    /** The standard error of the mean of {@code values}. */
    static double standardError(double[] values, double mean) {
        if (values.length < 2) {
            return 0;
        }
        double ss = 0;
        for (double v : values) {
            ss += (v - mean) * (v - mean);
        }
        return Math.sqrt(ss / (values.length - 1) / values.length);
    }

    private double validationScore(UpliftMethod method, ModelInput features, CampaignOutcomes outcomes, int[][] inner,
                                   UpliftParams params, Progress progress, List<String> notes) {
        Scores s = fitAndScore(method, features, outcomes, inner[0], inner[1], params, progress, notes);
        return evaluate(inner[1], outcomes.treated(), outcomes.converted(), s.uplift).qiniAreaAboveRandom();
    }

    /** The curves of {@code rows}, whose predicted uplift is {@code upliftOfRows} (in the same order). */
    private static UpliftEvaluation evaluate(int[] rows, boolean[] treated, int[] y, double[] upliftOfRows) {
        boolean[] t = new boolean[rows.length];
        int[] c = new int[rows.length];
        for (int k = 0; k < rows.length; k++) {
            t[k] = treated[rows[k]];
            c[k] = y[rows[k]];
        }
        return UpliftCurves.evaluate(t, c, upliftOfRows);
    }

    /** Uplift (and for two models the two probabilities) of {@code scoreRows}, in their order. */
    private record Scores(double[] uplift, double[] pTreated, double[] pControl) {
    }

    private Scores fitAndScore(UpliftMethod method, ModelInput features, CampaignOutcomes outcomes, int[] train,
                               int[] scoreRows, UpliftParams params, Progress progress, List<String> notes) {
        boolean[] treated = outcomes.treated();
        int[] y = outcomes.converted();
        TrainingParams training = TrainingParams.defaults(params.model().kind()).withModel(params.model())
                .withImportanceRepeats(0).withSeed(params.seed());
        ModelInput toScore = features.rows(scoreRows);
        double[] uplift = new double[scoreRows.length];
        double[] pt = new double[scoreRows.length];
        double[] pc = new double[scoreRows.length];
        if (method == UpliftMethod.TWO_MODEL) {
            int[] t = Arrays.stream(train).filter(i -> treated[i]).toArray();
            int[] c = Arrays.stream(train).filter(i -> !treated[i]).toArray();
            TrainedModel mt = train(features, y, t, training, "treated", progress.slice(0, 0.45));
            TrainedModel mc = train(features, y, c, training, "control", progress.slice(0.45, 0.9));
            pt = mt.probabilities(toScore, progress.slice(0.9, 0.95));
            pc = mc.probabilities(toScore, progress.slice(0.95, 1));
            for (int k = 0; k < uplift.length; k++) {
                uplift[k] = pt[k] - pc[k];
            }
        } else if (method == UpliftMethod.SINGLE_MODEL) {
            TrainedModel m = train(withArm(features, treated, null), y, train, training, "all",
                    progress.slice(0, 0.9));
            pt = m.probabilities(withArm(toScore, null, true), progress.slice(0.9, 0.95));
            pc = m.probabilities(withArm(toScore, null, false), progress.slice(0.95, 1));
            for (int k = 0; k < uplift.length; k++) {
                uplift[k] = pt[k] - pc[k];
            }
        } else {
            int[] balanced = balanceArms(train, treated, params.seed(), notes);
            int[] z = new int[y.length];
            for (int i = 0; i < z.length; i++) {
                z[i] = (treated[i] ? y[i] : 1 - y[i]);
            }
            TrainedModel m = train(features, z, balanced, training, "transformed", progress.slice(0, 0.9));
            double[] p = m.probabilities(toScore, progress.slice(0.9, 1));
            for (int k = 0; k < uplift.length; k++) {
                uplift[k] = 2 * p[k] - 1;
            }
            Arrays.fill(pt, Double.NaN);
            Arrays.fill(pc, Double.NaN);
        }
        return new Scores(uplift, pt, pc);
    }

    /** The feature the single model reads the arm from. */
    static final String ARM_FEATURE = "treated_arm";

    /**
     * The features with the arm as one more number: each row's own arm ({@code treated}), or the same
     * arm for every row ({@code every}).
     */
    static ModelInput withArm(ModelInput features, boolean[] treated, Boolean every) {
        FeatureMatrix numeric = features.numeric();
        if (numeric.featureNames().contains(ARM_FEATURE) || features.categoricalNames().contains(ARM_FEATURE)) {
            throw new IllegalArgumentException("a feature is named '" + ARM_FEATURE
                    + "', the name the single model gives the arm; rename it");
        }
        List<String> names = new ArrayList<>(numeric.featureNames());
        names.add(ARM_FEATURE);
        double[][] rows = new double[numeric.customerCount()][];
        for (int i = 0; i < rows.length; i++) {
            double[] row = Arrays.copyOf(numeric.rows()[i], names.size());
            row[names.size() - 1] = (every != null ? every : treated[i]) ? 1 : 0;
            rows[i] = row;
        }
        return new ModelInput(new FeatureMatrix(numeric.customerIds(), names, rows), features.categoricalNames(),
                features.categorical(), features.labels(), features.dates());
    }

    private static TrainedModel train(ModelInput features, int[] labels, int[] rows, TrainingParams params,
                                      String what, Progress progress) {
        ModelInput part = features.rows(rows);
        int[] y = new int[rows.length];
        int positives = 0;
        for (int k = 0; k < rows.length; k++) {
            y[k] = labels[rows[k]];
            positives += y[k];
        }
        if (positives == 0 || positives == rows.length) {
            throw new IllegalArgumentException("the " + what + " customers of the training part have " + positives
                    + " conversions of " + rows.length + "; a model needs both outcomes");
        }
        ModelInput labelled = new ModelInput(part.numeric(), part.categoricalNames(), part.categorical(), y, null);
        InputSchema schema = new InputSchema("customer_id", new LabelCoding(what, "1"), part.numericNames(),
                part.categoricalNames());
        try {
            return new ModelTraining().trainOnAll(labelled, schema, params, progress);
        } catch (IllegalStateException e) {
            throw new IllegalArgumentException(params.model().kind().cliName() + " could not be fitted on the " + what
                    + " customers (" + positives + " conversions of " + rows.length + "): " + e.getMessage()
                    + "; try another model", e);
        }
    }

    /** The training rows with the larger arm cut at random to the size of the smaller. */
    private static int[] balanceArms(int[] train, boolean[] treated, long seed, List<String> notes) {
        int[] t = Arrays.stream(train).filter(i -> treated[i]).toArray();
        int[] c = Arrays.stream(train).filter(i -> !treated[i]).toArray();
        int keep = Math.min(t.length, c.length);
        if (t.length == c.length) {
            return train;
        }
        int[] larger = t.length > c.length ? t : c;
        shuffle(larger, new Random(seed + 2));
        int[] out = new int[2 * keep];
        int[] smaller = t.length > c.length ? c : t;
        System.arraycopy(smaller, 0, out, 0, keep);
        System.arraycopy(larger, 0, out, keep, keep);
        Arrays.sort(out);
        notes.add(String.format(Locale.ROOT, "class transformation needs arms of equal size: %,d of the %,d %s "
                + "customers of the training part were drawn at random, the rest left out of that model", keep,
                larger.length, t.length > c.length ? "treated" : "control"));
        return out;
    }

    private static int[] allRows(int n) {
        int[] rows = new int[n];
        for (int i = 0; i < n; i++) {
            rows[i] = i;
        }
        return rows;
    }

    /**
     * Splits {@code rows} into a training and a test part: in each of the four groups of arm × outcome,
     * {@code round(fraction × size)} rows chosen at random with the seed go to the test part. Both parts
     * come back ascending.
     */
    static int[][] stratifiedSplit(boolean[] treated, int[] y, int[] rows, double fraction, long seed) {
        Random random = new Random(seed);
        List<Integer> train = new ArrayList<>();
        List<Integer> test = new ArrayList<>();
        for (int group = 0; group < 4; group++) {
            boolean arm = group >= 2;
            int outcome = group % 2;
            int[] members = Arrays.stream(rows).filter(i -> treated[i] == arm && y[i] == outcome).toArray();
            shuffle(members, random);
            int inTest = (int) Math.round(fraction * members.length);
            for (int k = 0; k < members.length; k++) {
                (k < inTest ? test : train).add(members[k]);
            }
        }
        return new int[][] {sorted(train), sorted(test)};
    }

    /**
     * {@code k} folds of {@code rows}, each arm × outcome group shuffled with the seed and dealt round
     * the folds; element {@code f} is {training rows, rows of fold f}.
     */
    static List<int[][]> stratifiedFolds(boolean[] treated, int[] y, int[] rows, int k, long seed) {
        Random random = new Random(seed);
        List<List<Integer>> fold = new ArrayList<>();
        for (int f = 0; f < k; f++) {
            fold.add(new ArrayList<>());
        }
        int dealt = 0;
        for (int group = 0; group < 4; group++) {
            boolean arm = group >= 2;
            int outcome = group % 2;
            int[] members = Arrays.stream(rows).filter(i -> treated[i] == arm && y[i] == outcome).toArray();
            shuffle(members, random);
            for (int m : members) {
                fold.get(dealt++ % k).add(m);
            }
        }
        List<int[][]> out = new ArrayList<>();
        for (int f = 0; f < k; f++) {
            List<Integer> rest = new ArrayList<>();
            for (int g = 0; g < k; g++) {
                if (g != f) {
                    rest.addAll(fold.get(g));
                }
            }
            out.add(new int[][] {sorted(rest), sorted(fold.get(f))});
        }
        return out;
    }

    private static void shuffle(int[] a, Random random) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    private static int[] sorted(List<Integer> rows) {
        int[] out = rows.stream().mapToInt(Integer::intValue).toArray();
        Arrays.sort(out);
        return out;
    }
}
