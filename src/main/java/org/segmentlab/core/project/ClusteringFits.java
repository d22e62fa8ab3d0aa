package org.segmentlab.core.project;

import java.util.ArrayList;
import java.util.List;

/**
 * The clusterings of kept runs made last, kept while their inputs stay the same: the run's saved
 * settings, its source, the very table read from it and the project's seed. A report built again and
 * again (the Report step's preview, on every change of title, ease or section) and the several parts of
 * one build that need the same segments (the findings, the customer table, the tracking's base) then
 * cluster once, not each time; a changed setting or a table read again (its file changed) clusters
 * again. The analyst's names are applied on every replay, so a renamed segment shows at once.
 *
 * <p>One instance per place that builds reports repeatedly, handed to the {@link SavedSources} of each
 * build; sources without one cluster every time.
 */
public final class ClusteringFits {

    /** As many runs as a project usually keeps side by side. */
    private static final int KEPT = 4;

    private final List<Kept> kept = new ArrayList<>();
    private int fits;

    /** The table is compared by identity: a table read again is new data, whatever it holds. */
    private record Kept(ClusteringRun run, DataSourceRef source, Object table, long seed,
                        SavedClustering.Fitted fitted) {
    }

    synchronized SavedClustering.Fitted find(ClusteringRun run, DataSourceRef source, Object table, long seed) {
        for (Kept k : kept) {
            if (k.table() == table && k.seed() == seed && k.run().equals(run) && k.source().equals(source)) {
                return k.fitted();
            }
        }
        return null;
    }

    synchronized void keep(ClusteringRun run, DataSourceRef source, Object table, long seed,
                           SavedClustering.Fitted fitted) {
        kept.removeIf(k -> k.run().id().equals(run.id()));
        kept.add(new Kept(run, source, table, seed, fitted));
        while (kept.size() > KEPT) {
            kept.remove(0);
        }
        fits++;
    }

    /** How many times a run was clustered through this (not counting the clusterings handed out again). */
    public synchronized int fits() {
        return fits;
    }
}
