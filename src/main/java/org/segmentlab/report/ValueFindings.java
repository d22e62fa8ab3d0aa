package org.segmentlab.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.segmentlab.core.clv.ClvOptions;
import org.segmentlab.core.clv.ClvResult;
import org.segmentlab.core.clv.CustomerValues;
import org.segmentlab.core.clv.FittedPurchaseModel;
import org.segmentlab.core.clv.FittedSpendModel;
import org.segmentlab.core.clv.HoldoutCheck;
import org.segmentlab.core.clv.PurchaseModelKind;
import org.segmentlab.core.clv.SegmentValues;
import org.segmentlab.core.clv.ValueMatrix;

/**
 * The value side of the report, where the project has a value model: each segment's total and mean
 * customer lifetime value, its share of all CLV and its customers' mean P(alive), from the project's
 * CLV settings replayed (the same fit as the Value step and {@code segmentlab clv}).
 */
final class ValueFindings {

    private ValueFindings() {
    }

    /**
     * The segments with their value, how many segmented customers the value model does not know, and
     * each segmented customer's P(alive) and CLV in the order of the findings' customers (NaN for those
     * without).
     */
    record Added(List<ReportModel.SegmentEntry> segments, int unmatched, double horizonDays, double[] pAlive,
                 double[] clv) {
    }

    static Added add(ClvResult result, Findings findings, List<ReportModel.SegmentEntry> segments) {
        CustomerValues values = result.values();
        Map<Integer, double[]> sums = new HashMap<>();
        double total = 0;
        int unmatched = 0;
        int n = findings.customerIds().size();
        double[] alive = new double[n];
        double[] clvs = new double[n];
        java.util.Arrays.fill(alive, Double.NaN);
        java.util.Arrays.fill(clvs, Double.NaN);
        for (int i = 0; i < n; i++) {
            OptionalInt row = values.rowOf(findings.customerIds().get(i));
            if (row.isEmpty()) {
                unmatched++;
                continue;
            }
            double clv = values.clv(row.getAsInt());
            alive[i] = values.pAlive(row.getAsInt());
            clvs[i] = clv;
            if (!Double.isFinite(clv)) {
                // a model that could not value this customer (a degenerate fit) gives no number to add
                unmatched++;
                continue;
            }
            double[] sum = sums.computeIfAbsent(findings.segmentOf()[i], s -> new double[3]);
            sum[0] += clv;
            sum[1] += values.pAlive(row.getAsInt());
            sum[2]++;
            total += clv;
        }
        List<ReportModel.SegmentEntry> out = new ArrayList<>();
        for (ReportModel.SegmentEntry s : segments) {
            double[] sum = sums.get(s.id());
            ReportModel.Value value = sum == null || sum[2] == 0 ? null : new ReportModel.Value(sum[0],
                    sum[0] / sum[2], total > 0 ? sum[0] / total : 0, sum[1] / sum[2]);
            out.add(s.withValue(value));
        }
        return new Added(out, unmatched, result.options().horizonDays(), alive, clvs);
    }

    /**
     * What the report says of the value model: the fit in plain words, the CLV rule, the holdout check,
     * the notes, and each segment's value as the core adds it up from the customers' CLV.
     */
    static ReportModel.Lifetime lifetime(ClvResult result, Findings findings, List<ReportModel.SegmentEntry> segments) {
        Map<Integer, String> names = new HashMap<>();
        for (ReportModel.SegmentEntry e : segments) {
            names.put(e.id(), e.name());
        }
        Map<String, String> segmentOf = new HashMap<>();
        for (int i = 0; i < findings.customerIds().size(); i++) {
            String name = names.get(findings.segmentOf()[i]);
            if (name != null) {
                segmentOf.put(findings.customerIds().get(i), name);
            }
        }
        SegmentValues bySegment = SegmentValues.of(result.values(), segmentOf);
        FittedPurchaseModel purchases = result.purchaseModel();
        String unit = purchases.unit().label();
        ClvOptions options = result.options();
        long horizon = Math.round(options.horizonDays());
        String rule = "A customer's lifetime value (CLV) is the purchases the model expects of them over the next "
                + horizon + " days times the spend per purchase expected of them"
                + (options.margin() == 1 ? "" : ", times a margin of " + ReportText.percent(options.margin()))
                + (options.discountMonthly() > 0 ? ", discounted at " + ReportText.percent(options.discountMonthly())
                + " a month" : ", not discounted") + ". P(alive) is the chance that a customer is still buying.";
        List<String> notes = new ArrayList<>();
        for (String warning : result.warnings()) {
            notes.add(Character.toUpperCase(warning.charAt(0)) + warning.substring(1)
                    + (warning.endsWith(".") ? "" : "."));
        }
        return new ReportModel.Lifetime(modelWords(result), spendWords(result.spendModel()), rule,
                holdoutWords(result.holdout(), result.summary().asOf()), notes, bySegment,
                ValueMatrix.pAlive(purchases, result.summary()), unit + "s", horizon, result.summary().asOf(),
                result.holdout());
    }

    /** The purchase model in plain words, with its parameters and their standard errors. */
    static String modelWords(ClvResult result) {
        FittedPurchaseModel m = result.purchaseModel();
        String unit = m.unit().label();
        double r = m.parameter("r");
        double alpha = m.parameter("alpha");
        StringBuilder sb = new StringBuilder();
        boolean bg = m.kind() == PurchaseModelKind.BG_NBD;
        sb.append(bg ? "BG/NBD" : "Pareto/NBD").append(" model of repeat purchases, fitted on ")
                .append(ReportText.count(m.customers())).append(" customers' purchases up to ")
                .append(result.summary().asOf()).append(", per ").append(unit).append(". While they buy, customers ")
                .append("make ").append(ReportText.number(r / alpha, 3)).append(" repeat purchases a ").append(unit)
                .append(" on average, some far more than others; ");
        if (bg) {
            double a = m.parameter("a");
            double b = m.parameter("b");
            sb.append("after each purchase a customer stops buying for good with a chance of ")
                    .append(ReportText.percent(a / (a + b))).append(" on average.");
        } else {
            double s = m.parameter("s");
            double beta = m.parameter("beta");
            sb.append("customers stop buying for good at a rate of ").append(ReportText.number(s / beta, 4))
                    .append(" a ").append(unit).append(" on average, whether they buy or not.");
        }
        sb.append(" Parameters: ");
        String[] names = m.kind().parameterNames();
        double[] p = m.parameters();
        double[] se = m.standardErrors();
        for (int i = 0; i < names.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(greek(names[i])).append(' ').append(parameter(p[i]));
            if (i < se.length && Double.isFinite(se[i])) {
                sb.append(" (\u00b1 ").append(parameter(se[i])).append(')');
            }
        }
        sb.append("; log-likelihood ").append(ReportText.number(m.logLikelihood(), 1));
        sb.append(m.converged() ? "." : "; the fit did not converge, so treat its numbers with care.");
        return sb.toString();
    }

    private static String spendWords(FittedSpendModel spend) {
        if (spend == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder("Spend per purchase: Gamma-Gamma model fitted on the ")
                .append(ReportText.count(spend.customers())).append(" customers who bought again");
        if (spend.q() > 1) {
            sb.append("; a customer the model knows nothing of spends ")
                    .append(ReportText.amount(spend.p() * spend.gamma() / (spend.q() - 1))).append(" per purchase "
                    + "on average");
        }
        sb.append(". Parameters: p ").append(parameter(spend.p())).append(", q ").append(parameter(spend.q()))
                .append(", \u03b3 ").append(parameter(spend.gamma())).append('.');
        if (Double.isFinite(spend.frequencySpendCorrelation())) {
            sb.append(" Correlation between how often and how much customers spend: ")
                    .append(ReportText.number(spend.frequencySpendCorrelation(), 2))
                    .append(Math.abs(spend.frequencySpendCorrelation()) > 0.3
                            ? " (the model assumes none: its spend figures are doubtful)." : " (the model assumes none).");
        }
        return sb.toString();
    }

    private static String holdoutWords(HoldoutCheck check, java.time.LocalDate asOf) {
        if (check == null) {
            return null;
        }
        double off = check.actual() == 0 ? Double.NaN : check.expected() / check.actual() - 1;
        return "Checked on the " + ReportText.count(check.days()) + " days after " + asOf + ", which the model did "
                + "not see: customers made " + ReportText.count(check.actual()) + " repeat purchases, the model "
                + "expected " + ReportText.number(check.expected(), 1)
                + (Double.isFinite(off) ? " (" + (off >= 0 ? ReportText.percent(off) + " more" : ReportText.percent(-off)
                + " fewer") + ")" : "") + "; per customer it was off by " + ReportText.number(check.mae(), 2)
                + " purchases on average.";
    }

    private static String greek(String name) {
        return switch (name) {
            case "alpha" -> "\u03b1";
            case "beta" -> "\u03b2";
            default -> name;
        };
    }

    /** Three decimals, or three significant digits for a parameter far from 1. */
    private static String parameter(double v) {
        return Math.abs(v) >= 1e5 || (v != 0 && Math.abs(v) < 1e-3) ? String.format(java.util.Locale.US, "%.3g", v)
                : String.format(java.util.Locale.US, "%.3f", v);
    }
}
