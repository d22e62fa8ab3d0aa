package org.segmentlab.core.predict;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.segmentlab.core.Parallel;
import org.segmentlab.core.Progress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains churn and propensity classifiers and measures them on rows they never saw. The
 * preparation (imputation, scaling, encoding) and any rebalancing are fitted on the training part
 * alone; the test part is only ever encoded with them and scored. A cancel is heard between steps,
 * between batches of forest trees, between boosting trees, between Newton steps of logistic
 * regression and between features of the permutation importance.
 */
public final class ModelTraining {

    private static final Logger LOG = LoggerFactory.getLogger(ModelTraining.class);
    private static final int SMOTE_NEIGHBOURS = 5;
    /** Hold-out customers permutation importance is measured on at most. */
    static final int IMPORTANCE_SAMPLE = 2_000;
    /**
     * Rows × trees the importance of a tree model scores per shuffle at most: a forest of 200 trees
     * ranks its features on 1,000 customers, the default 100 trees (and boosting's) on 2,000.
     */
    static final int IMPORTANCE_TREE_ROWS = 200_000;

    /** Splits the input as {@code params.split()} says, trains on one part and evaluates on the other. */
    public TrainingResult train(ModelInput input, InputSchema schema, TrainingParams params, Progress progress) {
        return train(input, schema, params, progress, null);
    }

    /**
     * As {@link #train(ModelInput, InputSchema, TrainingParams, Progress)}, and hands {@code alongside}
     * (unless null) the fitted model with its hold-out evaluation (no importance, warnings or notes
     * yet) as soon as it has them, on a thread of its own, while the leakage check and the permutation
     * importance are computed: the command line saves the model file there. Returns once both are
     * done; what {@code alongside} throws is thrown here.
     */
    public TrainingResult train(ModelInput input, InputSchema schema, TrainingParams params, Progress progress,
                                Consumer<TrainingResult> alongside) {
        requireLabels(input);
        progress.update(0, "Splitting");
        Partition partition = Splits.split(params.split(), input, params.seed());
        List<String> notes = new ArrayList<>();
        int leftOut = input.rowCount() - partition.train().length - partition.test().length;
        if (leftOut > 0) {
            notes.add(leftOut + " rows without a date in '" + params.split().dateColumn() + "' were left out");
        }
        ModelInput train = input.rows(partition.train());
        requireBothClasses(train, "training part");
        if (params.split().kind() == SplitSpec.Kind.NONE) {
            Fitted fitted = fit(train, schema, params, progress.slice(0, 0.9));
            notes.addAll(fitted.notes);
            List<ModelWarning> warnings = new ArrayList<>();
            warnings.add(new ModelWarning(ModelWarning.Kind.NO_HOLD_OUT, null, "Trained on all "
                    + String.format(java.util.Locale.ROOT, "%,d", train.rowCount()) + " rows (split none): no customer was held out, so there are no hold-out "
                    + "metrics, importance or curves; measure the settings with a split or --cv first."));
            warnings.addAll(Imputations.ofTraining(fitted.model.preparation(), train, null));
            warnings.addAll(LeakageCheck.check(train, null));
            progress.update(1, "Done");
            TrainingResult result = new TrainingResult(fitted.model, params, null, List.of(), train.rowCount(), 0,
                    fitted.synthetic, notes, warnings);
            if (alongside != null) {
                alongside.accept(result);
            }
            return result;
        }
        ModelInput test = input.rows(partition.test());
        requireBothClasses(test, "test part");

        Fitted fitted = fit(train, schema, params, progress.slice(0, 0.7));
        notes.addAll(fitted.notes);
        progress.update(0.7, "Evaluating");
        double[][] encodedTest = fitted.model.preparation().apply(test);
        double[] p = fitted.model.probabilities(encodedTest);
        Evaluation evaluation = Evaluation.of(test.labels(), p, params.threshold(), params.costs());
        TrainingResult evaluated = new TrainingResult(fitted.model, params, evaluation, List.of(), train.rowCount(),
                test.rowCount(), fitted.synthetic, List.of(), List.of());
        Parallel.Beside beside = alongside == null ? null
                : Parallel.beside("training-alongside", () -> alongside.accept(evaluated));
        List<ModelWarning> warnings;
        List<FeatureImportance> importance = List.of();
        try {
            warnings = new ArrayList<>(Imputations.ofTraining(fitted.model.preparation(), train, test));
            warnings.addAll(LeakageCheck.check(train, test));
            if (params.importanceRepeats() > 0) {
                double[][] rows = encodedTest;
                int[] labels = test.labels();
                int sampleSize = importanceSample(params.model());
                if (rows.length > sampleSize) {
                    // Importance is a ranking of features: a seeded sample of the hold-out ranks them as well
                    // at a fraction of the scoring; said in the notes.
                    int[] pick = sample(rows.length, sampleSize, params.seed());
                    double[][] sampled = new double[pick.length][];
                    int[] sampledLabels = new int[pick.length];
                    for (int i = 0; i < pick.length; i++) {
                        sampled[i] = rows[pick[i]];
                        sampledLabels[i] = labels[pick[i]];
                    }
                    rows = sampled;
                    labels = sampledLabels;
                    notes.add(String.format(java.util.Locale.ROOT, "permutation importance measured on a seeded sample "
                            + "of %,d of the %,d hold-out customers", pick.length, encodedTest.length));
                }
                importance = PermutationImportance.compute(fitted.model, rows, labels, params.importanceRepeats(),
                        params.seed(), progress.slice(0.75, 1));
            }
        } catch (RuntimeException | Error e) {
            if (beside != null) {
                beside.joinAfter(e);
            }
            throw e;
        }
        if (beside != null) {
            beside.join();
        }
        progress.update(1, "Done");
        LOG.info("Trained {} on {} rows, tested on {}: ROC AUC {}", params.model().kind(), train.rowCount(),
                test.rowCount(), evaluation.rocAuc());
        return new TrainingResult(fitted.model, params, evaluation, importance, train.rowCount(), test.rowCount(),
                fitted.synthetic, notes, warnings);
    }

    /**
     * Stratified k-fold cross-validation of the same settings (their split is not used): each fold
     * is predicted by a model prepared and trained on the other folds.
     */
    public CrossValidationResult crossValidate(ModelInput input, InputSchema schema, TrainingParams params, int folds,
                                               Progress progress) {
        requireLabels(input);
        List<Partition> partitions = Splits.stratifiedFolds(input.labels(), folds, params.seed());
        List<Evaluation> evaluations = new ArrayList<>();
        for (int f = 0; f < folds; f++) {
            progress.checkCancelled();
            progress.update((double) f / folds, "Fold " + (f + 1) + " of " + folds);
            Partition part = partitions.get(f);
            ModelInput train = input.rows(part.train());
            ModelInput test = input.rows(part.test());
            Fitted fitted = fit(train, schema, params, progress.slice((double) f / folds, (f + 0.9) / folds));
            double[] p = fitted.model.probabilities(fitted.model.preparation().apply(test));
            evaluations.add(Evaluation.of(test.labels(), p, params.threshold(), params.costs()));
        }
        progress.update(1, "Cross-validation done");
        Map<String, MetricSummary> summary = new LinkedHashMap<>();
        summary.put("auc_roc", summarise(evaluations, Evaluation::rocAuc));
        summary.put("auc_pr", summarise(evaluations, Evaluation::prAuc));
        summary.put("accuracy", summarise(evaluations, Evaluation::accuracy));
        summary.put("precision", summarise(evaluations, Evaluation::precision));
        summary.put("recall", summarise(evaluations, Evaluation::recall));
        summary.put("f1", summarise(evaluations, Evaluation::f1));
        summary.put("log_loss", summarise(evaluations, Evaluation::logLoss));
        return new CrossValidationResult(folds, evaluations, summary);
    }

    /** Trains on every row given (no test part): for a final model once the settings are chosen. */
    public TrainedModel trainOnAll(ModelInput input, InputSchema schema, TrainingParams params, Progress progress) {
        requireLabels(input);
        requireBothClasses(input, "input");
        return fit(input, schema, params, progress).model;
    }

    /** Hold-out rows the permutation importance of a model is measured on at most. */
    static int importanceSample(ModelParams model) {
        if (model.kind() == ModelKind.LOGISTIC) {
            return IMPORTANCE_SAMPLE;
        }
        return Math.max(500, Math.min(IMPORTANCE_SAMPLE, IMPORTANCE_TREE_ROWS / model.trees()));
    }

    /** {@code size} distinct row indices of {@code n}, ascending, chosen with the seed. */
    private static int[] sample(int n, int size, long seed) {
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        java.util.Random random = new java.util.Random(seed);
        for (int i = 0; i < size; i++) {
            int j = i + random.nextInt(n - i);
            int t = all[i];
            all[i] = all[j];
            all[j] = t;
        }
        int[] out = Arrays.copyOf(all, size);
        Arrays.sort(out);
        return out;
    }

    private static MetricSummary summarise(List<Evaluation> evaluations,
                                           java.util.function.ToDoubleFunction<Evaluation> metric) {
        return MetricSummary.of(evaluations.stream().mapToDouble(metric).toArray());
    }

    /** A model and what was done to its training rows. */
    private record Fitted(TrainedModel model, int synthetic, List<String> notes) {
    }

    private Fitted fit(ModelInput train, InputSchema schema, TrainingParams params, Progress progress) {
        progress.update(0, "Preparing features");
        Preparation preparation = Preparation.fit(train, params.levelLimit());
        double[][] x = preparation.apply(train);
        int[] y = train.labels();
        double[] means = columnMeans(x, preparation.width());
        List<String> notes = new ArrayList<>();
        int[] classWeights = null;
        int synthetic = 0;
        ModelKind kind = params.model().kind();
        if (params.rebalancing() == Rebalancing.CLASS_WEIGHTS) {
            int positives = train.positives();
            int negatives = train.rowCount() - positives;
            int minority = positives <= negatives ? 1 : 0;
            int weight = (int) Math.max(1, Math.round((double) Math.max(positives, negatives)
                    / Math.max(1, Math.min(positives, negatives))));
            notes.add("class " + minority + " weighted " + weight + " to 1 in training");
            if (kind != ModelKind.LOGISTIC) {
                // The tree learners weigh each row by its class (boosting's held-back rows must not be
                // copies of the rows it learns from); logistic regression is fitted on repeated rows,
                // the same optimum.
                classWeights = minority == 1 ? new int[] {1, weight} : new int[] {weight, 1};
            } else {
                Repeated r = repeatClass(x, y, minority, weight);
                synthetic = r.y.length - y.length;
                x = r.x;
                y = r.y;
            }
        } else if (params.rebalancing() == Rebalancing.SMOTE) {
            Smote.Resampled r = Smote.oversample(x, y, preparation.featureOfColumn(),
                    preparation.numericNames().size(), SMOTE_NEIGHBOURS, params.seed());
            synthetic = r.synthetic();
            x = r.x();
            y = r.y();
            notes.add(synthetic + " synthetic minority rows added to the training part (SMOTE)");
        }
        progress.update(0.1, "Training " + kind);
        Serializable classifier = ModelFitter.fit(params.model(), x, y, classWeights, params.seed(),
                progress.slice(0.1, 1));
        if (classifier instanceof TreeEnsemble) {
            notes.addAll(((TreeEnsemble) classifier).notes());
        }
        TrainedModel model = new TrainedModel(params.model(), schema, preparation, classifier, means, 0,
                params.seed());
        progress.update(1, "Trained");
        return new Fitted(model, synthetic, notes);
    }

    private record Repeated(double[][] x, int[] y) {
    }

    private static Repeated repeatClass(double[][] x, int[] y, int cls, int times) {
        int count = 0;
        for (int v : y) {
            count += v == cls ? 1 : 0;
        }
        int extra = count * (times - 1);
        double[][] outX = Arrays.copyOf(x, x.length + extra);
        int[] outY = Arrays.copyOf(y, y.length + extra);
        int at = x.length;
        for (int copy = 1; copy < times; copy++) {
            for (int i = 0; i < x.length; i++) {
                if (y[i] == cls) {
                    outX[at] = x[i];
                    outY[at++] = cls;
                }
            }
        }
        return new Repeated(outX, outY);
    }

    private static double[] columnMeans(double[][] x, int width) {
        double[] means = new double[width];
        for (double[] row : x) {
            for (int j = 0; j < width; j++) {
                means[j] += row[j];
            }
        }
        for (int j = 0; j < width; j++) {
            means[j] = x.length == 0 ? 0 : means[j] / x.length;
        }
        return means;
    }

    private static void requireLabels(ModelInput input) {
        if (!input.hasLabels()) {
            throw new IllegalArgumentException("the input has no labels to learn from");
        }
    }

    private static void requireBothClasses(ModelInput part, String what) {
        int positives = part.positives();
        if (positives == 0 || positives == part.rowCount()) {
            throw new IllegalArgumentException("the " + what + " has " + positives + " positive rows of "
                    + part.rowCount() + "; it needs both outcomes");
        }
    }
}
