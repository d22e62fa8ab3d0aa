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
import org.segmentlab.core.data.ColumnRole;
import org.segmentlab.core.data.DataFileException;
import org.segmentlab.core.data.ImportOptions;
import org.segmentlab.core.data.ImportedTable;
import org.segmentlab.core.data.TableImporter;
import org.segmentlab.core.features.FeatureMatrix;
import org.segmentlab.core.project.CampaignSettings;
import org.segmentlab.core.project.DataSourceRef;
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
     * @throws IllegalArgumentException with a message for the user when the project keeps no such
     *                                  readout, or its file lacks the id or segment column or any other
     *                                  number to describe the segments by
     */
    static Findings find(SavedSources sources, Progress progress) throws DataFileException {
        Project project = sources.project();
        CampaignSettings.ReadoutSettings s = readout(project).orElseThrow(() -> new IllegalArgumentException(
                project.name() + ": the project keeps no campaign readout by a segment column of its results, with "
                        + "customer ids, to report on"));
        Path file = SavedReadout.resultsFile(s, sources.projectFile());
        String fileName = file.getFileName().toString();
        Set<String> campaignColumns = new LinkedHashSet<>();
        Map<String, ColumnRole> roles = new HashMap<>();
        for (String c : new String[] {s.id(), s.by(), s.group(), s.outcome(), s.revenue()}) {
            if (c != null) {
                campaignColumns.add(c);
                // read as the readout reads them: a stray value empties one cell
                roles.put(c, ColumnRole.ATTRIBUTE);
            }
        }
        // The results file is most often one of the project's own sources (the Campaigns step imports it):
        // then it is read as the Data step reads it, and a report built again (the preview) reads it once.
        Optional<DataSourceRef> source = project.sources().stream()
                .filter(src -> !src.fromDatabase() && sources.file(src).equals(file.toAbsolutePath().normalize()))
                .findFirst();
        ImportedTable imported = source.isPresent() ? sources.read(source.get(), progress.slice(0, 0.7))
                : new TableImporter().read(ImportOptions.of(file).withRoles(roles), progress.slice(0, 0.7));
        Table table = imported.table();
        for (String c : new String[] {s.id(), s.by()}) {
            if (!table.columnNames().contains(c)) {
                throw new IllegalArgumentException(fileName + ": no column '" + c + "' (the campaign readout's "
                        + (c.equals(s.id()) ? "customer id" : "segment column") + ")");
            }
        }
        List<String> measures = new ArrayList<>();
        List<String> leftOut = new ArrayList<>();
        for (Column<?> c : table.columns()) {
            if (c instanceof NumberColumn && !campaignColumns.contains(c.name())) {
                measures.add(c.name());
            } else if (!c.name().equals(s.id()) && !c.name().equals(s.by())) {
                leftOut.add(c.name());
            }
        }
        if (measures.isEmpty()) {
            throw new IllegalArgumentException(fileName + ": no numeric column besides the campaign's own to "
                    + "describe the segments of '" + s.by() + "' by");
        }

        Column<?> ids = table.column(s.id());
        Column<?> by = table.column(s.by());
        int rows = table.rowCount();
        TreeSet<String> names = new TreeSet<>();
        for (int r = 0; r < rows; r++) {
            if (!ids.isMissing(r) && !by.isMissing(r)) {
                names.add(by.getString(r).strip());
            }
        }
        List<String> segmentNames = new ArrayList<>(names);
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
            if (ids.isMissing(r)) {
                withoutId++;
                continue;
            }
            if (by.isMissing(r)) {
                withoutSegment++;
                continue;
            }
            String id = ids.getString(r).strip();
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
            segmentOf.add(segmentIds.get(by.getString(r).strip()));
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
        Map<Integer, NamedSegment> named = ClusteringFindings.named(project, NamedSegment.CAMPAIGN_RUN);
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
                + "campaign, each in the segment its column '" + s.by() + "' gives.";
        String method = "The segments are those of the column '" + s.by() + "' of " + fileName + ", as the file "
                + "gives them: nothing was clustered. Each segment is described by the mean of its customers' other "
                + "numeric columns (" + String.join(", ", measures) + ") against all the customers; value is read from '"
                + valueName + "' and engagement from '" + engagementName + "'.";

        List<String> quality = new ArrayList<>();
        List<String> campaignOwn = new ArrayList<>();
        for (String c : campaignColumns) {
            if (!c.equals(s.id()) && !c.equals(s.by()) && table.columnNames().contains(c)) {
                campaignOwn.add("'" + c + "'");
            }
        }
        if (!campaignOwn.isEmpty()) {
            quality.add("The campaign's own columns (" + String.join(", ", campaignOwn) + ") do not describe the "
                    + "segments: they were measured after the send.");
        }
        List<String> otherText = new ArrayList<>(leftOut);
        otherText.removeAll(campaignColumns);
        if (!otherText.isEmpty()) {
            quality.add("Columns that are not numbers do not describe the segments: "
                    + String.join(", ", otherText.stream().map(c -> "'" + c + "'").toList()) + ".");
        }
        if (withoutId > 0) {
            quality.add(ReportText.count(withoutId) + (withoutId == 1 ? " row of " : " rows of ") + fileName
                    + (withoutId == 1 ? " has" : " have") + " no customer id and " + (withoutId == 1 ? "was" : "were")
                    + " left out.");
        }
        if (withoutSegment > 0) {
            quality.add(ReportText.count(withoutSegment) + (withoutSegment == 1 ? " customer of " : " customers of ")
                    + fileName + (withoutSegment == 1 ? " has" : " have") + " no '" + s.by() + "' and "
                    + (withoutSegment == 1 ? "is" : "are") + " in no segment.");
        }
        if (repeated > 0) {
            quality.add(ReportText.count(repeated) + (repeated == 1 ? " row of " : " rows of ") + fileName
                    + (repeated == 1 ? " repeats" : " repeat") + " a customer id; each customer counts once, as first "
                    + "listed.");
        }
        List<String> settings = List.of("Segments: column '" + s.by() + "' of " + fileName,
                "Measures: " + String.join(", ", measures));
        return new Findings(ReportModel.Kind.CAMPAIGN, QUESTION, facts, dataLine, method,
                ClusteringFindings.matrix(engagement, value, engagementName, valueName), segments, null, quality,
                List.of(new ReportModel.FileHash(fileName, ReportText.sha256(file))), settings, customerIds,
                assignments, measures, matrix.rows(), valueName, null, source.map(List::of).orElse(List.of()));
    }
}
