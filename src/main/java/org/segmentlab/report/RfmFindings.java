package org.segmentlab.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.segmentlab.core.Progress;
import org.segmentlab.core.data.DataFileException;
import org.segmentlab.core.data.ImportReport;
import org.segmentlab.core.data.ImportedTable;
import org.segmentlab.core.features.rfm.CancellationHandling;
import org.segmentlab.core.features.rfm.CleaningSummary;
import org.segmentlab.core.features.rfm.RfmResult;
import org.segmentlab.core.features.rfm.TransactionColumns;
import org.segmentlab.core.features.rfm.TransactionLog;
import org.segmentlab.core.project.DataSourceRef;
import org.segmentlab.core.project.NamedSegment;
import org.segmentlab.core.project.Project;
import org.segmentlab.core.project.RfmSettings;
import org.segmentlab.core.project.SavedRfm;
import org.segmentlab.core.project.SavedSources;
import org.segmentlab.core.segment.rfm.RfmSegmentation;
import org.segmentlab.core.segment.rfm.SegmentMap;
import org.segmentlab.core.segment.rfm.SegmentRule;
import org.segmentlab.core.segment.rfm.SegmentSummary;
import org.segmentlab.report.charts.QuadrantChart;

/** The RFM side of the report: scores the project's transactions and applies its segment map. */
final class RfmFindings {

    static final String QUESTION = "Which customers should we look after, grow or win back, judged by how "
            + "recently, how often and how much they buy?";
    static final List<String> MEASURES = List.of("Days since last purchase", "Purchases", "Spend");

    private RfmFindings() {
    }

    static Findings find(SavedSources sources, Progress progress) throws DataFileException {
        Project project = sources.project();
        SavedRfm.Replay replay;
        try {
            replay = SavedRfm.replay(sources, progress);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(project.name()
                    + ": the project has neither a kept clustering, nor transactions for RFM, nor a campaign readout "
                    + "by segment to report on", e);
        }
        RfmSettings settings = replay.settings();
        DataSourceRef source = replay.source();
        Path dataFile = replay.dataFile();
        ImportedTable table = replay.table();
        TransactionLog log = replay.log();
        RfmResult rfm = replay.rfm();
        SegmentMap map = replay.map();
        RfmSegmentation segmentation = replay.segmentation();

        long transactions = 0;
        for (int i = 0; i < rfm.size(); i++) {
            transactions += rfm.frequency(i);
        }
        List<ReportModel.Fact> facts = List.of(
                new ReportModel.Fact(rfm.firstPurchaseDay() + " to " + rfm.lastPurchaseDay(), "period of purchases"),
                new ReportModel.Fact(ReportText.count(rfm.size()), "customers"),
                new ReportModel.Fact(ReportText.count(transactions), "purchases"),
                new ReportModel.Fact(ReportText.number(rfm.totalMonetary(), 0), "revenue"));
        String dataLine = "From " + dataFile.getFileName() + " (" + ReportText.count(log.linesRead())
                + " lines), scored as of " + rfm.asOf() + ".";

        int n = rfm.size();
        double[][] columns = new double[3][n];
        double[][] values = new double[n][];
        List<String> ids = new ArrayList<>(n);
        int[] segmentOf = new int[n];
        for (int i = 0; i < n; i++) {
            columns[0][i] = rfm.recencyDays(i);
            columns[1][i] = rfm.frequency(i);
            columns[2][i] = rfm.monetary(i);
            values[i] = new double[] {rfm.recencyDays(i), rfm.frequency(i), rfm.monetary(i)};
            ids.add(rfm.customerId(i));
            segmentOf[i] = segmentation.segmentId(i);
        }
        Map<Integer, NamedSegment> named = new HashMap<>();
        for (NamedSegment s : project.settings().segments()) {
            if (s.runId().equals(NamedSegment.RFM_RUN)) {
                named.put(s.segmentId(), s);
            }
        }
        List<ReportModel.SegmentEntry> segments = segments(segmentation, map, columns, named);
        String method = method(rfm, map, settings.segmentMap() != null);
        List<ReportModel.FileHash> files = List.of(new ReportModel.FileHash(dataFile.getFileName().toString(),
                ReportText.sha256(source, dataFile)));
        return new Findings(ReportModel.Kind.RFM, QUESTION, facts, dataLine, method,
                matrix(columns[1], columns[2]), segments, null, qualityNotes(table.report(), rfm, segmentation),
                files, settingsLines(log, rfm, map, settings), ids, segmentOf,
                List.of("recency_days", "frequency", "monetary"), values, "revenue", segmentation, List.of(source));
    }

    /** Spend against purchases, split at the customers' medians. */
    static ReportModel.ValueMatrix matrix(double[] frequency, double[] monetary) {
        double fThreshold = ReportText.median(frequency);
        double mThreshold = ReportText.median(monetary);
        long[] customers = new long[4];
        double[] revenue = new double[4];
        double total = 0;
        for (int i = 0; i < frequency.length; i++) {
            int q = (frequency[i] >= fThreshold ? 1 : 0) + (monetary[i] >= mThreshold ? 2 : 0);
            customers[q]++;
            double amount = Math.max(0, monetary[i]);
            revenue[q] += amount;
            total += amount;
        }
        List<QuadrantChart.Quadrant> quadrants = List.of(
                QuadrantChart.Quadrant.of(QuadrantChart.Corner.BOTTOM_LEFT, customers[0], share(revenue[0], total)),
                QuadrantChart.Quadrant.of(QuadrantChart.Corner.BOTTOM_RIGHT, customers[1], share(revenue[1], total)),
                QuadrantChart.Quadrant.of(QuadrantChart.Corner.TOP_LEFT, customers[2], share(revenue[2], total)),
                QuadrantChart.Quadrant.of(QuadrantChart.Corner.TOP_RIGHT, customers[3], share(revenue[3], total)));
        return new ReportModel.ValueMatrix("Engagement: mean purchases per customer", "Value: mean spend per customer",
                fThreshold, mThreshold, false, quadrants);
    }

    private static double share(double part, double total) {
        return total == 0 ? 0 : part / total;
    }

    private static List<ReportModel.SegmentEntry> segments(RfmSegmentation segmentation, SegmentMap map,
                                                           double[][] columns, Map<Integer, NamedSegment> named) {
        double[] mean = new double[3];
        double[] sd = new double[3];
        for (int m = 0; m < 3; m++) {
            mean[m] = Arrays.stream(columns[m]).average().orElse(0);
            double ss = 0;
            for (double v : columns[m]) {
                ss += (v - mean[m]) * (v - mean[m]);
            }
            sd[m] = Math.sqrt(ss / columns[m].length);
        }
        List<ReportModel.SegmentEntry> entries = new ArrayList<>();
        for (SegmentSummary s : segmentation.summaries()) {
            if (s.id() == SegmentMap.OTHERS_ID && s.customers() == 0) {
                continue;
            }
            NamedSegment own = named.get(s.id());
            String name = own != null && own.name() != null && !own.name().isBlank() ? own.name().strip() : s.name();
            String action = own != null && own.notes() != null && !own.notes().isBlank() ? own.notes()
                    : s.action() == null ? "" : s.action();
            double[] segMeans = {s.meanRecencyDays(), s.meanFrequency(), s.meanMonetary()};
            List<ReportModel.Measure> profile = new ArrayList<>();
            for (int m = 0; m < 3; m++) {
                double z = s.customers() == 0 || sd[m] == 0 ? Double.NaN : (segMeans[m] - mean[m]) / sd[m];
                profile.add(new ReportModel.Measure(MEASURES.get(m), segMeans[m], mean[m], z));
            }
            String apart = s.customers() == 0 ? "No customer falls in this segment."
                    : apart(s, mean[0], mean[1], mean[2]);
            if (action.isBlank()) {
                action = suggestedAction(s, profile);
            }
            entries.add(new ReportModel.SegmentEntry(s.id(), colour(s.id()), name, s.customers(),
                    s.customerPercent() / 100, s.revenue(), s.revenuePercent() / 100, s.meanMonetary(),
                    s.meanFrequency(), traits(map, s.id()), apart, action,
                    own == null ? NamedSegment.DEFAULT_EASE : own.easeOrDefault(), own != null && own.ease() != null,
                    profile, Double.NaN, List.of()));
        }
        return entries;
    }

    /** A suggestion for a segment of the analyst's own map that has no action: from its R, F and M z-scores. */
    static String suggestedAction(SegmentSummary s, List<ReportModel.Measure> profile) {
        List<String> names = List.of("recency_days", "frequency", "monetary");
        List<org.segmentlab.core.segment.cluster.FeatureProfile> features = new ArrayList<>();
        double[] z = new double[3];
        for (int m = 0; m < 3; m++) {
            z[m] = Double.isNaN(profile.get(m).z()) ? 0 : profile.get(m).z();
            features.add(new org.segmentlab.core.segment.cluster.FeatureProfile(names.get(m), profile.get(m).mean(),
                    Double.NaN, z[m]));
        }
        List<String> apart = new ArrayList<>();
        Integer[] order = {0, 1, 2};
        java.util.Arrays.sort(order, (a, b) -> Double.compare(Math.abs(z[b]), Math.abs(z[a])));
        for (int m : order) {
            if (Math.abs(z[m]) >= org.segmentlab.core.segment.cluster.SegmentProfiler.NOTABLE_Z) {
                apart.add(names.get(m));
            }
        }
        return org.segmentlab.core.segment.cluster.ActionSuggester.suggest(
                new org.segmentlab.core.segment.cluster.SegmentProfile(s.id(), s.name(), (int) s.customers(),
                        s.customerPercent() / 100, features, apart));
    }

    /** Colour of a segment in the palette: Others is grey, as noise is elsewhere. */
    static int colour(int segmentId) {
        return segmentId == SegmentMap.OTHERS_ID ? -1 : segmentId;
    }

    static String traits(SegmentMap map, int segmentId) {
        if (segmentId == SegmentMap.OTHERS_ID) {
            return "matched by no rule of the map";
        }
        SegmentRule rule = map.rules().get(segmentId - 1);
        StringBuilder sb = new StringBuilder();
        sb.append("R ").append(range(rule.rMin(), rule.rMax()));
        sb.append(", F ").append(range(rule.fMin(), rule.fMax()));
        if (rule.mMin() != null || rule.mMax() != null) {
            int lo = rule.mMin() == null ? 1 : rule.mMin();
            int hi = rule.mMax() == null ? map.bins() : rule.mMax();
            sb.append(", M ").append(range(lo, hi));
        }
        return sb.toString();
    }

    private static String range(int lo, int hi) {
        return lo == hi ? Integer.toString(lo) : lo + "\u2013" + hi;
    }

    private static String apart(SegmentSummary s, double meanR, double meanF, double meanM) {
        return String.format(Locale.US, "Last purchase %s days ago on average (all customers: %s); %s purchases "
                        + "(all: %s); spend %s per customer (all: %s), %s the average.",
                ReportText.number(s.meanRecencyDays(), 0), ReportText.number(meanR, 0),
                ReportText.number(s.meanFrequency(), 1), ReportText.number(meanF, 1),
                ReportText.number(s.meanMonetary(), 0), ReportText.number(meanM, 0),
                ReportText.ratio(s.meanMonetary() / meanM));
    }

    private static String method(RfmResult rfm, SegmentMap map, boolean ownMap) {
        StringBuilder sb = new StringBuilder();
        sb.append("Each customer gets three scores from 1 to ").append(rfm.bins())
                .append(", ranking them against all other customers: recency (days from the last purchase to ")
                .append(rfm.asOf()).append(", fewer is better), frequency (number of separate purchases) and ")
                .append("monetary value (total spend). ");
        sb.append(ownMap ? "The project's own segment map of " + map.rules().size() + " rules"
                : "The standard 10-segment RFM map");
        sb.append(" then places each customer in a segment by recency and frequency score; the first rule that ")
                .append("matches wins. ");
        sb.append(rfm.cleaning().cancellations() == CancellationHandling.NETTED
                ? "Cancellations and returns are subtracted from spend."
                : "Cancellations and returns are left out.");
        return sb.toString();
    }

    private static List<String> qualityNotes(ImportReport imported, RfmResult rfm, RfmSegmentation segmentation) {
        LinkedHashSet<String> notes = new LinkedHashSet<>(ReportText.importNotes(imported));
        CleaningSummary c = rfm.cleaning();
        if (c.linesWithoutCustomerId() > 0) {
            notes.add(ReportText.count(c.linesWithoutCustomerId()) + " lines without a customer id were left out.");
        }
        if (c.linesWithoutDateOrAmount() > 0) {
            notes.add(ReportText.count(c.linesWithoutDateOrAmount()) + " lines without a date or an amount were left out.");
        }
        if (c.linesAfterAsOf() > 0) {
            notes.add(ReportText.count(c.linesAfterAsOf()) + " lines dated after the as-of day " + rfm.asOf()
                    + " were left out.");
        }
        if (c.cancellationLines() > 0) {
            notes.add(ReportText.count(c.cancellationLines()) + " cancellation or return lines were "
                    + (c.cancellations() == CancellationHandling.NETTED ? "subtracted from spend."
                    : "left out of frequency and spend."));
        }
        if (c.zeroAmountLines() > 0) {
            notes.add(ReportText.count(c.zeroAmountLines()) + " lines with an amount of zero were left out.");
        }
        if (c.customersWithoutPurchases() > 0) {
            notes.add(ReportText.count(c.customersWithoutPurchases())
                    + " customers had no purchase left after cleaning and are in no segment.");
        }
        notes.addAll(rfm.warnings());
        notes.addAll(segmentation.warnings());
        return new ArrayList<>(notes);
    }

    private static List<String> settingsLines(TransactionLog log, RfmResult rfm, SegmentMap map, RfmSettings settings) {
        List<String> lines = new ArrayList<>();
        lines.add("As-of day: " + rfm.asOf() + (settings.asOf() == null ? " (day after the last purchase)" : ""));
        lines.add("Score bins: " + rfm.bins());
        lines.add("Cancellations: " + (rfm.cleaning().cancellations() == CancellationHandling.NETTED
                ? "subtracted from spend" : "left out"));
        TransactionColumns used = log.columns();
        lines.add("Columns: customer " + used.customer() + ", date " + used.timestamp() + ", amount "
                + (used.amount() != null ? used.amount() : used.quantity() + " \u00d7 " + used.price())
                + (used.invoice() != null ? ", invoice " + used.invoice() : ", purchases counted by day"));
        StringBuilder rules = new StringBuilder(settings.segmentMap() == null
                ? "Segment map: standard 10-segment R\u00d7F map" : "Segment map: the project's own");
        rules.append(" (");
        for (int i = 0; i < map.rules().size(); i++) {
            rules.append(i == 0 ? "" : "; ").append(map.rules().get(i).name()).append(' ').append(traits(map, i + 1));
        }
        lines.add(rules.append(')').toString());
        if (settings.actions() != null) {
            lines.add("Actions edited for: " + String.join(", ", settings.actions().keySet()));
        }
        return lines;
    }

    static SegmentMap mapOf(RfmSettings settings, int bins) {
        return SavedRfm.mapOf(settings, bins);
    }

    static TransactionColumns columnsOf(Map<String, String> names) {
        return SavedRfm.columnsOf(names);
    }
}
