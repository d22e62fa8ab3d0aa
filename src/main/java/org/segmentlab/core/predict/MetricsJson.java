package org.segmentlab.core.predict;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.segmentlab.core.PrettyJson;

/**
 * {@code metrics.json} of a training run. The first keys are the command-line contract,
 * {@code model, auc_roc, auc_pr, accuracy, precision, recall, f1, threshold, confusion ([[tn, fp], [fn, tp]])};
 * more follow: the warnings, the log loss, the part sizes, the split and seed, permutation importance, lift by
 * decile, calibration, the campaign costs when given and, when run, cross-validation (mean and
 * std per metric).
 *
 * <p>Written through {@link PrettyJson}, the bytes the object mapper with {@code INDENT_OUTPUT} gave:
 * the mapper's set-up (~380 classes) cost {@code train} about 0.15 s.
 */
public final class MetricsJson {

    private MetricsJson() {
    }

    /**
     * The JSON text; {@code crossValidation} may be null. {@code warnings} are the lines said on
     * stderr (what was left out, dropped or filled in).
     */
    public static String toJson(TrainingResult result, CrossValidationResult crossValidation, List<String> warnings)
            throws IOException {
        return PrettyJson.text(g -> write(g, result, crossValidation, warnings));
    }

    /** Writes the JSON atomically. */
    public static void write(Path file, TrainingResult result, CrossValidationResult crossValidation,
                             List<String> warnings) throws IOException {
        byte[] bytes = toJson(result, crossValidation, warnings).getBytes(StandardCharsets.UTF_8);
        AtomicFile.write(file, out -> out.write(bytes));
    }

    private static void write(JsonGenerator g, TrainingResult result, CrossValidationResult crossValidation,
                              List<String> warnings) throws IOException {
        Evaluation e = result.evaluation();
        g.writeStartObject();
        g.writeStringField("model", result.model().kind().cliName());
        if (e == null) {
            // Trained on every row: the contract's test metrics do not exist.
            for (String key : new String[] {"auc_roc", "auc_pr", "accuracy", "precision", "recall", "f1",
                "threshold", "confusion"}) {
                g.writeNullField(key);
            }
        } else {
            g.writeNumberField("auc_roc", e.rocAuc());
            g.writeNumberField("auc_pr", e.prAuc());
            g.writeNumberField("accuracy", e.accuracy());
            g.writeNumberField("precision", e.precision());
            g.writeNumberField("recall", e.recall());
            g.writeNumberField("f1", e.f1());
            g.writeNumberField("threshold", e.threshold());
            g.writeArrayFieldStart("confusion");
            g.writeArray(new long[] {e.confusion().tn(), e.confusion().fp()}, 0, 2);
            g.writeArray(new long[] {e.confusion().fn(), e.confusion().tp()}, 0, 2);
            g.writeEndArray();
        }
        PrettyJson.strings(g, "warnings", warnings);
        g.writeBooleanField("hold_out", e != null);
        if (e != null) {
            g.writeNumberField("log_loss", e.logLoss());
            g.writeNumberField("brier_score", e.brierScore());
        }
        g.writeNumberField("train_rows", result.trainRows());
        g.writeNumberField("test_rows", result.testRows());
        if (e != null) {
            g.writeNumberField("test_positives", e.positives());
        }
        g.writeStringField("label", result.model().schema().label().column());
        g.writeStringField("positive_value", result.model().schema().label().positiveValue());
        g.writeStringField("split", result.params().split().describe());
        g.writeStringField("balance", result.params().rebalancing().name().toLowerCase(Locale.ROOT));
        g.writeNumberField("seed", result.params().seed());
        PrettyJson.strings(g, "features", result.model().schema().features());
        g.writeArrayFieldStart("permutation_importance");
        for (FeatureImportance fi : result.importance()) {
            g.writeStartObject();
            g.writeStringField("feature", fi.feature());
            g.writeNumberField("auc_drop", fi.aucDrop());
            g.writeNumberField("std", fi.std());
            g.writeEndObject();
        }
        g.writeEndArray();
        if (e != null) {
            curves(g, e, result);
        }
        if (crossValidation != null) {
            g.writeObjectFieldStart("cross_validation");
            g.writeNumberField("folds", crossValidation.folds());
            for (Map.Entry<String, MetricSummary> m : crossValidation.summary().entrySet()) {
                g.writeObjectFieldStart(m.getKey());
                g.writeNumberField("mean", m.getValue().mean());
                g.writeNumberField("std", m.getValue().std());
                g.writeEndObject();
            }
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void curves(JsonGenerator g, Evaluation e, TrainingResult result) throws IOException {
        g.writeArrayFieldStart("lift");
        for (LiftDecile d : e.lift()) {
            g.writeStartObject();
            g.writeNumberField("decile", d.decile());
            g.writeNumberField("customers", d.customers());
            g.writeNumberField("positives", d.positives());
            g.writeNumberField("lift", d.lift());
            g.writeNumberField("cumulative_gain", d.cumulativeGain());
            g.writeNumberField("cumulative_lift", d.cumulativeLift());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("calibration");
        for (CalibrationBin b : e.calibration()) {
            g.writeStartObject();
            g.writeNumberField("lower", b.lower());
            g.writeNumberField("upper", b.upper());
            g.writeNumberField("count", b.count());
            if (b.count() > 0) {
                g.writeNumberField("mean_predicted", b.meanPredicted());
                g.writeNumberField("observed_rate", b.observedRate());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        CostMatrix costs = result.params().costs() != null ? result.params().costs() : result.params().threshold().costs();
        if (costs != null) {
            ConfusionMatrix m = e.confusion();
            double nobody = costs.cost(new ConfusionMatrix(m.tn() + m.fp(), 0, m.fn() + m.tp(), 0));
            g.writeObjectFieldStart("costs");
            g.writeNumberField("missed_churner", costs.missedChurnerCost());
            g.writeNumberField("offer", costs.offerCost());
            g.writeNumberField("value_saved", costs.valueSaved());
            g.writeNumberField("break_even_probability", costs.breakEvenProbability());
            g.writeNumberField("cost_at_threshold", costs.cost(m));
            g.writeNumberField("net_benefit_at_threshold", nobody - costs.cost(m));
            g.writeEndObject();
        }
    }
}
