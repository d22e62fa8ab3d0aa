package org.segmentlab.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.segmentlab.core.PrettyJson;
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
        return PrettyJson.text(g -> write(g, result, comparison));
    }

    /*
     * Written with Jackson's streaming generator, in the order and layout the object mapper's pretty
     * printer gave: the mapper's set-up (some 250 classes) cost the `clv` command about 0.1 s.
     */
    private static void write(JsonGenerator g, ClvResult result, SupervisedComparison.Result comparison)
            throws IOException {
        FittedPurchaseModel m = result.purchaseModel();
        FittedSpendModel spend = result.spendModel();
        String[] names = m.kind().parameterNames();
        double[] values = m.parameters();
        g.writeStartObject();
        g.writeStringField("model", m.kind().label());
        for (int i = 0; i < names.length; i++) {
            number(g, names[i], values[i]);
        }
        number(g, "p", spend == null ? Double.NaN : spend.p());
        number(g, "q", spend == null ? Double.NaN : spend.q());
        number(g, "gamma", spend == null ? Double.NaN : spend.gamma());
        number(g, "log_likelihood", m.logLikelihood());
        g.writeNumberField("customers", result.summary().size());
        g.writeNumberField("repeat_customers", result.summary().repeatCustomers());
        g.writeStringField("time_unit", result.summary().unit().label());
        g.writeObjectFieldStart("standard_errors");
        double[] errors = m.standardErrors();
        for (int i = 0; i < names.length; i++) {
            number(g, names[i], errors[i]);
        }
        double[] spendErrors = spend == null ? new double[] {Double.NaN, Double.NaN, Double.NaN}
                : spend.standardErrors();
        number(g, "p", spendErrors[0]);
        number(g, "q", spendErrors[1]);
        number(g, "gamma", spendErrors[2]);
        g.writeEndObject();
        HoldoutCheck h = result.holdout();
        if (h != null) {
            g.writeObjectFieldStart("holdout");
            g.writeNumberField("actual", h.actual());
            number(g, "expected", h.expected());
            number(g, "mae", h.mae());
            g.writeArrayFieldStart("by_frequency");
            for (HoldoutCheck.FrequencyRow row : h.byFrequency()) {
                g.writeStartObject();
                g.writeStringField("frequency", row.label());
                g.writeNumberField("customers", row.customers());
                number(g, "actual", row.actual());
                number(g, "expected", row.expected());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeNumberField("days", h.days());
            g.writeArrayFieldStart("tracking");
            for (HoldoutCheck.TrackingPoint point : h.tracking()) {
                g.writeStartObject();
                g.writeStringField("day", point.day().toString());
                g.writeNumberField("actual", point.actual());
                number(g, "expected", point.expected());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        ClvOptions o = result.options();
        g.writeStringField("as_of", result.summary().asOf().toString());
        if (result.summary().holdoutEnd() != null) {
            g.writeStringField("holdout_end", result.summary().holdoutEnd().toString());
        }
        number(g, "horizon_days", o.horizonDays());
        number(g, "discount_monthly", o.discountMonthly());
        number(g, "margin", o.margin());
        number(g, "penalizer", o.penalizer());
        g.writeBooleanField("converged", m.converged());
        g.writeStringField("optimizer", m.method());
        g.writeNumberField("iterations", m.iterations());
        if (spend != null) {
            g.writeObjectFieldStart("spend_model");
            g.writeNumberField("customers", spend.customers());
            number(g, "log_likelihood", spend.logLikelihood());
            number(g, "frequency_spend_correlation", spend.frequencySpendCorrelation());
            g.writeEndObject();
        }
        number(g, "total_clv", result.values().totalClv());
        if (comparison != null) {
            g.writeObjectFieldStart("comparison");
            g.writeStringField("training_as_of", comparison.trainingAsOf().toString());
            g.writeNumberField("training_customers", comparison.trainingCustomers());
            g.writeNumberField("customers", comparison.customers());
            g.writeNumberField("holdout_days", comparison.holdoutDays());
            number(g, "actual_spend", comparison.actualSpend());
            g.writeNumberField("seed", comparison.seed());
            g.writeArrayFieldStart("methods");
            for (SupervisedComparison.Method method : comparison.methods()) {
                g.writeStartObject();
                g.writeStringField("name", method.name());
                g.writeStringField("label", method.label());
                number(g, "predicted_spend", method.predictedSpend());
                number(g, "mae", method.mae());
                number(g, "spearman", method.spearman());
                number(g, "top_decile_capture", method.topDecileCapture());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        PrettyJson.strings(g, "warnings", result.warnings());
        g.writeEndObject();
    }

    /** JSON has no NaN: a value that does not exist is null. */
    private static void number(JsonGenerator g, String key, double value) throws IOException {
        if (Double.isFinite(value)) {
            g.writeNumberField(key, value);
        } else {
            g.writeNullField(key);
        }
    }
}
