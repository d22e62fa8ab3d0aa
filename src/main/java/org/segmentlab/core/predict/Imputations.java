package org.segmentlab.core.predict;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Says, per feature, how many values were missing and what the model put in their place. */
public final class Imputations {

    private Imputations() {
    }

    /**
     * The imputation of a training run.
     *
     * @param test the hold-out part, or null when the model was trained on every row
     */
    public static List<ModelWarning> ofTraining(Preparation preparation, ModelInput train, ModelInput test) {
        List<ModelWarning> out = new ArrayList<>();
        int p = preparation.numericNames().size();
        for (int j = 0; j < p; j++) {
            int inTrain = missingNumbers(train, j);
            int inTest = test == null ? 0 : missingNumbers(test, j);
            if (inTrain + inTest > 0) {
                String name = preparation.numericNames().get(j);
                out.add(new ModelWarning(ModelWarning.Kind.IMPUTED, name, "'" + name + "': " + count(inTrain + inTest)
                        + " missing " + (inTrain + inTest == 1 ? "value" : "values") + where(inTrain, inTest, test != null)
                        + " filled with the training median " + number(preparation.median(j)) + "."));
            }
        }
        for (int j = 0; j < preparation.categoricalNames().size(); j++) {
            int inTrain = missingCategories(train, j);
            int inTest = test == null ? 0 : missingCategories(test, j);
            if (inTrain + inTest > 0) {
                String name = preparation.categoricalNames().get(j);
                out.add(new ModelWarning(ModelWarning.Kind.IMPUTED, name, "'" + name + "': " + count(inTrain + inTest)
                        + " missing " + (inTrain + inTest == 1 ? "value" : "values") + where(inTrain, inTest, test != null)
                        + " belong to no category (every 0/1 column of the feature is 0)."));
            }
        }
        return out;
    }

    /** The imputation of customers being scored by a saved model. */
    public static List<ModelWarning> ofScoring(Preparation preparation, ModelInput input) {
        List<ModelWarning> out = new ArrayList<>();
        for (int j = 0; j < preparation.numericNames().size(); j++) {
            int missing = missingNumbers(input, j);
            if (missing > 0) {
                String name = preparation.numericNames().get(j);
                out.add(new ModelWarning(ModelWarning.Kind.IMPUTED, name, "'" + name + "': " + count(missing)
                        + " missing " + (missing == 1 ? "value" : "values") + " filled with the training median "
                        + number(preparation.median(j)) + "."));
            }
        }
        for (int j = 0; j < preparation.categoricalNames().size(); j++) {
            int missing = missingCategories(input, j);
            if (missing > 0) {
                String name = preparation.categoricalNames().get(j);
                out.add(new ModelWarning(ModelWarning.Kind.IMPUTED, name, "'" + name + "': " + count(missing)
                        + " missing " + (missing == 1 ? "value" : "values")
                        + " belong to no category (every 0/1 column of the feature is 0)."));
            }
        }
        return out;
    }

    private static String where(int inTrain, int inTest, boolean hasTest) {
        return hasTest ? " (" + count(inTrain) + " in training, " + count(inTest) + " in the hold-out)" : "";
    }

    private static int missingNumbers(ModelInput input, int j) {
        int missing = 0;
        for (double[] row : input.numeric().rows()) {
            if (!Double.isFinite(row[j])) {
                missing++;
            }
        }
        return missing;
    }

    private static int missingCategories(ModelInput input, int j) {
        int missing = 0;
        for (String[] row : input.categorical()) {
            if (row[j] == null) {
                missing++;
            }
        }
        return missing;
    }

    private static String count(int n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.format(Locale.ROOT, "%,d", (long) v);
        }
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        return new java.math.BigDecimal(v).round(new java.math.MathContext(6)).stripTrailingZeros().toPlainString();
    }
}
