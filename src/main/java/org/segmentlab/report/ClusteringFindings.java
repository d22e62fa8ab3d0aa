package org.segmentlab.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.regex.Pattern;
import org.segmentlab.core.Progress;
import org.segmentlab.core.data.DataFileException;
import org.segmentlab.core.features.CustomerTable;
import org.segmentlab.core.features.CustomerTableWarning;
import org.segmentlab.core.features.FeatureMatrix;
import org.segmentlab.core.features.scale.FeatureScaling;
import org.segmentlab.core.project.ClusteringRun;
import org.segmentlab.core.project.NamedSegment;
import org.segmentlab.core.project.Project;
import org.segmentlab.core.project.SavedClustering;
import org.segmentlab.core.project.SavedSources;
import org.segmentlab.core.project.SourceKind;
import org.segmentlab.core.segment.cluster.ClusteringAlgorithm;
import org.segmentlab.core.segment.cluster.ClusteringResult;
import org.segmentlab.core.segment.cluster.FeatureProfile;
import org.segmentlab.core.segment.cluster.KSweep;
import org.segmentlab.core.segment.cluster.KSweepRow;
import org.segmentlab.core.segment.cluster.SegmentLabels;
import org.segmentlab.core.segment.cluster.SegmentProfile;
import org.segmentlab.report.charts.QuadrantChart;
import org.segmentlab.report.charts.SweepChart;

/** The clustering side of the report: replays the kept run and describes its segments. */
final class ClusteringFindings {

    static final String QUESTION = "Which groups of customers are alike, what sets each group apart, and where "
            + "should we act first?";

    /** Names that say a measure is what a customer is worth. */
    static final Pattern VALUE = Pattern.compile(
            "(?i).*(monetary|spend|revenue|amount|sales|value|basket|order_total|purchased|conversion|uses).*");
    /** Names of a value that adds up to money, worth a total in the headline figures. */
    static final Pattern MONEY = Pattern.compile("(?i).*(monetary|spend|revenue|amount|sales).*");
    /** Names that say a measure counts what a customer does. */
    static final Pattern ENGAGEMENT = Pattern.compile(
            "(?i).*(frequency|purchases|orders|visits|sessions|logins|events|active|uses|views|count).*");

    private ClusteringFindings() {
    }

    static Findings find(SavedSources sources, ClusteringRun run, Progress progress) throws DataFileException {
        Project project = sources.project();
        SavedClustering.Replay replay = new SavedClustering().replay(sources, run, progress);
        FeatureMatrix matrix = replay.matrix();
        ClusteringResult result = replay.result();
        CustomerTable customers = replay.customers() == null ? null : replay.customers().table();
        int n = matrix.customerCount();

        String valueName = pick(matrix, customers, "monetary", VALUE, null);
        String engagementName = pick(matrix, customers, "frequency", ENGAGEMENT, valueName);
        double[] value = column(matrix, customers, valueName);
        double[] engagement = column(matrix, customers, engagementName);
        double valueTotal = total(value);
        SegmentLabels labels = replay.labels();
        int[] assignments = result.assignments();
        List<ReportModel.SegmentEntry> segments = entries(matrix, assignments, replay.profiles(), labels::nameOf,
                id -> labels.find(id).map(l -> l.note()).orElse(""), named(project, run.id()), value, engagement,
                valueName);

        Path file = sources.file(replay.source());
        String fileName = file.getFileName().toString();
        List<ReportModel.Fact> facts = new ArrayList<>();
        String dataLine;
        if (replay.customers() != null) {
            var window = replay.customers().window();
            boolean events = replay.source().kind() == SourceKind.EVENTS;
            facts.add(new ReportModel.Fact(window.firstDay() + " to " + window.asOf().minusDays(1),
                    events ? "period of events" : "period of purchases"));
            facts.add(new ReportModel.Fact(ReportText.count(n), "customers"));
            facts.add(new ReportModel.Fact(ReportText.count(replay.table().rowCount()),
                    events ? "events" : "purchase lines"));
            dataLine = "The customers of " + fileName + " (" + ReportText.count(replay.table().rowCount()) + " "
                    + (events ? "events" : "lines") + "), each described by features of their whole history as of "
                    + window.asOf() + ".";
        } else {
            facts.add(new ReportModel.Fact(ReportText.count(n), "customers"));
            facts.add(new ReportModel.Fact(ReportText.count(matrix.featureCount()),
                    matrix.featureCount() == 1 ? "feature" : "features"));
            dataLine = "From " + fileName + " (" + ReportText.count(replay.table().rowCount())
                    + " rows), one row per customer, read as it is.";
        }
        facts.add(new ReportModel.Fact(ReportText.count(result.k()), result.k() == 1 ? "segment" : "segments"));
        if (MONEY.matcher(valueName).matches() && valueTotal > 0) {
            facts.add(new ReportModel.Fact(ReportText.number(valueTotal, 0), "total " + valueName));
        }

        ReportModel.Sweep sweep = sweep(replay.sweep(), result.k());
        String method = method(replay, sweep, valueName, engagementName);
        List<String> ids = new ArrayList<>(matrix.customerIds());
        double[][] rows = new double[n][];
        for (int i = 0; i < n; i++) {
            rows[i] = matrix.rows()[i].clone();
        }
        return new Findings(ReportModel.Kind.CLUSTERING, QUESTION, facts, dataLine, method,
                matrix(engagement, value, engagementName, valueName), segments, sweep, qualityNotes(replay),
                List.of(new ReportModel.FileHash(fileName, ReportText.sha256(replay.source(), file))), settingsLines(replay, fileName),
                ids, assignments.clone(), matrix.featureNames(), rows, valueName, null, List.of(replay.source()));
    }

    /** The user's settings of the segments of one segmentation ({@code runId}), by segment id. */
    static Map<Integer, NamedSegment> named(Project project, String runId) {
        Map<Integer, NamedSegment> named = new HashMap<>();
        for (NamedSegment s : project.settings().segments()) {
            if (s.runId().equals(runId)) {
                named.put(s.segmentId(), s);
            }
        }
        return named;
    }

    /** The positive part of the values, added up (NaN left out): the value a segment's share is of. */
    static double total(double[] value) {
        double total = 0;
        for (double v : value) {
            total += Double.isNaN(v) ? 0 : Math.max(0, v);
        }
        return total;
    }

    /**
     * The report's entry of each profiled segment: its size and value, its profile against all the
     * customers, what sets it apart, and the action written for it (or one suggested from its profile).
     *
     * @param nameOf  the segment's name by id
     * @param written the action written for the segment by id ("" for none)
     * @param named   the user's settings of the segments by id (ease)
     */
    static List<ReportModel.SegmentEntry> entries(FeatureMatrix matrix, int[] assignments, List<SegmentProfile> profiles,
                                                  IntFunction<String> nameOf, IntFunction<String> written,
                                                  Map<Integer, NamedSegment> named, double[] value, double[] engagement,
                                                  String valueName) {
        int n = matrix.customerCount();
        double valueTotal = total(value);
        double[] populationMean = new double[matrix.featureCount()];
        for (int f = 0; f < populationMean.length; f++) {
            populationMean[f] = mean(matrix.column(f), null, 0);
        }
        List<ReportModel.SegmentEntry> segments = new ArrayList<>();
        for (SegmentProfile p : profiles) {
            int id = p.segmentId();
            double segmentValue = 0;
            for (int i = 0; i < n; i++) {
                if (assignments[i] == id && !Double.isNaN(value[i])) {
                    segmentValue += Math.max(0, value[i]);
                }
            }
            List<ReportModel.Measure> profile = new ArrayList<>();
            for (int f = 0; f < matrix.featureCount(); f++) {
                FeatureProfile fp = p.features().get(f);
                profile.add(new ReportModel.Measure(fp.feature(), fp.mean(), populationMean[f], fp.zScore()));
            }
            NamedSegment own = named.get(id);
            String note = org.segmentlab.core.segment.cluster.ActionSuggester.actionOrSuggestion(written.apply(id), p);
            double meanValue = mean(value, assignments, id);
            double share = valueTotal > 0 ? segmentValue / valueTotal : 0;
            segments.add(new ReportModel.SegmentEntry(id, id < 0 ? -1 : id + 1, nameOf.apply(id), p.size(),
                    p.share(), segmentValue, share, meanValue, mean(engagement, assignments, id), traits(p),
                    apart(p, profile, valueName, p.share(), share), note,
                    own == null ? NamedSegment.DEFAULT_EASE : own.easeOrDefault(), own != null && own.ease() != null,
                    profile, Double.NaN, List.of()));
        }
        return segments;
    }

    /** A measure among the clustered features first, then among the other customer features. */
    static String pick(FeatureMatrix matrix, CustomerTable customers, String exact, Pattern pattern, String not) {
        List<String> candidates = new ArrayList<>(matrix.featureNames());
        if (customers != null) {
            for (String f : customers.numericFeatureNames()) {
                if (!candidates.contains(f)) {
                    candidates.add(f);
                }
            }
        }
        if (candidates.contains(exact) && !exact.equals(not)) {
            return exact;
        }
        for (String f : candidates) {
            if (!f.equals(not) && pattern.matcher(f).matches()) {
                return f;
            }
        }
        // no name says it: the last clustered feature for value, the first other one for engagement
        List<String> clustered = matrix.featureNames();
        if (not == null) {
            return clustered.get(clustered.size() - 1);
        }
        for (String f : clustered) {
            if (!f.equals(not)) {
                return f;
            }
        }
        return not;
    }

    private static double[] column(FeatureMatrix matrix, CustomerTable customers, String name) {
        int index = matrix.featureNames().indexOf(name);
        if (index >= 0) {
            return matrix.column(index);
        }
        return customers.numeric(name);
    }

    /** Mean over the customers of segment {@code id} (all when {@code assignments} is null), NaN left out. */
    private static double mean(double[] values, int[] assignments, int id) {
        double sum = 0;
        int count = 0;
        for (int i = 0; i < values.length; i++) {
            if ((assignments == null || assignments[i] == id) && !Double.isNaN(values[i])) {
                sum += values[i];
                count++;
            }
        }
        return count == 0 ? Double.NaN : sum / count;
    }

    static ReportModel.ValueMatrix matrix(double[] engagement, double[] value, String engagementName,
                                          String valueName) {
        double eThreshold = ReportText.median(engagement);
        double vThreshold = ReportText.median(value);
        long[] customers = new long[4];
        double[] sums = new double[4];
        double[] raw = new double[4];
        double total = 0;
        for (int i = 0; i < value.length; i++) {
            if (Double.isNaN(engagement[i]) || Double.isNaN(value[i])) {
                continue;
            }
            int q = (engagement[i] >= eThreshold ? 1 : 0) + (value[i] >= vThreshold ? 2 : 0);
            customers[q]++;
            double amount = Math.max(0, value[i]);
            sums[q] += amount;
            raw[q] += value[i];
            total += amount;
        }
        List<QuadrantChart.Quadrant> quadrants = new ArrayList<>();
        QuadrantChart.Corner[] corners = {QuadrantChart.Corner.BOTTOM_LEFT, QuadrantChart.Corner.BOTTOM_RIGHT,
            QuadrantChart.Corner.TOP_LEFT, QuadrantChart.Corner.TOP_RIGHT};
        for (int q = 0; q < 4; q++) {
            QuadrantChart.Quadrant quadrant = QuadrantChart.Quadrant.of(corners[q], customers[q],
                    total > 0 ? sums[q] / total : 0).withShareOf(QuadrantChart.shareOf(valueName))
                    .withMean(customers[q] == 0 ? Double.NaN : raw[q] / customers[q]);
            quadrants.add(QuadrantChart.addsUp(valueName) ? quadrant : quadrant.saidAsMeanOf(valueName));
        }
        boolean log = QuadrantChart.suggestLogScale(value) && QuadrantChart.suggestLogScale(engagement)
                && eThreshold > 0 && vThreshold > 0;
        return new ReportModel.ValueMatrix("Mean " + engagementName + " per customer",
                "Mean " + valueName + " per customer", eThreshold, vThreshold, log, quadrants);
    }

    /** "high Annual Income (k$) (+1.2 sd), low Spending Score (1-100) (−1.3 sd)" */
    static String traits(SegmentProfile profile) {
        if (profile.distinguishing().isEmpty()) {
            return "close to the average customer";
        }
        List<String> parts = new ArrayList<>();
        for (String feature : profile.distinguishing()) {
            double z = profile.feature(feature).zScore();
            parts.add((z >= 0 ? "high " : "low ") + feature + " (" + ReportText.signed(z, 1) + " sd)");
        }
        return String.join(", ", parts);
    }

    private static String apart(SegmentProfile p, List<ReportModel.Measure> profile, String valueName,
                                double customerShare, double valueShare) {
        List<String> shown = new ArrayList<>(p.distinguishing());
        if (shown.isEmpty()) {
            profile.stream().limit(3).forEach(m -> shown.add(m.name()));
        }
        List<String> parts = new ArrayList<>();
        for (String feature : shown) {
            for (ReportModel.Measure m : profile) {
                if (m.name().equals(feature)) {
                    parts.add(feature + " " + ReportText.amount(m.mean()) + " on average (all customers: "
                            + ReportText.amount(m.populationMean()) + ")");
                }
            }
        }
        String text = parts.isEmpty() ? "Close to the average customer on every feature" : String.join("; ", parts);
        return text + ". " + ReportText.percent(customerShare) + " of customers hold "
                + ReportText.percent(valueShare) + " of the total " + valueName + ".";
    }

    static ReportModel.Sweep sweep(KSweep sweep, int chosenK) {
        if (sweep == null) {
            return null;
        }
        List<SweepChart.Point> points = new ArrayList<>();
        for (KSweepRow r : sweep.rows()) {
            points.add(new SweepChart.Point(r.k(), r.wcss(), r.silhouette(), r.calinskiHarabasz(), r.daviesBouldin()));
        }
        return new ReportModel.Sweep(points, chosenK, sweep.suggestedK(), sweep.reason());
    }

    private static String method(SavedClustering.Replay replay, ReportModel.Sweep sweep, String valueName,
                                 String engagementName) {
        ClusteringResult result = replay.result();
        ClusteringAlgorithm algorithm = result.params().algorithm();
        FeatureScaling scaling = result.params().scaling();
        StringBuilder sb = new StringBuilder();
        sb.append(algorithmWords(algorithm)).append(" grouped the ").append(ReportText.count(result.customerIds().size()))
                .append(" customers into ").append(result.k()).append(" segments by ")
                .append(ReportText.list(replay.matrix().featureNames())).append(". ");
        sb.append(scalingWords(scaling)).append(' ');
        if (sweep != null) {
            int lo = sweep.points().get(0).k();
            int hi = sweep.points().get(sweep.points().size() - 1).k();
            sb.append("The number of segments was chosen by trying every k from ").append(lo).append(" to ").append(hi)
                    .append(" and comparing four measures of fit (elbow, silhouette, Calinski\u2013Harabasz, "
                            + "Davies\u2013Bouldin): ").append(sweep.reason());
            sb.append(sweep.chosenK() == sweep.suggestedK() ? ". " : "; the analyst kept k = " + sweep.chosenK() + ". ");
        } else if (algorithm.takesK()) {
            sb.append("The analyst chose k = ").append(result.k()).append(". ");
        } else {
            sb.append("DBSCAN finds the number of segments itself; customers in no dense group are set apart as outliers. ");
        }
        sb.append("Segments are placed by ").append(valueName).append(" (value) against ").append(engagementName)
                .append(" (engagement); the segments are named after what sets them apart.");
        return sb.toString();
    }

    private static String algorithmWords(ClusteringAlgorithm algorithm) {
        switch (algorithm) {
            case DBSCAN:
                return "DBSCAN (density-based clustering)";
            case HIERARCHICAL:
                return "Hierarchical clustering";
            case GMM:
                return "A Gaussian mixture model";
            case KMEANS:
            default:
                return "k-means clustering";
        }
    }

    private static String scalingWords(FeatureScaling scaling) {
        switch (scaling) {
            case ZSCORE:
                return "Each feature was first put on the same footing (z-scores: mean 0, standard deviation 1), "
                        + "so that no feature weighs more because of its units.";
            case MINMAX:
                return "Each feature was first rescaled to run from 0 to 1, so that no feature weighs more because "
                        + "of its units.";
            case ROBUST:
                return "Each feature was first centred on its median and divided by its interquartile range, so "
                        + "that neither units nor a few extreme customers dominate.";
            case LOG_ZSCORE:
                return "Each feature was first log-transformed (spend and counts are skewed: a few big customers "
                        + "would otherwise dominate) and then put on the same footing (z-scores).";
            case NONE:
            default:
                return "The features were used in their own units, without scaling.";
        }
    }

    private static List<String> qualityNotes(SavedClustering.Replay replay) {
        LinkedHashSet<String> notes = new LinkedHashSet<>(ReportText.importNotes(replay.table().report()));
        if (replay.rowsWithoutId() > 0) {
            notes.add(ReportText.count(replay.rowsWithoutId()) + " rows without a customer id were left out.");
        }
        if (replay.customers() != null) {
            for (CustomerTableWarning w : replay.customers().warnings()) {
                if (w.features().isEmpty() || replay.matrix().featureNames().containsAll(w.features())) {
                    notes.add(w.message());
                }
            }
        }
        FeatureMatrix m = replay.matrix();
        for (int f = 0; f < m.featureCount(); f++) {
            long missing = 0;
            for (double v : m.column(f)) {
                missing += Double.isNaN(v) ? 1 : 0;
            }
            if (missing > 0) {
                notes.add(ReportText.count(missing) + " customers have no value of " + m.featureNames().get(f) + ".");
            }
        }
        if (replay.result().noiseCount() > 0) {
            notes.add(ReportText.count(replay.result().noiseCount())
                    + " customers fit no dense group and are shown as outliers.");
        }
        if (!replay.result().converged()) {
            notes.add("The clustering stopped at its iteration limit before it settled; the segments may shift "
                    + "slightly with another seed.");
        }
        notes.addAll(replay.warnings());
        return new ArrayList<>(notes);
    }

    private static List<String> settingsLines(SavedClustering.Replay replay, String fileName) {
        ClusteringRun run = replay.run();
        ClusteringResult result = replay.result();
        List<String> lines = new ArrayList<>();
        lines.add("Clustering run: " + run.id() + (run.ranAt() == null ? "" : " (kept " + run.ranAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS) + ")"));
        lines.add("Input: " + (replay.customers() != null
                ? "customers of " + fileName + ", whole history as of " + replay.customers().window().asOf()
                : fileName + ", id column " + (run.idColumn() == null ? "(guessed)" : run.idColumn())));
        lines.add("Features: " + String.join(", ", replay.matrix().featureNames()));
        lines.add("Scaling: " + result.params().scaling().cliName());
        StringBuilder algorithm = new StringBuilder(result.params().algorithm().cliName());
        if (result.params().algorithm().takesK()) {
            algorithm.append(", k = ").append(result.k());
        }
        if (run.kRange() != null) {
            algorithm.append(", k swept over ").append(run.kRange());
        }
        if (run.eps() != null) {
            algorithm.append(", eps = ").append(run.eps());
        }
        if (run.minPoints() != null) {
            algorithm.append(", min points = ").append(run.minPoints());
        }
        if (run.linkage() != null) {
            algorithm.append(", linkage ").append(run.linkage());
        }
        lines.add("Algorithm: " + algorithm);
        lines.add("Clustering seed: " + result.params().seed());
        return lines;
    }
}
