package org.segmentlab.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.segmentlab.core.predict.Evaluation;
import org.segmentlab.core.predict.LiftDecile;
import org.segmentlab.core.predict.ModelKind;
import org.segmentlab.core.project.SavedPrediction;

/**
 * The model's part of the report: each segment's mean score and the features that move its
 * customers' scores most, matched to the segments by customer id.
 */
final class ModelFindings {

    /** Drivers shown per segment, and per customer in the export. */
    static final int SEGMENT_DRIVERS = 3;
    static final int OVERALL_DRIVERS = 8;

    private ModelFindings() {
    }

    /**
     * What the model adds.
     *
     * @param segments the segments with their mean risk and drivers filled in
     * @param scores   score per segmented customer, NaN where the model has none
     * @param drivers  top drivers in words per segmented customer; null entries where none were explained
     */
    record Added(ReportModel.ModelSummary summary, List<ReportModel.SegmentEntry> segments, double[] scores,
                 List<String> drivers) {
    }

    static Added add(SavedPrediction.Prediction prediction, Findings findings) {
        Map<String, Integer> rowOf = new HashMap<>();
        List<String> modelIds = prediction.input().customerIds();
        for (int r = 0; r < modelIds.size(); r++) {
            rowOf.put(modelIds.get(r), r);
        }
        Map<Integer, Integer> explainedIndex = new HashMap<>();
        for (int i = 0; i < prediction.explainedRows().length; i++) {
            explainedIndex.put(prediction.explainedRows()[i], i);
        }
        List<String> features = prediction.features();
        int n = findings.customerIds().size();
        double[] scores = new double[n];
        List<String> drivers = new ArrayList<>(n);
        Map<Integer, double[]> riskSum = new HashMap<>();
        Map<Integer, double[]> shapSum = new HashMap<>();
        double[] overall = new double[features.size()];
        int overallCount = 0;
        int matched = 0;
        for (int i = 0; i < n; i++) {
            Integer row = rowOf.get(findings.customerIds().get(i));
            int segment = findings.segmentOf()[i];
            if (row == null) {
                scores[i] = Double.NaN;
                drivers.add(null);
                continue;
            }
            matched++;
            scores[i] = prediction.scores()[row];
            double[] risk = riskSum.computeIfAbsent(segment, s -> new double[2]);
            risk[0] += scores[i];
            risk[1]++;
            Integer e = explainedIndex.get(row);
            if (e == null) {
                drivers.add(null);
                continue;
            }
            double[] shap = prediction.shap()[e];
            double[] sum = shapSum.computeIfAbsent(segment, s -> new double[features.size() + 1]);
            for (int f = 0; f < features.size(); f++) {
                sum[f] += Math.abs(shap[f]);
                overall[f] += Math.abs(shap[f]);
            }
            sum[features.size()]++;
            overallCount++;
            drivers.add(topInWords(features, shap));
        }
        List<ReportModel.SegmentEntry> segments = new ArrayList<>();
        for (ReportModel.SegmentEntry s : findings.segments()) {
            double[] risk = riskSum.get(s.id());
            double[] sum = shapSum.get(s.id());
            List<ReportModel.DriverShare> top = sum == null ? List.of()
                    : top(features, sum, sum[features.size()], SEGMENT_DRIVERS);
            segments.add(new ReportModel.SegmentEntry(s.id(), s.colour(), s.name(), s.customers(), s.customerShare(),
                    s.value(), s.valueShare(), s.meanValue(), s.meanEngagement(), s.traits(), s.apart(), s.action(),
                    s.ease(), s.easeScored(), s.profile(), risk == null ? Double.NaN : risk[0] / risk[1], top,
                    s.lifetime()));
        }
        Evaluation ev = prediction.training().evaluation();
        long[] liftCustomers = new long[ev.lift().size()];
        long[] liftPositives = new long[ev.lift().size()];
        for (int d = 0; d < liftCustomers.length; d++) {
            LiftDecile l = ev.lift().get(d);
            liftCustomers[d] = l.customers();
            liftPositives[d] = l.positives();
        }
        int positives = prediction.input().positives();
        String riskWord = prediction.isChurn() ? "churn risk" : "likelihood of " + prediction.outcome();
        ReportModel.ModelSummary summary = new ReportModel.ModelSummary(kindWords(
                prediction.training().model().kind()), prediction.outcome(), riskWord,
                prediction.onCustomerTable() ? prediction.inputName()
                        : java.nio.file.Path.of(prediction.source().path()).getFileName().toString(),
                prediction.training().trainRows(), prediction.training().testRows(),
                ev.positives(), ev.rocAuc(), ev.prAuc(), ev.rocCurve(), liftCustomers, liftPositives,
                overallCount == 0 ? List.of() : top(features, overall, overallCount, OVERALL_DRIVERS),
                prediction.input().rowCount() == 0 ? 0 : positives / (double) prediction.input().rowCount(), matched,
                modelNotes(prediction.training()));
        return new Added(summary, segments, scores, drivers);
    }

    /** The training notes, then its warnings (columns left out, values filled in, possible leakage). */
    private static List<String> modelNotes(org.segmentlab.core.predict.TrainingResult training) {
        List<String> out = new ArrayList<>(training.notes());
        training.warnings().forEach(w -> out.add(w.message()));
        return out;
    }

    static String kindWords(ModelKind kind) {
        switch (kind) {
            case FOREST:
                return "random forest";
            case BOOSTING:
                return "gradient-boosted trees";
            case LOGISTIC:
            default:
                return "logistic regression";
        }
    }

    private static List<ReportModel.DriverShare> top(List<String> features, double[] sums, double count, int limit) {
        List<ReportModel.DriverShare> all = new ArrayList<>();
        for (int f = 0; f < features.size(); f++) {
            all.add(new ReportModel.DriverShare(features.get(f), count == 0 ? 0 : sums[f] / count));
        }
        all.sort(Comparator.comparingDouble((ReportModel.DriverShare d) -> -d.meanAbsShap())
                .thenComparing(ReportModel.DriverShare::feature));
        return List.copyOf(all.subList(0, Math.min(limit, all.size())));
    }

    /** "logins_trend (+0.42); plan (−0.10)": a customer's strongest drivers with their push on the log-odds. */
    private static String topInWords(List<String> features, double[] shap) {
        Integer[] order = new Integer[features.size()];
        for (int f = 0; f < order.length; f++) {
            order[f] = f;
        }
        java.util.Arrays.sort(order, Comparator.comparingDouble((Integer f) -> -Math.abs(shap[f]))
                .thenComparingInt(f -> f));
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < Math.min(SEGMENT_DRIVERS, order.length); i++) {
            parts.add(features.get(order[i]) + " (" + String.format(java.util.Locale.ROOT, "%+.2f", shap[order[i]]) + ")");
        }
        return String.join("; ", parts);
    }
}
