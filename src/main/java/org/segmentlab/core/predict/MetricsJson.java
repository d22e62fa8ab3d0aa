package org.segmentlab.core.predict;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * {@code metrics.json} of a training run. The first keys are the command-line contract,
 * {@code model, auc_roc, auc_pr, accuracy, precision, recall, f1, threshold, confusion ([[tn, fp], [fn, tp]])};
 * more follow: the log loss, the part sizes, the split and seed, permutation importance, lift by
 * decile, calibration, the campaign costs when given and, when run, cross-validation (mean and
 * std per metric).
 */
public final class MetricsJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private MetricsJson() {
    }

    /** The JSON tree; {@code crossValidation} may be null. */
    public static ObjectNode of(TrainingResult result, CrossValidationResult crossValidation) {
        Evaluation e = result.evaluation();
        ObjectNode root = JSON.createObjectNode();
        root.put("model", result.model().kind().cliName());
        if (e == null) {
            // Trained on every row: the contract's test metrics do not exist.
            for (String key : new String[] {"auc_roc", "auc_pr", "accuracy", "precision", "recall", "f1",
                "threshold", "confusion"}) {
                root.putNull(key);
            }
        } else {
            root.put("auc_roc", e.rocAuc());
            root.put("auc_pr", e.prAuc());
            root.put("accuracy", e.accuracy());
            root.put("precision", e.precision());
            root.put("recall", e.recall());
            root.put("f1", e.f1());
            root.put("threshold", e.threshold());
            ArrayNode confusion = root.putArray("confusion");
            confusion.addArray().add(e.confusion().tn()).add(e.confusion().fp());
            confusion.addArray().add(e.confusion().fn()).add(e.confusion().tp());
        }
        ArrayNode warnings = root.putArray("warnings");
        result.warnings().forEach(w -> warnings.add(w.message()));
        root.put("hold_out", e != null);
        if (e != null) {
            root.put("log_loss", e.logLoss());
            root.put("brier_score", e.brierScore());
        }
        root.put("train_rows", result.trainRows());
        root.put("test_rows", result.testRows());
        if (e != null) {
            root.put("test_positives", e.positives());
        }
        root.put("label", result.model().schema().label().column());
        root.put("positive_value", result.model().schema().label().positiveValue());
        root.put("split", result.params().split().describe());
        root.put("balance", result.params().rebalancing().name().toLowerCase(Locale.ROOT));
        root.put("seed", result.params().seed());
        ArrayNode features = root.putArray("features");
        result.model().schema().features().forEach(features::add);
        ArrayNode importance = root.putArray("permutation_importance");
        for (FeatureImportance fi : result.importance()) {
            importance.addObject().put("feature", fi.feature()).put("auc_drop", fi.aucDrop()).put("std", fi.std());
        }
        if (e != null) {
            curves(root, e, result);
        }
        if (crossValidation != null) {
            ObjectNode cv = root.putObject("cross_validation");
            cv.put("folds", crossValidation.folds());
            for (Map.Entry<String, MetricSummary> m : crossValidation.summary().entrySet()) {
                cv.putObject(m.getKey()).put("mean", m.getValue().mean()).put("std", m.getValue().std());
            }
        }
        return root;
    }

    private static void curves(ObjectNode root, Evaluation e, TrainingResult result) {
        ArrayNode lift = root.putArray("lift");
        for (LiftDecile d : e.lift()) {
            lift.addObject().put("decile", d.decile()).put("customers", d.customers()).put("positives", d.positives())
                    .put("lift", d.lift()).put("cumulative_gain", d.cumulativeGain())
                    .put("cumulative_lift", d.cumulativeLift());
        }
        ArrayNode calibration = root.putArray("calibration");
        for (CalibrationBin b : e.calibration()) {
            ObjectNode bin = calibration.addObject().put("lower", b.lower()).put("upper", b.upper())
                    .put("count", b.count());
            if (b.count() > 0) {
                bin.put("mean_predicted", b.meanPredicted()).put("observed_rate", b.observedRate());
            }
        }
        CostMatrix costs = result.params().costs() != null ? result.params().costs() : result.params().threshold().costs();
        if (costs != null) {
            ConfusionMatrix m = e.confusion();
            double nobody = costs.cost(new ConfusionMatrix(m.tn() + m.fp(), 0, m.fn() + m.tp(), 0));
            root.putObject("costs").put("missed_churner", costs.missedChurnerCost()).put("offer", costs.offerCost())
                    .put("value_saved", costs.valueSaved())
                    .put("break_even_probability", costs.breakEvenProbability())
                    .put("cost_at_threshold", costs.cost(m))
                    .put("net_benefit_at_threshold", nobody - costs.cost(m));
        }
    }

    /** Writes the JSON atomically. */
    public static void write(Path file, ObjectNode json) throws IOException {
        AtomicFile.write(file, out -> out.write(JSON.writeValueAsBytes(json)));
    }
}
