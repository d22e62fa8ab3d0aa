package org.segmentlab.core.campaign;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.segmentlab.core.Progress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads out a two-arm campaign for everyone and per segment: rates, the difference with Newcombe's
 * hybrid score interval, relative lift, incremental conversions, p-values (Holm-adjusted across the
 * segments) and the revenue-per-customer difference with Welch's interval; plus the sample-ratio check.
 */
public final class CampaignReadouts {

    private static final Logger LOG = LoggerFactory.getLogger(CampaignReadouts.class);

    public CampaignReadout read(CampaignOutcomes outcomes, ReadoutParams params, Progress progress) {
        progress.update(0, "Reading out the campaign");
        List<String> warnings = new ArrayList<>();
        int n = outcomes.size();
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        SegmentReadout overall = readout(CampaignReadout.ALL, outcomes, all, params.confidence());
        List<SegmentReadout> rows = new ArrayList<>();
        rows.add(overall);
        int withoutSegment = 0;
        if (outcomes.hasSegments()) {
            Map<String, List<Integer>> members = new TreeMap<>();
            String[] segments = outcomes.segments();
            for (int i = 0; i < n; i++) {
                if (segments[i] == null) {
                    withoutSegment++;
                } else {
                    members.computeIfAbsent(segments[i], k -> new ArrayList<>()).add(i);
                }
            }
            List<SegmentReadout> bySegment = new ArrayList<>();
            for (Map.Entry<String, List<Integer>> e : members.entrySet()) {
                progress.checkCancelled();
                int[] rowsOf = e.getValue().stream().mapToInt(Integer::intValue).toArray();
                bySegment.add(readout(e.getKey(), outcomes, rowsOf, params.confidence()));
            }
            double[] p = bySegment.stream().mapToDouble(SegmentReadout::pValue).toArray();
            double[] adjusted = CampaignStatistics.holm(p);
            for (int s = 0; s < bySegment.size(); s++) {
                rows.add(bySegment.get(s).withHolm(adjusted[s]));
                SegmentReadout r = bySegment.get(s);
                if (r.treated() == 0 || r.control() == 0) {
                    warnings.add("segment '" + r.segment() + "' has " + r.treated() + " treated and " + r.control()
                            + " control customers: no difference can be read");
                }
            }
            if (withoutSegment > 0) {
                warnings.add(String.format(Locale.US, "%,d customer%s no segment: %s in All only", withoutSegment,
                        withoutSegment == 1 ? " has" : "s have", withoutSegment == 1 ? "it counts" : "they count"));
            }
        }
        SampleRatioCheck ratio = SampleRatioCheck.of(overall.treated(), overall.control(), params.treatedShare());
        if (ratio.mismatch()) {
            warnings.add(String.format(Locale.ROOT, "sample-ratio mismatch: %d treated and %d control (%.2f%% "
                    + "treated) against an intended %.2f%% (chi-square %.1f, p = %.2g); check how customers were "
                    + "assigned before trusting the readout", ratio.treated(), ratio.control(),
                    100 * ratio.observedTreatedShare(), 100 * params.treatedShare(), ratio.chiSquare(),
                    ratio.pValue()));
        }
        progress.update(1, "Read out");
        LOG.info("Campaign readout: {} treated, {} control, {} segments", overall.treated(), overall.control(),
                rows.size() - 1);
        return new CampaignReadout(rows, ratio, params, withoutSegment, warnings);
    }

    private static SegmentReadout readout(String name, CampaignOutcomes o, int[] rows, double confidence) {
        int treated = 0;
        int control = 0;
        int convertedTreated = 0;
        int convertedControl = 0;
        for (int i : rows) {
            if (o.treated()[i]) {
                treated++;
                convertedTreated += o.converted()[i];
            } else {
                control++;
                convertedControl += o.converted()[i];
            }
        }
        Interval difference = CampaignStatistics.newcombeDifference(convertedTreated, treated, convertedControl,
                control, confidence);
        double rateTreated = treated == 0 ? Double.NaN : (double) convertedTreated / treated;
        double rateControl = control == 0 ? Double.NaN : (double) convertedControl / control;
        double relative = rateControl > 0 ? rateTreated / rateControl - 1 : Double.NaN;
        double p = CampaignStatistics.twoProportionPValue(convertedTreated, treated, convertedControl, control);
        Interval revenue = new Interval(Double.NaN, Double.NaN, Double.NaN);
        if (o.hasRevenue()) {
            double[] a = new double[treated];
            double[] b = new double[control];
            int ia = 0;
            int ib = 0;
            for (int i : rows) {
                double v = o.revenue()[i];
                if (o.treated()[i]) {
                    a[ia++] = v;
                } else {
                    b[ib++] = v;
                }
            }
            revenue = CampaignStatistics.welchDifference(a, b, confidence);
        }
        return new SegmentReadout(name, treated, control, convertedTreated, convertedControl, difference, relative,
                difference.estimate() * treated, p, p, revenue);
    }
}
