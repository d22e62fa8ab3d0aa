package org.segmentlab.report;

import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.segmentlab.core.features.rfm.RfmResult;
import org.segmentlab.core.predict.CurvePoint;
import org.segmentlab.core.segment.rfm.RfmGridCell;
import org.segmentlab.core.segment.rfm.RfmSegmentation;
import org.segmentlab.core.segment.rfm.SegmentMap;
import org.segmentlab.report.charts.BarsChart;
import org.segmentlab.report.charts.CellGridChart;
import org.segmentlab.report.charts.CurveChart;
import org.segmentlab.report.charts.Histograms;
import org.segmentlab.report.charts.LiftChart;
import org.segmentlab.report.charts.PriorityMatrixChart;
import org.segmentlab.report.charts.ProfileBarsChart;
import org.segmentlab.report.charts.ProfileHeatmapChart;
import org.segmentlab.report.charts.QuadrantChart;
import org.segmentlab.report.charts.ShareBarsChart;
import org.segmentlab.report.charts.SweepChart;

/** The charts of the report, built the same way for the HTML and the PDF. */
final class ReportCharts {

    private ReportCharts() {
    }

    /** Value against engagement per segment, split at the customers' medians. */
    static JFreeChart quadrant(ReportModel model) {
        ReportModel.ValueMatrix m = model.matrix();
        List<QuadrantChart.Bubble> bubbles = new ArrayList<>();
        for (ReportModel.SegmentEntry s : model.populatedSegments()) {
            if (!Double.isNaN(s.meanEngagement()) && !Double.isNaN(s.meanValue())) {
                bubbles.add(new QuadrantChart.Bubble(s.colour(), s.name(), s.meanEngagement(), s.meanValue(),
                        s.customers()));
            }
        }
        boolean log = m.log();
        if (!log && model.kind() == ReportModel.Kind.RFM) {
            double[] bubbleValues = bubbles.stream().mapToDouble(QuadrantChart.Bubble::value).toArray();
            log = QuadrantChart.suggestLogScale(bubbleValues) && m.engagementThreshold() > 0 && m.valueThreshold() > 0;
        }
        QuadrantChart.Axes axes = new QuadrantChart.Axes(m.engagement(), m.value(), m.engagementThreshold(),
                m.valueThreshold(), log);
        return QuadrantChart.chart("Value and engagement by segment", axes, bubbles, m.quadrants());
    }

    /** One segment against all customers, a bar per measure in standard deviations. */
    static JFreeChart profile(ReportModel.SegmentEntry segment) {
        List<String> names = new ArrayList<>();
        double[] z = new double[segment.profile().size()];
        for (int i = 0; i < z.length; i++) {
            names.add(segment.profile().get(i).name());
            z[i] = segment.profile().get(i).z();
        }
        return ProfileBarsChart.chart(null, names, z);
    }

    /** Height in points a segment's profile chart needs: a row per measure and the axis. */
    static int profileHeight(ReportModel.SegmentEntry segment) {
        return 44 + 20 * segment.profile().size();
    }

    /** Every populated segment against all customers, one row each. */
    static JFreeChart heatmap(ReportModel model) {
        List<ReportModel.SegmentEntry> shown = model.populatedSegments();
        List<String> names = shown.stream().map(ReportModel.SegmentEntry::name).toList();
        List<String> measures = shown.get(0).profile().stream().map(ReportModel.Measure::name).toList();
        double[][] z = new double[shown.size()][measures.size()];
        for (int s = 0; s < shown.size(); s++) {
            for (int f = 0; f < measures.size(); f++) {
                z[s][f] = shown.get(s).profile().get(f).z();
            }
        }
        return ProfileHeatmapChart.chart("Segment profiles against the average customer", names, measures, z);
    }

    /** Value potential against ease of reach. */
    static JFreeChart priorities(ReportModel model) {
        List<PriorityMatrixChart.Bubble> bubbles = new ArrayList<>();
        for (ReportModel.Priority p : model.priorities()) {
            bubbles.add(new PriorityMatrixChart.Bubble(p.colour(), p.name(), p.ease(), p.potentialShare(),
                    p.customers()));
        }
        return PriorityMatrixChart.chart("Where to start", bubbles, model.priorityThreshold(),
                org.segmentlab.core.segment.Prioritisation.EASY_FROM, model.lifetime() != null
                        ? PriorityMatrixChart.LIFETIME_VALUE_POTENTIAL : PriorityMatrixChart.MEAN_VALUE_POTENTIAL);
    }

    /** The k sweep; null when k was not swept. */
    static JFreeChart sweep(ReportModel model) {
        ReportModel.Sweep s = model.sweep();
        return s == null ? null : SweepChart.chart("How the number of segments was chosen", s.points(), s.chosenK());
    }

    static JFreeChart roc(ReportModel model) {
        ReportModel.ModelSummary m = model.model();
        double[] x = new double[m.roc().size()];
        double[] y = new double[m.roc().size()];
        for (int i = 0; i < x.length; i++) {
            CurvePoint p = m.roc().get(i);
            x[i] = p.x();
            y[i] = p.y();
        }
        String name = Character.toUpperCase(m.kind().charAt(0)) + m.kind().substring(1);
        return CurveChart.roc("How well the model ranks (hold-out customers)",
                List.of(new CurveChart.Curve(name, x, y, m.rocAuc())));
    }

    static JFreeChart lift(ReportModel model) {
        ReportModel.ModelSummary m = model.model();
        return LiftChart.chart("Who to contact first: gains and lift by decile", m.liftCustomers(), m.liftPositives());
    }

    /** The features that move the scores most, over all explained customers. */
    static JFreeChart drivers(ReportModel model) {
        ReportModel.ModelSummary m = model.model();
        List<String> names = m.drivers().stream().map(ReportModel.DriverShare::feature).toList();
        double[] values = m.drivers().stream().mapToDouble(ReportModel.DriverShare::meanAbsShap).toArray();
        return BarsChart.chart("What drives the " + m.riskWord(), "mean |SHAP| (log-odds)", names, values);
    }

    /** The R×F grid, each cell coloured by its segment. */
    static JFreeChart grid(ReportModel model) {
        RfmSegmentation segmentation = model.rfm();
        SegmentMap map = segmentation.map();
        List<String> names = new ArrayList<>();
        map.rules().forEach(r -> names.add(r.name()));
        List<CellGridChart.Cell> cells = new ArrayList<>();
        for (RfmGridCell cell : segmentation.grid().cells()) {
            int group = cell.segmentId() > 0 ? cell.segmentId() - 1 : -2;
            String money = cell.customers() == 0 ? "" : "avg " + ReportText.number(cell.meanMonetary(), 0);
            cells.add(new CellGridChart.Cell(cell.r(), cell.f(), group,
                    cell.segment() == null ? "" : cell.segment(), ReportText.number(cell.customers(), 0), money));
        }
        int bins = segmentation.grid().bins();
        return CellGridChart.chart("Customers by recency and frequency score", "Recency score (5 = most recent)",
                "Frequency score", bins, bins, names, cells);
    }

    /** Each segment's share of customers beside its share of value. */
    static JFreeChart shares(ReportModel model) {
        List<ReportModel.SegmentEntry> shown = model.populatedSegments();
        List<String> names = shown.stream().map(ReportModel.SegmentEntry::name).toList();
        double[] customers = shown.stream().mapToDouble(ReportModel.SegmentEntry::customerShare).toArray();
        double[] value = shown.stream().mapToDouble(ReportModel.SegmentEntry::valueShare).toArray();
        String valueWord = model.kind() == ReportModel.Kind.RFM ? "Revenue" : "Value";
        return ShareBarsChart.chart("Share of customers and of " + valueWord.toLowerCase(java.util.Locale.ROOT), names,
                "Customers", customers, valueWord, value);
    }

    /** Histograms of recency, frequency and spend, in that order; spend on a log scale, as it is skewed. */
    static List<JFreeChart> histograms(ReportModel model) {
        RfmResult rfm = model.rfm().rfm();
        int n = rfm.size();
        double[] r = new double[n];
        double[] f = new double[n];
        double[] m = new double[n];
        for (int i = 0; i < n; i++) {
            r[i] = rfm.recencyDays(i);
            f[i] = rfm.frequency(i);
            m[i] = rfm.monetary(i);
        }
        return List.of(
                Histograms.chart("Days since last purchase", "days", r, 20, false),
                Histograms.chart("Purchases per customer", "purchases", f, 20, false),
                Histograms.chart("Spend per customer", "spend", m, 20, true));
    }

    // ---- the value model (the Value step's charts)

    /** Total CLV by segment, largest first, each bar labelled with its share of all CLV. */
    static JFreeChart valueBySegment(ReportModel.Lifetime v) {
        return org.segmentlab.report.charts.ValueCharts.bySegment("Lifetime value by segment over the next "
                + v.horizonDays() + " days", "each bar labelled with its share of all CLV", v.segments(), false);
    }

    /** P(alive) over frequency and recency. */
    static JFreeChart aliveMatrix(ReportModel.Lifetime v) {
        return org.segmentlab.report.charts.ValueCharts.matrix("P(alive): how likely a customer is still buying",
                "P(alive)", v.unit(), v.pAlive(), 1);
    }

    /** Cumulative repeat purchases against the model, the as-of day marked; only with a holdout. */
    static JFreeChart valueTracking(ReportModel.Lifetime v) {
        return org.segmentlab.report.charts.ValueCharts.tracking("Cumulative repeat purchases, week by week: actual "
                + "and model", v.check().tracking(), v.asOf());
    }
}
