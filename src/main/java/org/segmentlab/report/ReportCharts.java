package org.segmentlab.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.segmentlab.core.features.rfm.RfmResult;
import org.segmentlab.core.segment.rfm.RfmGridCell;
import org.segmentlab.core.segment.rfm.RfmSegmentation;
import org.segmentlab.core.segment.rfm.SegmentMap;
import org.segmentlab.report.charts.CellGridChart;
import org.segmentlab.report.charts.Histograms;
import org.segmentlab.report.charts.BarsChart;
import org.segmentlab.report.charts.QuadrantChart;
import org.segmentlab.report.charts.ShareBarsChart;

/** The charts of the report, built the same way for the HTML and the PDF. */
final class ReportCharts {

    static final List<String> MEASURES = List.of("Days since last purchase", "Purchases", "Spend");

    private ReportCharts() {
    }

    /** Colour index of a segment in the palette: Others is grey, as noise is elsewhere. */
    static int colour(int segmentId) {
        return segmentId == SegmentMap.OTHERS_ID ? -1 : segmentId;
    }

    /** Value (mean spend) against engagement (mean purchases) per segment, split at the customers' medians. */
    static JFreeChart quadrant(ReportModel model) {
        RfmResult rfm = model.analysis().rfm();
        int n = rfm.size();
        double[] frequency = new double[n];
        double[] monetary = new double[n];
        for (int i = 0; i < n; i++) {
            frequency[i] = rfm.frequency(i);
            monetary[i] = rfm.monetary(i);
        }
        double fThreshold = median(frequency);
        double mThreshold = median(monetary);
        long[] customers = new long[4];
        double[] revenue = new double[4];
        double total = 0;
        for (int i = 0; i < n; i++) {
            int q = (frequency[i] >= fThreshold ? 1 : 0) + (monetary[i] >= mThreshold ? 2 : 0);
            customers[q]++;
            revenue[q] += monetary[i];
            total += monetary[i];
        }
        List<QuadrantChart.Quadrant> quadrants = List.of(
                QuadrantChart.Quadrant.of(QuadrantChart.Corner.BOTTOM_LEFT, customers[0], share(revenue[0], total)),
                QuadrantChart.Quadrant.of(QuadrantChart.Corner.BOTTOM_RIGHT, customers[1], share(revenue[1], total)),
                QuadrantChart.Quadrant.of(QuadrantChart.Corner.TOP_LEFT, customers[2], share(revenue[2], total)),
                QuadrantChart.Quadrant.of(QuadrantChart.Corner.TOP_RIGHT, customers[3], share(revenue[3], total)));
        List<QuadrantChart.Bubble> bubbles = new ArrayList<>();
        for (ReportModel.SegmentEntry s : model.populatedSegments()) {
            bubbles.add(new QuadrantChart.Bubble(colour(s.id()), s.name(), s.meanFrequency(), s.meanMonetary(),
                    s.customers()));
        }
        double[] bubbleValues = bubbles.stream().mapToDouble(QuadrantChart.Bubble::value).toArray();
        boolean log = QuadrantChart.suggestLogScale(bubbleValues) && fThreshold > 0 && mThreshold > 0;
        QuadrantChart.Axes axes = new QuadrantChart.Axes("Engagement: mean purchases per customer",
                "Value: mean spend per customer", fThreshold, mThreshold, log);
        return QuadrantChart.chart("Value and engagement by segment", axes, bubbles, quadrants);
    }

    /** One segment's means as multiples of all customers' means: 1 is the average customer. */
    static JFreeChart profile(ReportModel model, ReportModel.SegmentEntry segment) {
        RfmResult rfm = model.analysis().rfm();
        int n = rfm.size();
        double r = 0;
        double f = 0;
        double m = 0;
        for (int i = 0; i < n; i++) {
            r += rfm.recencyDays(i);
            f += rfm.frequency(i);
            m += rfm.monetary(i);
        }
        double[] ratios = {ratio(segment.meanRecencyDays(), r / n), ratio(segment.meanFrequency(), f / n),
            ratio(segment.meanMonetary(), m / n)};
        return BarsChart.chart(null, "times the average customer (1 = average)", MEASURES, ratios);
    }

    private static double ratio(double part, double whole) {
        return whole == 0 ? 0 : part / whole;
    }

    /** The R×F grid, each cell coloured by its segment. */
    static JFreeChart grid(ReportModel model) {
        RfmSegmentation segmentation = model.analysis();
        SegmentMap map = segmentation.map();
        List<String> names = new ArrayList<>();
        map.rules().forEach(r -> names.add(r.name()));
        List<CellGridChart.Cell> cells = new ArrayList<>();
        for (RfmGridCell cell : segmentation.grid().cells()) {
            int group = cell.segmentId() > 0 ? cell.segmentId() - 1 : -2;
            String money = cell.customers() == 0 ? "" : "avg " + ReportBuilder.number(cell.meanMonetary(), 0);
            cells.add(new CellGridChart.Cell(cell.r(), cell.f(), group,
                    cell.segment() == null ? "" : cell.segment(), ReportBuilder.number(cell.customers(), 0), money));
        }
        int bins = segmentation.grid().bins();
        return CellGridChart.chart("Customers by recency and frequency score", "Recency score (5 = most recent)",
                "Frequency score", bins, bins, names, cells);
    }

    /** Each segment's share of customers beside its share of revenue. */
    static JFreeChart shares(ReportModel model) {
        List<ReportModel.SegmentEntry> shown = model.populatedSegments();
        List<String> names = shown.stream().map(ReportModel.SegmentEntry::name).toList();
        double[] customers = shown.stream().mapToDouble(ReportModel.SegmentEntry::customerShare).toArray();
        double[] revenue = shown.stream().mapToDouble(ReportModel.SegmentEntry::revenueShare).toArray();
        return ShareBarsChart.chart("Share of customers and of revenue", names, "Customers", customers,
                "Revenue", revenue);
    }

    /** Histograms of recency, frequency and spend, in that order; spend on a log scale, as it is skewed. */
    static List<JFreeChart> histograms(ReportModel model) {
        RfmResult rfm = model.analysis().rfm();
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

    private static double share(double part, double total) {
        return total == 0 ? 0 : part / total;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
