package org.segmentlab.core.predict;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The readable part of a model file ({@code header.json}): what the model is, what it reads, how
 * it was trained and how it did. The model itself is beside it in binary form.
 *
 * @param formatVersion  version of the model file layout
 * @param metrics        test-part metrics by the names of {@code metrics.json}; empty when nothing was held out
 */
public record ModelHeader(int formatVersion, String segmentlabVersion, String createdAt, String model,
                          ModelParams params, String idColumn, String labelColumn, String positiveValue,
                          List<String> numericFeatures, List<String> categoricalFeatures, List<String> encodedColumns,
                          long seed, String split, String rebalancing, double threshold, int trainRows, int testRows,
                          Map<String, Double> metrics) implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private Object writeReplace() {
        return new SerialForm(SerialForm.HEADER, formatVersion, segmentlabVersion, createdAt, model, params, idColumn,
                labelColumn, positiveValue, numericFeatures, categoricalFeatures, encodedColumns, seed, split,
                rebalancing, threshold, trainRows, testRows, metrics);
    }
    public static final int FORMAT_VERSION = 1;

    public ModelHeader {
        numericFeatures = List.copyOf(numericFeatures);
        categoricalFeatures = List.copyOf(categoricalFeatures);
        encodedColumns = List.copyOf(encodedColumns);
        metrics = metrics == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
    }

    /** The header of a freshly trained model. */
    public static ModelHeader of(TrainingResult result, String segmentlabVersion, String createdAt) {
        TrainedModel m = result.model();
        InputSchema s = m.schema();
        Evaluation e = result.evaluation();
        Map<String, Double> metrics = new LinkedHashMap<>();
        double threshold = result.params().threshold().kind() == ThresholdPolicy.Kind.FIXED
                ? result.params().threshold().value() : 0.5;
        if (e != null) {
            metrics.put("auc_roc", e.rocAuc());
            metrics.put("auc_pr", e.prAuc());
            metrics.put("accuracy", e.accuracy());
            metrics.put("precision", e.precision());
            metrics.put("recall", e.recall());
            metrics.put("f1", e.f1());
            metrics.put("log_loss", e.logLoss());
            threshold = e.threshold();
        }
        return new ModelHeader(FORMAT_VERSION, segmentlabVersion, createdAt, m.kind().cliName(), m.params(),
                s.idColumn(), s.label().column(), s.label().positiveValue(), s.numericFeatures(),
                s.categoricalFeatures(), m.preparation().columnNames(), m.seed(),
                result.params().split().describe(), result.params().rebalancing().name().toLowerCase(Locale.ROOT),
                threshold, result.trainRows(), result.testRows(), metrics);
    }
}
