package org.segmentlab.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.segmentlab.core.clv.ClvResult;
import org.segmentlab.core.clv.CustomerValues;

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
}
