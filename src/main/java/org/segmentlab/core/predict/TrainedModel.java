package org.segmentlab.core.predict;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;
import org.segmentlab.core.Progress;
import smile.classification.DecisionTree;
import smile.classification.GradientTreeBoost;
import smile.classification.LogisticRegression;
import smile.data.Tuple;

/**
 * A fitted classifier with everything needed to score new customers: the columns it reads, the
 * preparation fitted on its training rows, and the fitted model. Serializable, so a model file can
 * carry it; the fast scoring arrays are rebuilt after loading.
 */
public final class TrainedModel implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Rows encoded and scored together; a cancel is heard between groups of blocks. */
    private static final int BLOCK = 512;
    private static final int BLOCKS_PER_STEP = 256;

    private final ModelParams params;
    private final InputSchema schema;
    private final Preparation preparation;
    private final Serializable classifier;
    private final double[] referenceMeans;
    private final double boostingIntercept;
    private final long seed;
    private transient volatile Scorer scorer;

    TrainedModel(ModelParams params, InputSchema schema, Preparation preparation, Serializable classifier,
                 double[] referenceMeans, double boostingIntercept, long seed) {
        this.params = Objects.requireNonNull(params, "params");
        this.schema = Objects.requireNonNull(schema, "schema");
        this.preparation = Objects.requireNonNull(preparation, "preparation");
        this.classifier = Objects.requireNonNull(classifier, "classifier");
        this.referenceMeans = referenceMeans.clone();
        this.boostingIntercept = boostingIntercept;
        this.seed = seed;
    }

    public ModelKind kind() {
        return params.kind();
    }

    public ModelParams params() {
        return params;
    }

    public InputSchema schema() {
        return schema;
    }

    public Preparation preparation() {
        return preparation;
    }

    public long seed() {
        return seed;
    }

    /**
     * The fitted model itself: {@code NewtonLogistic.Fit} or a {@code TreeEnsemble}; in a model file
     * of an older SegmentLab, Smile's {@code LogisticRegression.Binomial}, {@code GradientTreeBoost}
     * or, for the forest, its {@code DecisionTree[]}.
     */
    public Object classifier() {
        return classifier;
    }

    /** The probability of the positive class for every row, scored in parallel blocks. */
    public double[] probabilities(ModelInput input, Progress progress) {
        preparation.requireSameFeatures(input);
        Scorer s = scorer();
        int n = input.rowCount();
        int width = preparation.width();
        double[] out = new double[n];
        int blocks = (n + BLOCK - 1) / BLOCK;
        for (int first = 0; first < blocks; first += BLOCKS_PER_STEP) {
            progress.checkCancelled();
            int last = Math.min(blocks, first + BLOCKS_PER_STEP);
            IntStream.range(first, last).parallel().forEach(b -> {
                int from = b * BLOCK;
                int count = Math.min(n, from + BLOCK) - from;
                double[][] rows = new double[count][width];
                for (int i = 0; i < count; i++) {
                    preparation.encode(input, from + i, rows[i]);
                }
                double[] p = new double[count];
                s.probabilities(rows, count, p);
                System.arraycopy(p, 0, out, from, count);
            });
            progress.update((double) Math.min(n, last * BLOCK) / Math.max(1, n), "Scoring customers");
        }
        return out;
    }

    /** Probabilities of rows already encoded by {@link #preparation()}. */
    double[] probabilities(double[][] encoded) {
        Scorer s = scorer();
        double[] out = new double[encoded.length];
        int blocks = (encoded.length + BLOCK - 1) / BLOCK;
        IntStream.range(0, blocks).parallel().forEach(b -> {
            int from = b * BLOCK;
            int count = Math.min(encoded.length, from + BLOCK) - from;
            double[][] rows = Arrays.copyOfRange(encoded, from, from + count);
            double[] p = new double[count];
            s.probabilities(rows, count, p);
            System.arraycopy(p, 0, out, from, count);
        });
        return out;
    }

    /** The SHAP explanation of one row's score, one driver per feature. */
    public Explanation explain(ModelInput input, int row) {
        preparation.requireSameFeatures(input);
        Scorer s = scorer();
        double[] x = new double[preparation.width()];
        preparation.encode(input, row, x);
        double[] phi = new double[x.length];
        s.contributions(x, phi);
        int[] featureOf = preparation.featureOfColumn();
        List<String> features = preparation.featureNames();
        double[] perFeature = new double[features.size()];
        for (int c = 0; c < phi.length; c++) {
            perFeature[featureOf[c]] += phi[c];
        }
        List<Driver> drivers = new ArrayList<>(features.size());
        for (int f = 0; f < features.size(); f++) {
            drivers.add(new Driver(features.get(f), preparation.displayValue(input, row, f), perFeature[f]));
        }
        return new Explanation(input.customerIds().get(row), s.scale(), s.baseValue(), s.output(x),
                s.probability(x), drivers);
    }

    /** The weights of a logistic regression; empty for the tree models. */
    public Optional<LogisticCoefficients> logisticCoefficients() {
        if (kind() != ModelKind.LOGISTIC) {
            return Optional.empty();
        }
        LogisticScorer s = (LogisticScorer) scorer();
        double[] w = s.weights();
        double[] original = w.clone();
        double intercept = s.intercept();
        int numeric = preparation.numericNames().size();
        for (int j = 0; j < numeric; j++) {
            original[j] = w[j] / preparation.scale(j);
            intercept -= w[j] * preparation.mean(j) / preparation.scale(j);
        }
        return Optional.of(new LogisticCoefficients(preparation.columnNames(), w, s.intercept(), original, intercept));
    }

    /**
     * The probability of an encoded row by the plainest walk of the fitted model (each tree node by
     * node, or Smile's own model object for an older model file), against which the fast scorer is
     * checked.
     */
    double referenceProbability(double[] encodedRow) {
        if (classifier instanceof NewtonLogistic.Fit) {
            NewtonLogistic.Fit fit = (NewtonLogistic.Fit) classifier;
            double[] w = fit.weights();
            double z = fit.intercept();
            for (int j = 0; j < w.length; j++) {
                z += w[j] * encodedRow[j];
            }
            return Sigmoid.of(z);
        }
        if (classifier instanceof TreeEnsemble) {
            TreeEnsemble ensemble = (TreeEnsemble) classifier;
            double sum = 0;
            for (FlatTree tree : ensemble.trees()) {
                sum += tree.predict(encodedRow);
            }
            return ensemble.kind() == ModelKind.FOREST ? Math.min(1, sum / ensemble.trees().length)
                    : Sigmoid.of(ensemble.intercept() + sum);
        }
        double[] posteriori = new double[2];
        if (classifier instanceof LogisticRegression) {
            ((LogisticRegression) classifier).predict(encodedRow, posteriori);
            return posteriori[1];
        }
        Tuple t = Tuple.of(encodedRow.clone(), ModelFitter.predictorSchema(encodedRow.length));
        if (classifier instanceof DecisionTree[]) {
            DecisionTree[] trees = (DecisionTree[]) classifier;
            double sum = 0;
            for (DecisionTree tree : trees) {
                tree.predict(t, posteriori);
                sum += posteriori[1];
            }
            return sum / trees.length;
        }
        ((GradientTreeBoost) classifier).predict(t, posteriori);
        return posteriori[1];
    }

    Scorer scorer() {
        Scorer s = scorer;
        if (s == null) {
            s = ModelFitter.scorer(params, classifier, preparation.width(), referenceMeans, boostingIntercept);
            scorer = s;
        }
        return s;
    }
}
