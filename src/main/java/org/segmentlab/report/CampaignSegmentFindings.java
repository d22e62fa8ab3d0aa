package org.segmentlab.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.segmentlab.core.Progress;
import org.segmentlab.core.campaign.CampaignColumns;
import org.segmentlab.core.campaign.CampaignTable;
import org.segmentlab.core.data.DataFileException;
import org.segmentlab.core.features.FeatureMatrix;
import org.segmentlab.core.project.CampaignSettings;
import org.segmentlab.core.project.NamedSegment;
import org.segmentlab.core.project.Project;
import org.segmentlab.core.project.SavedReadout;
import org.segmentlab.core.project.SavedSources;
import org.segmentlab.core.segment.cluster.SegmentProfile;
import org.segmentlab.core.segment.cluster.SegmentProfiler;
import tech.tablesaw.api.NumberColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The segments a campaign's results file gives in its segment column (the readout's "by"), for the
 * report of a project that has neither transactions for RFM nor a kept clustering: a campaign test
 * whose customers come with the segment they were in. Each segment is described by the file's other
 * numeric columns (what was known before the send); the campaign's own columns (group, outcome,
 * revenue) are left out, being measured after it. Nothing is clustered: the segments are the file's.
 */
final class CampaignSegmentFindings {

    static final String QUESTION = "What sets each segment apart, did the campaign work in each, and where "
            + "should we act first?";

    private CampaignSegmentFindings() {
    }

    /** The readout whose segment column the report can take its segments from, if the project keeps one. */
    static Optional<CampaignSettings.ReadoutSettings> readout(Project project) {
        CampaignSettings campaign = project.settings().campaign();
        if (campaign == null || campaign.readout() == null) {
            return Optional.empty();
        }
        CampaignSettings.ReadoutSettings s = campaign.readout();
        boolean byColumn = s.by() != null && !s.by().isBlank() && s.holdout() == null && s.segments() == null;
        return byColumn && s.id() != null && !s.id().isBlank() ? Optional.of(s) : Optional.empty();
    }

    /**
     * The project's campaign read out by its segment column: the segments' table and the readout the
     * report's "Did the campaign work" shows, read once for both.
     *
     * @throws IllegalArgumentException with a message for the user when the project keeps no such readout
     *                                  or its results lack a column the readout names
     */
    static SavedReadout.Result readOut(SavedSources sources, Progress progress) throws DataFileException {
        Project project = sources.project();
        if (readout(project).isEmpty()) {
            throw new IllegalArgumentException(project.name() + ": the project keeps no campaign readout by a "
                    + "segment column of its results, with customer ids, to report on");
        }
        try {
            return SavedReadout.run(sources, null, progress).orElseThrow();
        } catch (IllegalArgumentException e) {
            Path file = SavedReadout.resultsFile(readout(project).orElseThrow(), sources.projectFile());
            throw new IllegalArgumentException(file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    /**
     * @param readOut the project's campaign read out by its segment column ({@link #readOut})
     * @throws IllegalArgumentException when the results have no number besides the campaign's own
     *                                  columns to describe the segments by
     */
    static Findings find(SavedSources sources, SavedReadout.Result readOut) throws DataFileException {
        Project project = sources.project();
        CampaignSettings.ReadoutSettings s = readout(project).orElseThrow();
        Path file = SavedReadout.resultsFile(s, sources.projectFile());
        String fileName = file.getFileName().toString();
        Table table = readOut.table();
        // the columns as the readout found them (a name in another case is the same column)
        CampaignColumns columns = readOut.columns();
        Column<?> ids = CampaignTable.column(table, columns.id());
        Column<?> by = CampaignTable.column(table, columns.segment());
        Set<String> campaignColumns = new LinkedHashSet<>();
        for (String c : new String[] {columns.id(), columns.segment(), columns.group(), columns.outcome(),
            columns.revenue()}) {
            if (c != null) {
                campaignColumns.add(CampaignTable.column(table, c).name());
            }
        }
        List<String> measures = new ArrayList<>();
        List<String> notNumbers = new ArrayList<>();
        for (Column<?> c : table.columns()) {
            if (campaignColumns.contains(c.name())) {
                continue;
            }
            (c instanceof NumberColumn ? measures : notNumbers).add(c.name());
        }
        if (measures.isEmpty()) {
            throw new IllegalArgumentException(fileName + ": no numeric column besides the campaign's own to "
                    + "describe the segments of '" + by.name() + "' by");
        }

        int rows = table.rowCount();
        TreeSet<String> names = new TreeSet<>();
        for (int r = 0; r < rows; r++) {
            String segment = CampaignTable.text(by, r);
            if (CampaignTable.text(ids, r) != null && segment != null) {
                names.add(segment);
            }
        }
        List<NamedSegment> saved = project.settings().segments().stream()
                .filter(seg -> seg.runId().equals(NamedSegment.CAMPAIGN_RUN)).toList();
        List<String> segmentNames = numbered(names, saved);
        Map<String, Integer> segmentIds = new HashMap<>();
        for (String name : segmentNames) {
            segmentIds.put(name, segmentIds.size());
        }
        List<String> customerIds = new ArrayList<>();
        List<double[]> values = new ArrayList<>();
        List<Integer> segmentOf = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int withoutId = 0;
        int withoutSegment = 0;
        int repeated = 0;
        for (int r = 0; r < rows; r++) {
            String id = CampaignTable.text(ids, r);
            String segment = CampaignTable.text(by, r);
            if (id == null) {
                withoutId++;
                continue;
            }
            if (segment == null) {
                withoutSegment++;
                continue;
            }
            if (!seen.add(id)) {
                repeated++;
                continue;
            }
            double[] row = new double[measures.size()];
            for (int f = 0; f < row.length; f++) {
                NumberColumn<?, ?> column = (NumberColumn<?, ?>) table.column(measures.get(f));
                row[f] = column.getDouble(r);
            }
            customerIds.add(id);
            values.add(row);
            segmentOf.add(segmentIds.get(segment));
        }
        int n = customerIds.size();
        FeatureMatrix matrix = new FeatureMatrix(customerIds, measures, values.toArray(new double[0][]));
        int[] assignments = segmentOf.stream().mapToInt(Integer::intValue).toArray();
        List<SegmentProfile> profiles = SegmentProfiler.profile(matrix, assignments);

        String valueName = ClusteringFindings.pick(matrix, null, "monetary", ClusteringFindings.VALUE, null);
        String engagementName = ClusteringFindings.pick(matrix, null, "frequency", ClusteringFindings.ENGAGEMENT,
                valueName);
        double[] value = matrix.column(matrix.featureIndex(valueName));
        double[] engagement = matrix.column(matrix.featureIndex(engagementName));
        Map<Integer, NamedSegment> named = named(saved, segmentNames);
        List<ReportModel.SegmentEntry> segments = ClusteringFindings.entries(matrix, assignments, profiles,
                segmentNames::get, id -> named.containsKey(id) && named.get(id).notes() != null
                        ? named.get(id).notes() : "", named, value, engagement, valueName);

        List<ReportModel.Fact> facts = new ArrayList<>();
        facts.add(new ReportModel.Fact(ReportText.count(n), "customers"));
        facts.add(new ReportModel.Fact(ReportText.count(segmentNames.size()),
                segmentNames.size() == 1 ? "segment" : "segments"));
        facts.add(new ReportModel.Fact(ReportText.count(measures.size()), measures.size() == 1 ? "measure" : "measures"));
        double valueTotal = ClusteringFindings.total(value);
        if (ClusteringFindings.MONEY.matcher(valueName).matches() && valueTotal > 0) {
            facts.add(new ReportModel.Fact(ReportText.number(valueTotal, 0), "total " + valueName));
        }
        String dataLine = "From " + fileName + " (" + ReportText.count(rows) + " rows), one row per customer of the "
                + "campaign, each in the segment its column '" + by.name() + "' gives.";
        String method = "The segments are those of the column '" + by.name() + "' of " + fileName + ", as the file "
                + "gives them: nothing was clustered. Each segment is described by the mean of its customers' other "
                + "numeric columns (" + String.join(", ", measures) + ") against all the customers; value is read from '"
                + valueName + "' and engagement from '" + engagementName + "'.";

        List<String> quality = new ArrayList<>();
        List<String> campaignOwn = new ArrayList<>();
        for (String c : campaignColumns) {
            if (!c.equals(ids.name()) && !c.equals(by.name())) {
                campaignOwn.add("'" + c + "'");
            }
        }
        if (!campaignOwn.isEmpty()) {
            quality.add("The campaign's own columns (" + String.join(", ", campaignOwn) + ") do not describe the "
                    + "segments: they were measured after the send.");
        }
        if (!notNumbers.isEmpty()) {
            quality.add("Columns that are not numbers do not describe the segments: "
                    + String.join(", ", notNumbers.stream().map(c -> "'" + c + "'").toList()) + ".");
        }
        if (withoutId > 0) {
            quality.add(ReportText.count(withoutId) + (withoutId == 1 ? " row of " : " rows of ") + fileName
                    + (withoutId == 1 ? " has" : " have") + " no customer id and " + (withoutId == 1 ? "was" : "were")
                    + " left out.");
        }
        if (withoutSegment > 0) {
            quality.add(ReportText.count(withoutSegment) + (withoutSegment == 1 ? " customer of " : " customers of ")
                    + fileName + (withoutSegment == 1 ? " has" : " have") + " no '" + by.name() + "' and "
                    + (withoutSegment == 1 ? "is" : "are") + " in no segment.");
        }
        if (repeated > 0) {
            quality.add(ReportText.count(repeated) + (repeated == 1 ? " row of " : " rows of ") + fileName
                    + (repeated == 1 ? " repeats" : " repeat") + " a customer id; each customer counts once, as first "
                    + "listed.");
        }
        List<String> settings = List.of("Segments: column '" + by.name() + "' of " + fileName,
                "Measures: " + String.join(", ", measures));
        return new Findings(ReportModel.Kind.CAMPAIGN, QUESTION, facts, dataLine, method,
                ClusteringFindings.matrix(engagement, value, engagementName, valueName), segments, null, quality,
                List.of(new ReportModel.FileHash(fileName, ReportText.sha256(file))), settings, customerIds,
                assignments, measures, matrix.rows(), valueName, null, List.of());
    }

    /**
     * The segments' names in the order of their numbers. A segment whose settings (ease, notes) the
     * analyst saved keeps the number it was saved with, so a later results file with one more segment
     * that sorts before it does not move its settings, colour or place; the others take the free
     * numbers in the order of their names. Numbers stay 0 to the count − 1.
     */
    static List<String> numbered(TreeSet<String> names, List<NamedSegment> saved) {
        String[] byNumber = new String[names.size()];
        Set<String> placed = new HashSet<>();
        for (NamedSegment s : saved) {
            int id = s.segmentId();
            if (s.name() != null && names.contains(s.name()) && !placed.contains(s.name())
                    && id >= 0 && id < byNumber.length && byNumber[id] == null) {
                byNumber[id] = s.name();
                placed.add(s.name());
            }
        }
        int next = 0;
        for (String name : names) {
            if (placed.contains(name)) {
                continue;
            }
            while (byNumber[next] != null) {
                next++;
            }
            byNumber[next] = name;
        }
        return List.of(byNumber);
    }

    /** The analyst's settings of each segment by its number ({@link NamedSegment#isSegment}). */
    static Map<Integer, NamedSegment> named(List<NamedSegment> saved, List<String> segmentNames) {
        Map<Integer, NamedSegment> named = new HashMap<>();
        for (int id = 0; id < segmentNames.size(); id++) {
            int segmentId = id;
            NamedSegment.find(saved, NamedSegment.CAMPAIGN_RUN, id, segmentNames.get(id))
                    .ifPresent(s -> named.put(segmentId, s));
        }
        return named;
    }
}
