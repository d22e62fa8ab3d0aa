package org.segmentlab.core.clv;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.segmentlab.core.Progress;
import org.segmentlab.core.features.rfm.TransactionLog;
import smile.base.cart.Loss;
import smile.data.DataFrame;
import smile.data.formula.Formula;
import smile.data.vector.DoubleVector;
import smile.math.MathEx;
import smile.regression.GradientTreeBoost;

/**
 * The supervised alternative to a value model: a gradient-boosted regression of the spend in the next
 * period on what a customer did before it, set against BG/NBD (or Pareto/NBD) with Gamma-Gamma on the
 * same holdout, with the previous period's spend as a naive yardstick.
 *
 * <p>The holdout is the period after the as-of day, of length H. The regression learns one period
 * earlier: features as of (as-of − H), target the spend from then to the as-of day; it then predicts
 * the holdout from the features as of the as-of day, so it never sees the holdout, as the value model
 * does not. Each method predicts every customer's holdout spend; they are compared on the mean absolute
 * error, the Spearman rank correlation with the actual spend and the share of the actual spend made by
 * the tenth of customers each one ranks highest (top-decile capture).
 */
public final class SupervisedComparison {

    /** The regression's trees, depth, leaves, smallest leaf, shrinkage and row sampling. */
    static final int TREES = 200;
    static final int MAX_DEPTH = 4;
    static final int MAX_NODES = 16;
    static final int NODE_SIZE = 20;
    static final double SHRINKAGE = 0.05;
    static final double SUBSAMPLE = 0.7;
    /** The regression needs at least this many customers to learn from. */
    static final int MIN_TRAINING = 50;
    /** What the regression reads of each customer, in the summary's time unit. */
    public static final List<String> FEATURES = List.of("frequency", "purchase_rate", "time_since_last",
            "monetary_mean", "spend_rate");

    public static final String VALUE_MODEL = "value model";
    public static final String REGRESSION = "gradient boosting";
    public static final String PREVIOUS_PERIOD = "previous period";

    /**
     * How one method did on the holdout.
     *
     * @param name             {@value #VALUE_MODEL}, {@value #REGRESSION} or {@value #PREVIOUS_PERIOD}
     * @param label            the method in words
     * @param predictedSpend   its total predicted holdout spend
     * @param mae              mean absolute error of the predicted spend per customer
     * @param spearman         Spearman rank correlation of predicted and actual spend
     * @param topDecileCapture share of the actual holdout spend made by its top tenth of customers
     */
    public record Method(String name, String label, double predictedSpend, double mae, double spearman,
                         double topDecileCapture) {
    }

    /**
     * @param trainingAsOf      the day the regression's features end (as-of day − holdout length)
     * @param trainingCustomers customers the regression learnt from
     * @param customers         customers compared (those of the value model's summary)
     * @param holdoutDays       length of the holdout, also the regression's target period
     * @param actualSpend       the customers' total spend in the holdout
     * @param methods           the value model, the regression, the previous period
     * @param seed              the seed the regression drew its samples with
     */
    public record Result(LocalDate trainingAsOf, int trainingCustomers, int customers, long holdoutDays,
                         double actualSpend, List<Method> methods, long seed) {
        public Result {
            methods = List.copyOf(methods);
        }

        public Method method(String name) {
            return methods.stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
        }
    }

    /**
     * @param log    the transactions the value model was fitted on
     * @param fitted a value model fitted with a holdout end
     * @param seed   the regression's seed (kept in the project)
     */
    public Result compare(TransactionLog log, ClvResult fitted, long seed, Progress progress) {
        CustomerSummary test = fitted.summary();
        if (!test.hasHoldout()) {
            throw new IllegalArgumentException("the comparison needs a holdout end: the methods are compared on the "
                    + "spend customers made after the as-of day");
        }
        long holdoutDays = test.holdoutEnd().toEpochDay() - test.asOf().toEpochDay();
        LocalDate trainingAsOf = test.asOf().minusDays(holdoutDays);
        progress.update(0, "Customers one period earlier");
        CustomerSummary training;
        try {
            training = new CustomerSummaryBuilder().summarize(log, trainingAsOf, test.asOf(), test.unit(),
                    progress.slice(0, 0.3));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the regression learns from the " + holdoutDays + " days before the "
                    + "as-of day, and from what customers did before " + trainingAsOf + ": " + e.getMessage());
        }
        if (training.size() < MIN_TRAINING) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "only %,d customers bought before %s, the "
                    + "start of the %d days before the as-of day the regression learns from; it needs %d",
                    training.size(), trainingAsOf, holdoutDays, MIN_TRAINING));
        }
        progress.checkCancelled();
        double[][] xTrain = features(training);
        double[] yTrain = new double[training.size()];
        for (int i = 0; i < yTrain.length; i++) {
            yTrain[i] = training.holdoutSpend(i);
        }
        progress.update(0.35, "Gradient boosting");
        String[] names = FEATURES.toArray(new String[0]);
        DataFrame frame = DataFrame.of(xTrain, names).merge(DoubleVector.of("target", yTrain));
        // Smile draws the boosting's row samples from the calling thread's generator
        MathEx.setSeed(seed);
        GradientTreeBoost model = GradientTreeBoost.fit(Formula.lhs("target"), frame, Loss.ls(), TREES, MAX_DEPTH,
                MAX_NODES, NODE_SIZE, SHRINKAGE, SUBSAMPLE);
        progress.checkCancelled();
        progress.update(0.8, "Comparing on the holdout");
        int n = test.size();
        double[] boosted = model.predict(DataFrame.of(features(test), names));
        for (int i = 0; i < n; i++) {
            boosted[i] = Math.max(0, boosted[i]);
        }
        double[] actual = new double[n];
        double[] valueModel = new double[n];
        double[] previous = new double[n];
        Map<String, Integer> trainingRow = new HashMap<>(training.size() * 2);
        for (int i = 0; i < training.size(); i++) {
            trainingRow.put(training.customerId(i), i);
        }
        FittedPurchaseModel purchases = fitted.purchaseModel();
        FittedSpendModel spend = fitted.spendModel();
        double length = test.holdoutLength();
        for (int i = 0; i < n; i++) {
            actual[i] = test.holdoutSpend(i);
            double expected = purchases.expectedPurchases(length, test.frequency(i), test.recency(i), test.age(i));
            double meanSpend = spend == null ? Double.NaN
                    : spend.expectedSpend(test.frequency(i), test.monetaryMean(i));
            double v = expected * meanSpend;
            valueModel[i] = Double.isFinite(v) ? v : 0;
            Integer row = trainingRow.get(test.customerId(i));
            // the spend of the H days before the as-of day: for a customer new in them, all they spent
            previous[i] = row == null ? test.calibrationSpend(i) : training.holdoutSpend(row);
        }
        List<Method> methods = new ArrayList<>();
        methods.add(method(VALUE_MODEL, (purchases.kind() == PurchaseModelKind.BG_NBD ? "BG/NBD" : "Pareto/NBD")
                + " × Gamma-Gamma", valueModel, actual));
        methods.add(method(REGRESSION, "Gradient boosting", boosted, actual));
        methods.add(method(PREVIOUS_PERIOD, "Previous " + holdoutDays + " days' spend", previous, actual));
        progress.update(1, "Compared");
        return new Result(trainingAsOf, training.size(), n, holdoutDays, sum(actual), methods, seed);
    }

    /**
     * Per customer: repeat purchases, repeat purchases per unit of age, time since the last purchase,
     * mean repeat spend and spend per unit of age. Rates rather than ages and totals, because the
     * regression learns on customers one period younger than those it predicts.
     */
    static double[][] features(CustomerSummary s) {
        double[][] x = new double[s.size()][];
        for (int i = 0; i < s.size(); i++) {
            double age = Math.max(s.age(i), 1);
            x[i] = new double[] {s.frequency(i), s.frequency(i) / age, s.age(i) - s.recency(i), s.monetaryMean(i),
                s.calibrationSpend(i) / age};
        }
        return x;
    }

    static Method method(String name, String label, double[] predicted, double[] actual) {
        double error = 0;
        for (int i = 0; i < actual.length; i++) {
            error += Math.abs(predicted[i] - actual[i]);
        }
        return new Method(name, label, sum(predicted), error / actual.length, spearman(predicted, actual),
                topDecileCapture(predicted, actual));
    }

    private static double sum(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s;
    }

    /** Pearson correlation of the ranks, ties given their mean rank; NaN when either side is constant. */
    static double spearman(double[] a, double[] b) {
        return org.segmentlab.core.features.prep.FeatureDiagnostics.correlation(ranks(a), ranks(b));
    }

    static double[] ranks(double[] v) {
        int n = v.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> Double.compare(v[x], v[y]));
        double[] ranks = new double[n];
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && v[order[j + 1]] == v[order[i]]) {
                j++;
            }
            double mean = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                ranks[order[k]] = mean;
            }
            i = j + 1;
        }
        return ranks;
    }

    /**
     * The share of all actual spend made by the ⌈n/10⌉ customers predicted highest (ties in the
     * prediction in customer order); NaN when nobody spent.
     */
    static double topDecileCapture(double[] predicted, double[] actual) {
        int n = actual.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> {
            int c = Double.compare(predicted[y], predicted[x]);
            return c != 0 ? c : Integer.compare(x, y);
        });
        int top = (n + 9) / 10;
        double captured = 0;
        for (int k = 0; k < top; k++) {
            captured += actual[order[k]];
        }
        double total = sum(actual);
        return total > 0 ? captured / total : Double.NaN;
    }
}
