package org.segmentlab.report;

import org.segmentlab.core.Progress;
import org.segmentlab.core.data.DataFileException;
import org.segmentlab.core.data.ImportedTable;
import org.segmentlab.core.project.ClvSettings;
import org.segmentlab.core.project.DataSourceRef;
import org.segmentlab.core.project.SavedClv;
import org.segmentlab.core.project.SavedSources;

/**
 * The last fit of a project's value model, kept while its inputs stay the same: the CLV settings, the
 * transactions source and the very table read from it. A report built again and again (the Report
 * step's preview, on every change of title, ease or section) then fits the value model once, not on
 * every build; a changed setting or a table read again (its file changed) fits it again.
 *
 * <p>One instance per place that builds reports repeatedly; a {@link ReportBuilder} without one fits
 * every time.
 */
public final class ValueFits {

    private ClvSettings settings;
    private DataSourceRef source;
    private ImportedTable table;
    private SavedClv.Replay kept;
    private int fits;

    /**
     * The project's value model fitted on its transactions, or the kept fit when the settings, the
     * source and the table read are those it was made from.
     *
     * @throws IllegalArgumentException when the project has no value model or its source is missing
     */
    public synchronized SavedClv.Replay replay(SavedSources sources, Progress progress) throws DataFileException {
        SavedClv saved = new SavedClv();
        DataSourceRef wanted = saved.source(sources);
        ClvSettings wantedSettings = sources.project().settings().clv();
        ImportedTable read = sources.read(wanted, progress.slice(0, 0.4));
        if (kept != null && wantedSettings.equals(settings) && wanted.equals(source) && read == table) {
            progress.update(1, "Value model as fitted before");
            return kept;
        }
        // the table is now in sources: the replay reads it from there
        SavedClv.Replay replay = saved.replay(sources, progress);
        settings = wantedSettings;
        source = wanted;
        table = read;
        kept = replay;
        fits++;
        return replay;
    }

    /** How many times this has fitted a model (not counting the fits it handed out again). */
    public synchronized int fits() {
        return fits;
    }
}
