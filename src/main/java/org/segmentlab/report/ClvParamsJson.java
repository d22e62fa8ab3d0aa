package org.segmentlab.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.segmentlab.core.clv.ClvOptions;
import org.segmentlab.core.clv.ClvResult;
import org.segmentlab.core.clv.FittedPurchaseModel;
import org.segmentlab.core.clv.FittedSpendModel;
import org.segmentlab.core.clv.HoldoutCheck;
import org.segmentlab.core.clv.SupervisedComparison;
import org.segmentlab.core.project.AtomicFiles;

/**
 * Writes {@code params.json} of a CLV run: {@code model}, the purchase model's parameters ({@code r},
 * {@code alpha}, {@code a}, {@code b} or {@code r}, {@code alpha}, {@code s}, {@code beta}), {@code p},
 * {@code q}, {@code gamma}, {@code log_likelihood}, {@code customers}, {@code repeat_customers},
 * {@code time_unit}, {@code standard_errors}, and with a holdout {@code holdout} {actual, expected, mae,
 * by_frequency, then tracking}; then the settings, the spend model's details and the warnings. A value
 * that does not exist (no spend model, no standard error) is null.
 */
public final class ClvParamsJson {

    private ClvParamsJson() {
    }

    public static void write(Path file, ClvResult result) throws IOException {
        write(file, result, null);
    }

    /** With the supervised comparison (null for none) as {@code comparison}. */
    public static void write(Path file, ClvResult result, SupervisedComparison.Result comparison) throws IOException {
        AtomicFiles.write(file, (toJson(result, comparison) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    public static String toJson(ClvResult result) throws IOException {
        return toJson(result, null);
    }

    /**
     * With a comparison: {@code comparison} {training_as_of, training_customers, customers, holdout_days,
     * actual_spend, seed, methods: [{name, label, predicted_spend, mae, spearman, top_decile_capture}]}.
     */
    public static String toJson(ClvResult result, SupervisedComparison.Result comparison) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        FittedPurchaseModel m = result.purchaseModel();
        FittedSpendModel spend = result.spendModel();
        String[] names = m.kind().parameterNames();
        double[] values = m.parameters();
        root.put("model", m.kind().label());
        for (int i = 0; i < names.length; i++) {
            number(root, names[i], values[i]);
        }
        number(root, "p", spend == null ? Double.NaN : spend.p());
        number(root, "q", spend == null ? Double.NaN : spend.q());
        number(root, "gamma", spend == null ? Double.NaN : spend.gamma());
        number(root, "log_likelihood", m.logLikelihood());
        root.put("customers", result.summary().size());
        root.put("repeat_customers", result.summary().repeatCustomers());
        root.put("time_unit", result.summary().unit().label());
        ObjectNode se = root.putObject("standard_errors");
        double[] errors = m.standardErrors();
        for (int i = 0; i < names.length; i++) {
            number(se, names[i], errors[i]);
        }
        double[] spendErrors = spend == null ? new double[] {Double.NaN, Double.NaN, Double.NaN}
                : spend.standardErrors();
        number(se, "p", spendErrors[0]);
        number(se, "q", spendErrors[1]);
        number(se, "gamma", spendErrors[2]);
        HoldoutCheck h = result.holdout();
        if (h != null) {
            ObjectNode holdout = root.putObject("holdout");
            holdout.put("actual", h.actual());
            number(holdout, "expected", h.expected());
            number(holdout, "mae", h.mae());
            ArrayNode rows = holdout.putArray("by_frequency");
            for (HoldoutCheck.FrequencyRow row : h.byFrequency()) {
                ObjectNode r = rows.addObject();
                r.put("frequency", row.label());
                r.put("customers", row.customers());
                number(r, "actual", row.actual());
                number(r, "expected", row.expected());
            }
            holdout.put("days", h.days());
            ArrayNode tracking = holdout.putArray("tracking");
            for (HoldoutCheck.TrackingPoint point : h.tracking()) {
                ObjectNode p = tracking.addObject();
                p.put("day", point.day().toString());
                p.put("actual", point.actual());
                number(p, "expected", point.expected());
            }
        }
        ClvOptions o = result.options();
        root.put("as_of", result.summary().asOf().toString());
        if (result.summary().holdoutEnd() != null) {
            root.put("holdout_end", result.summary().holdoutEnd().toString());
        }
        number(root, "horizon_days", o.horizonDays());
        number(root, "discount_monthly", o.discountMonthly());
        number(root, "margin", o.margin());
        number(root, "penalizer", o.penalizer());
        root.put("converged", m.converged());
        root.put("optimizer", m.method());
        root.put("iterations", m.iterations());
        if (spend != null) {
            ObjectNode gg = root.putObject("spend_model");
            gg.put("customers", spend.customers());
            number(gg, "log_likelihood", spend.logLikelihood());
            number(gg, "frequency_spend_correlation", spend.frequencySpendCorrelation());
        }
        number(root, "total_clv", result.values().totalClv());
        if (comparison != null) {
            ObjectNode c = root.putObject("comparison");
            c.put("training_as_of", comparison.trainingAsOf().toString());
            c.put("training_customers", comparison.trainingCustomers());
            c.put("customers", comparison.customers());
            c.put("holdout_days", comparison.holdoutDays());
            number(c, "actual_spend", comparison.actualSpend());
            c.put("seed", comparison.seed());
            ArrayNode methods = c.putArray("methods");
            for (SupervisedComparison.Method method : comparison.methods()) {
                ObjectNode row = methods.addObject();
                row.put("name", method.name());
                row.put("label", method.label());
                number(row, "predicted_spend", method.predictedSpend());
                number(row, "mae", method.mae());
                number(row, "spearman", method.spearman());
                number(row, "top_decile_capture", method.topDecileCapture());
            }
        }
        ArrayNode warnings = root.putArray("warnings");
        result.warnings().forEach(warnings::add);
        return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }

    /** JSON has no NaN: a value that does not exist is null. */
    private static void number(ObjectNode node, String key, double value) {
        if (Double.isFinite(value)) {
            node.put(key, value);
        } else {
            node.putNull(key);
        }
    }
}
