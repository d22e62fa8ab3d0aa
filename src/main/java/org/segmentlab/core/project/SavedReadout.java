package org.segmentlab.core.project;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.segmentlab.core.Progress;
import org.segmentlab.core.campaign.CampaignColumns;
import org.segmentlab.core.campaign.CampaignReadout;
import org.segmentlab.core.campaign.CampaignReadouts;
import org.segmentlab.core.campaign.CampaignTable;
import org.segmentlab.core.campaign.ReadoutParams;
import org.segmentlab.core.data.DataFileException;
import org.segmentlab.core.data.ImportOptions;
import org.segmentlab.core.data.ImportedTable;
import org.segmentlab.core.data.TableImporter;

/**
 * Reads out the campaign a project keeps ({@code settings.campaign.readout}) again, headless: for the
 * report's "Did the campaign work" section and a workbench step.
 */
public final class SavedReadout {

    private SavedReadout() {
    }

    /**
     * The readout and what was said while reading the results file.
     *
     * @param notes rows left out and values read as something else
     */
    public record Result(CampaignReadout readout, List<String> notes) {
        public Result {
            notes = List.copyOf(notes);
        }
    }

    /** Empty when the project keeps no readout. */
    public static Optional<Result> run(Project project, Path projectFile, Progress progress)
            throws DataFileException {
        CampaignSettings campaign = project.settings().campaign();
        if (campaign == null || campaign.readout() == null) {
            return Optional.empty();
        }
        CampaignSettings.ReadoutSettings s = campaign.readout();
        Path results = Path.of(s.results());
        if (!results.isAbsolute()) {
            Path folder = projectFile.toAbsolutePath().getParent();
            results = (folder == null ? results : folder.resolve(results)).normalize();
        }
        ImportedTable table = new TableImporter().read(ImportOptions.of(results), progress.slice(0, 0.8));
        CampaignColumns columns = CampaignColumns.of(s.group(), s.treatment(), s.control(), s.outcome())
                .withRevenue(s.revenue()).withSegment(s.by()).withId(s.id());
        CampaignTable.Read read = CampaignTable.read(table.table(), columns);
        ReadoutParams params = new ReadoutParams(s.confidence(), s.treatedShare());
        CampaignReadout readout = new CampaignReadouts().read(read.outcomes(), params, progress.slice(0.8, 1));
        return Optional.of(new Result(readout, read.notes()));
    }
}
