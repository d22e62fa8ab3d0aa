package org.segmentlab.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.segmentlab.core.campaign.CampaignReadout;
import org.segmentlab.core.campaign.SegmentReadout;
import org.segmentlab.core.campaign.UpliftDecile;
import org.segmentlab.core.campaign.UpliftEvaluation;
import org.segmentlab.core.campaign.UpliftResult;
import org.segmentlab.core.campaign.UpliftTarget;
import org.segmentlab.core.project.AtomicFiles;

/**
 * The files of a campaign readout and an uplift model: {@code readout.csv}, {@code uplift.csv} and the
 * uplift's {@code metrics.json}. Numbers are written in full precision without exponents; a value that
 * cannot be computed is an empty cell (null in JSON). Text cells are neutralised as in the activation
 * export, so a segment named "=SUM(…)" is not run by a spreadsheet.
 */
public final class CampaignFiles {

    public static final String READOUT_HEADER = "segment,n_treated,n_control,rate_treated,rate_control,difference,"
            + "low,high,relative_lift,incremental_conversions,p_value,p_value_holm,revenue_difference,revenue_low,"
            + "revenue_high";
    public static final String UPLIFT_HEADER = "customer_id,part,uplift,p_treated,p_control";
    public static final String TARGETS_HEADER = "rank,customer_id,segment,uplift,p_treated,p_control";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private CampaignFiles() {
    }

    /** {@code readout.csv}: one row per segment, {@code All} first. */
    public static void writeReadout(Path file, CampaignReadout readout) throws IOException {
        StringBuilder sb = new StringBuilder(READOUT_HEADER).append('\n');
        for (SegmentReadout r : readout.rows()) {
            sb.append(ActivationExport.cell(r.segment())).append(',').append(r.treated()).append(',')
                    .append(r.control());
            double[] values = {r.rateTreated(), r.rateControl(), r.difference().estimate(), r.difference().low(),
                r.difference().high(), r.relativeLift(), r.incrementalConversions(), r.pValue(), r.pValueHolm(),
                r.revenueDifference().estimate(), r.revenueDifference().low(), r.revenueDifference().high()};
            for (double v : values) {
                sb.append(',').append(number(v));
            }
            sb.append('\n');
        }
        AtomicFiles.write(file, sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** {@code uplift.csv}: every customer, its part ({@code train}/{@code test}), uplift and the two probabilities. */
    public static void writeUplift(Path file, UpliftResult result) throws IOException {
        AtomicFiles.write(file, raw -> {
            BufferedWriter out = new BufferedWriter(new OutputStreamWriter(raw, StandardCharsets.UTF_8), 1 << 16);
            out.write(UPLIFT_HEADER);
            out.write('\n');
            StringBuilder line = new StringBuilder(96);
            for (int i = 0; i < result.customerIds().size(); i++) {
                line.setLength(0);
                line.append(ActivationExport.cell(result.customerIds().get(i))).append(',')
                        .append(result.inTest()[i] ? "test" : "train").append(',')
                        .append(number(result.uplift()[i])).append(',').append(number(result.pTreated()[i]))
                        .append(',').append(number(result.pControl()[i])).append('\n');
                out.append(line);
            }
            out.flush();
        });
    }

    /**
     * "Who to target next": the customers of highest predicted uplift with their segments, written as the
     * activation lists are (text cells neutralised by the one CSV cell writer).
     */
    public static void writeTargets(Path file, List<UpliftTarget> targets) throws IOException {
        StringBuilder sb = new StringBuilder(TARGETS_HEADER).append('\n');
        for (UpliftTarget t : targets) {
            sb.append(t.rank()).append(',').append(org.segmentlab.core.CsvCell.text(t.customerId())).append(',')
                    .append(org.segmentlab.core.CsvCell.text(t.segment())).append(',').append(number(t.uplift())).append(',')
                    .append(number(t.pTreated())).append(',').append(number(t.pControl())).append('\n');
        }
        AtomicFiles.write(file, sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The uplift's {@code metrics.json}. The contract's keys come first: {@code qini_auc} (the area between
     * the Qini curve and random targeting on the test part, share targeted on the x axis, incremental
     * conversions per customer of the part on the y axis: above zero beats random), {@code uplift_at_10},
     * {@code uplift_at_20}, {@code uplift_at_30}, {@code deciles}; then the method, the model, both areas, the
     * part sizes, the cross-validated comparison of the methods, the curves and the notes.
     */
    public static ObjectNode upliftMetrics(UpliftResult result) {
        UpliftEvaluation e = result.test();
        ObjectNode root = JSON.createObjectNode();
        put(root, "qini_auc", e.qiniAreaAboveRandom());
        put(root, "uplift_at_10", e.upliftAt10());
        put(root, "uplift_at_20", e.upliftAt20());
        put(root, "uplift_at_30", e.upliftAt30());
        ArrayNode deciles = root.putArray("deciles");
        for (UpliftDecile d : e.deciles()) {
            ObjectNode node = deciles.addObject().put("decile", d.decile()).put("n_treated", d.treated())
                    .put("n_control", d.control());
            put(node, "rate_treated", d.rateTreated());
            put(node, "rate_control", d.rateControl());
            put(node, "uplift", d.observedUplift());
            put(node, "predicted_uplift", d.predictedUplift());
        }
        root.put("method", result.method().cliName());
        root.put("model", result.params().model().kind().cliName());
        put(root, "qini_area", e.qiniArea());
        put(root, "qini_area_random", e.randomArea());
        root.put("train_rows", result.trainRows());
        root.put("test_rows", result.testRows());
        root.put("test_fraction", result.params().testFraction());
        root.put("seed", result.params().seed());
        ObjectNode validation = root.putObject("cross_validated_qini_auc");
        for (UpliftResult.MethodScore s : result.validation()) {
            put(validation, s.method().cliName(), s.qiniAreaAboveRandom());
        }
        ArrayNode qini = root.putArray("qini_curve");
        for (UpliftEvaluation.CurvePoint p : e.qiniCurve()) {
            qini.addArray().add(p.share()).add(p.value());
        }
        ArrayNode uplift = root.putArray("uplift_curve");
        for (UpliftEvaluation.CurvePoint p : e.upliftCurve()) {
            uplift.addArray().add(p.share()).add(p.value());
        }
        ArrayNode notes = root.putArray("warnings");
        result.notes().forEach(notes::add);
        return root;
    }

    public static void writeJson(Path file, ObjectNode json) throws IOException {
        AtomicFiles.write(file, JSON.writeValueAsBytes(json));
    }

    private static void put(ObjectNode node, String key, double value) {
        if (Double.isFinite(value)) {
            node.put(key, value);
        } else {
            node.putNull(key);
        }
    }

    /** Full precision, no exponent; empty when not a finite number. */
    static String number(double value) {
        if (!Double.isFinite(value)) {
            return "";
        }
        if (value == 0) {
            return "0";
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
