package org.segmentlab.ui.predict;

import java.util.List;
import org.segmentlab.core.predict.ConfusionMatrix;
import org.segmentlab.core.predict.ModelInput;
import org.segmentlab.core.predict.TrainingResult;

/**
 * One trained model kept for comparison, with the hold-out scores behind its charts so that a new
 * threshold is a recount, never a retraining.
 *
 * @param name       how the model is listed, e.g. "Logistic regression #1"
 * @param input      every labelled customer the model was trained and tested on
 * @param testLabels the hold-out outcomes (1 = positive)
 * @param testScores the model's probabilities for the hold-out customers
 * @param scores     the model's probability for every customer of {@code input}, in input order
 * @param shap       SHAP values of a sample of hold-out customers (tree models), or null
 */
public record ModelRun(String name, TrainingResult result, ModelInput input, int[] testLabels, double[] testScores,
                       double[] scores, ShapSample shap) {

    /** SHAP values and feature values of some customers, for the summary chart. */
    public record ShapSample(List<String> features, double[][] shap, double[][] values) {
    }

    /** The hold-out confusion matrix when customers scoring at least {@code threshold} are flagged. */
    public ConfusionMatrix confusionAt(double threshold) {
        return ConfusionMatrix.at(testLabels, testScores, threshold);
    }

    /** The share of positives in the hold-out part. */
    public double positiveRate() {
        int positives = 0;
        for (int y : testLabels) {
            positives += y;
        }
        return testLabels.length == 0 ? 0 : positives / (double) testLabels.length;
    }

    @Override
    public String toString() {
        return name;
    }
}
