package org.segmentlab.core.project;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.segmentlab.core.Progress;
import org.segmentlab.core.campaign.CampaignColumns;
import org.segmentlab.core.campaign.CampaignOutcomes;
import org.segmentlab.core.campaign.CampaignReadout;
import org.segmentlab.core.campaign.CampaignReadouts;
import org.segmentlab.core.campaign.CampaignTable;
import org.segmentlab.core.campaign.ColumnJoin;
import org.segmentlab.core.campaign.ReadoutParams;
import org.segmentlab.core.campaign.SegmentAssignments;
import org.segmentlab.core.data.ColumnRole;
import org.segmentlab.core.data.DataFileException;
import org.segmentlab.core.data.ImportOptions;
import org.segmentlab.core.data.ImportedTable;
import org.segmentlab.core.data.TableImporter;
import tech.tablesaw.api.Table;

/**
 * Reads out the campaign a project keeps ({@code settings.campaign.readout}) again, headless: for the
 * report's "Did the campaign work" section and the Campaigns step, which both go through
 * {@link #read}: the segments come from a column of the results, from the project's segments joined by
 * customer id, or from the activation list of a holdout drawn at export (which also gives the arms).
 */
public final class SavedReadout {

    private SavedReadout() {
    }

    /**
     * The readout and what was said while reading the results file.
     *
     * @param notes    rows left out and values read as something else
     * @param outcomes the customers read out, with their segments
     * @param table    the results as read, with the group column of a holdout's activation list joined
     *                 when they lacked it (for an uplift model on the same customers)
     * @param columns  the columns read (without features)
     */
    public record Result(CampaignReadout readout, List<String> notes, CampaignOutcomes outcomes, Table table,
                         CampaignColumns columns) {
        public Result {
            notes = List.copyOf(notes);
        }
    }

    /** Empty when the project keeps no readout; a readout by the project's segments needs {@link #run(Project, Path, Map, Progress)}. */
    public static Optional<Result> run(Project project, Path projectFile, Progress progress)
            throws DataFileException {
        return run(project, projectFile, null, progress);
    }

    /**
     * Empty when the project keeps no readout.
     *
     * @param projectSegments each customer's segment by id, for a readout by the project's segments; may be null
     */
    public static Optional<Result> run(Project project, Path projectFile, Map<String, String> projectSegments,
                                       Progress progress) throws DataFileException {
        CampaignSettings campaign = project.settings().campaign();
        if (campaign == null || campaign.readout() == null) {
            return Optional.empty();
        }
        CampaignSettings.ReadoutSettings s = campaign.readout();
        Map<String, ColumnRole> roles = new HashMap<>();
        // Every column read is an attribute (as segmentlab abtest reads it): a stray value empties one cell.
        for (String c : new String[] {s.group(), s.outcome(), s.revenue(), s.id(), s.by()}) {
            if (c != null) {
                roles.put(c, ColumnRole.ATTRIBUTE);
            }
        }
        ImportedTable table = new TableImporter().read(ImportOptions.of(resultsFile(s, projectFile)).withRoles(roles),
                progress.slice(0, 0.6));
        return Optional.of(read(s, table.table(), campaign, projectFile, projectSegments, progress.slice(0.6, 1)));
    }

    /**
     * The same, reading the results through {@code sources} when they are one of the project's own
     * sources (the Campaigns step reads them so): with its roles, as the step reads them, and kept among
     * the tables {@code sources} has read, so a report built again does not read them again. Results
     * kept as a file of their own are read as {@link #run(Project, Path, Map, Progress)} reads them.
     */
    public static Optional<Result> run(SavedSources sources, Map<String, String> projectSegments, Progress progress)
            throws DataFileException {
        Project project = sources.project();
        CampaignSettings campaign = project.settings().campaign();
        if (campaign == null || campaign.readout() == null) {
            return Optional.empty();
        }
        CampaignSettings.ReadoutSettings s = campaign.readout();
        Path file = resultsFile(s, sources.projectFile()).toAbsolutePath().normalize();
        Optional<DataSourceRef> source = project.sources().stream()
                .filter(src -> !src.fromDatabase() && sources.file(src).equals(file)).findFirst();
        if (source.isEmpty()) {
            return run(project, sources.projectFile(), projectSegments, progress);
        }
        ImportedTable table = sources.read(source.get(), progress.slice(0, 0.6));
        return Optional.of(read(s, table.table(), campaign, sources.projectFile(), projectSegments,
                progress.slice(0.6, 1)));
    }

    /** The results file of the settings: absolute, or resolved against the project's folder. */
    public static Path resultsFile(CampaignSettings.ReadoutSettings s, Path projectFile) {
        return resolve(s.results(), projectFile);
    }

    /**
     * Reads out the results table as the settings say.
     *
     * @param campaign        the project's campaigns (for the holdout named by the settings)
     * @param projectFile     where the project is, for relative paths; may be null
     * @param projectSegments each customer's segment by id when the settings join the project's segments
     * @throws IllegalArgumentException with a message for the user when a column, a value, the holdout's
     *                                  activation list or the project's segments are missing
     */
    public static Result read(CampaignSettings.ReadoutSettings s, Table results, CampaignSettings campaign,
                              Path projectFile, Map<String, String> projectSegments, Progress progress)
            throws DataFileException {
        List<String> notes = new ArrayList<>();
        boolean joined = s.holdout() != null || s.segments() != null;
        if (joined && s.id() == null) {
            throw new IllegalArgumentException("joining segments by customer id needs the column of the results "
                    + "that holds the customer id");
        }
        double treatedShare = s.treatedShare();
        Table activation = null;
        if (s.holdout() != null) {
            HoldoutRecord record = campaign == null ? null : campaign.holdout(s.holdout());
            if (record == null) {
                throw new IllegalArgumentException("the project has no holdout drawn on " + s.holdout());
            }
            Path file = activationList(record, projectFile);
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException("the activation list of the holdout drawn on " + record.date()
                        + " is not at " + file + " any more: its group column says who was held back");
            }
            activation = new TableImporter().read(ImportOptions.of(file), progress.slice(0, 0.5)).table();
            if (!hasColumn(results, s.group())) {
                ColumnJoin join = ColumnJoin.add(results, s.id(), activation, "customer_id", s.group(), s.treatment());
                results = join.table();
                Table joinedTable = results;
                String joinedGroup = joinedTable.columnNames().get(joinedTable.columnCount() - 1);
                results = joinedTable.dropWhere(joinedTable.stringColumn(joinedGroup).isMissing());
                if (join.unmatched() > 0) {
                    notes.add(count(join.unmatched()) + " of the results " + (join.unmatched() == 1 ? "is" : "are")
                            + " not in the activation list of " + record.date() + " and " + (join.unmatched() == 1
                            ? "was" : "were") + " left out");
                }
            }
            treatedShare = 1 - record.share();
        }
        CampaignColumns columns = CampaignColumns.of(s.group(), s.treatment(), s.control(), s.outcome())
                .withRevenue(s.revenue()).withSegment(joined ? null : s.by()).withId(s.id());
        CampaignTable.Read read = CampaignTable.read(results, columns);
        notes.addAll(read.notes());
        CampaignOutcomes outcomes = read.outcomes();
        if (activation != null) {
            outcomes = SegmentAssignments.from(activation, "customer_id").joinTo(outcomes);
        } else if (s.segments() != null) {
            if (projectSegments == null || projectSegments.isEmpty()) {
                throw new IllegalArgumentException("the project has no segments to join the results to ("
                        + s.segments() + "): make them in the Segments step first");
            }
            outcomes = new SegmentAssignments(projectSegments, s.segments()).joinTo(outcomes);
        }
        ReadoutParams params = new ReadoutParams(s.confidence(), treatedShare);
        CampaignReadout readout = new CampaignReadouts().read(outcomes, params, progress.slice(0.5, 1));
        return new Result(readout, notes, outcomes, results, columns);
    }

    /** The activation export's customer list of a holdout: its folder absolute, by the project, or as given. */
    public static Path activationList(HoldoutRecord record, Path projectFile) {
        Path folder = Path.of(record.folder());
        Path byProject = resolve(record.folder(), projectFile);
        if (!folder.isAbsolute() && !Files.isDirectory(byProject) && Files.isDirectory(folder)) {
            return folder.toAbsolutePath().resolve(org.segmentlab.core.campaign.Holdout.CUSTOMERS_FILE);
        }
        return byProject.resolve(org.segmentlab.core.campaign.Holdout.CUSTOMERS_FILE);
    }

    private static Path resolve(String path, Path projectFile) {
        Path p = Path.of(path);
        if (p.isAbsolute() || projectFile == null) {
            return p;
        }
        Path folder = projectFile.toAbsolutePath().getParent();
        return (folder == null ? p : folder.resolve(p)).normalize();
    }

    private static boolean hasColumn(Table table, String name) {
        return table.columnNames().stream().anyMatch(c -> c.equalsIgnoreCase(name.strip()));
    }

    private static String count(int n) {
        return String.format(Locale.US, "%,d customer%s", n, n == 1 ? "" : "s");
    }
}
