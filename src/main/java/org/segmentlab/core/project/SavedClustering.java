package org.segmentlab.core.project;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.segmentlab.core.Progress;
import org.segmentlab.core.data.ColumnInfo;
import org.segmentlab.core.data.ColumnRole;
import org.segmentlab.core.data.DataFileException;
import org.segmentlab.core.data.ImportedTable;
import org.segmentlab.core.features.CustomerTableResult;
import org.segmentlab.core.features.FeatureMatrix;
import org.segmentlab.core.features.TableFeatures;
import org.segmentlab.core.features.WholeHistory;
import org.segmentlab.core.features.scale.FeatureScaling;
import org.segmentlab.core.segment.cluster.ClusteringAlgorithm;
import org.segmentlab.core.segment.cluster.ClusteringParams;
import org.segmentlab.core.segment.cluster.ClusteringResult;
import org.segmentlab.core.segment.cluster.ClusteringService;
import org.segmentlab.core.segment.cluster.DbscanParams;
import org.segmentlab.core.segment.cluster.CovarianceType;
import org.segmentlab.core.segment.cluster.GaussianMixtureParams;
import org.segmentlab.core.segment.cluster.HierarchicalParams;
import org.segmentlab.core.segment.cluster.KMeansParams;
import org.segmentlab.core.segment.cluster.KSweep;
import org.segmentlab.core.segment.cluster.Linkage;
import org.segmentlab.core.segment.cluster.SegmentLabel;
import org.segmentlab.core.segment.cluster.SegmentLabels;
import org.segmentlab.core.segment.cluster.SegmentProfile;
import org.segmentlab.core.segment.cluster.SegmentProfiler;

/**
 * Runs a kept clustering again without the workbench: reads its source, builds the same feature
 * matrix, clusters with the saved algorithm, parameters and seed, and names the segments as the
 * analyst did. The same project gives the same segments the Clusters step showed.
 */
public final class SavedClustering {

    private final ClusteringService service;

    public SavedClustering() {
        this(new ClusteringService());
    }

    public SavedClustering(ClusteringService service) {
        this.service = service;
    }

    /**
     * What the replay found.
     *
     * @param source      the clustered source
     * @param table       that source as read (its import report holds the data-quality notes)
     * @param inputName   "customers.csv", or "Customers of events.csv" for the customers of a log
     * @param customers   the customer table of a log; null for a table input
     * @param rowsWithoutId rows of a table input left out for want of a customer id
     * @param matrix      the features in original units, one row per customer
     * @param sweep       the k sweep when the run kept a k range; null otherwise
     * @param result      the clustering
     * @param profiles    one per segment, largest first, noise last
     * @param labels      the analyst's names and notes where kept, else the suggested ones
     * @param warnings    what the reader should know (names that could not be used)
     */
    public record Replay(ClusteringRun run, DataSourceRef source, ImportedTable table, String inputName,
                         CustomerTableResult customers, int rowsWithoutId, FeatureMatrix matrix, KSweep sweep,
                         ClusteringResult result, List<SegmentProfile> profiles, SegmentLabels labels,
                         List<String> warnings) {
        public Replay {
            profiles = List.copyOf(profiles);
            warnings = List.copyOf(warnings);
        }
    }

    /** What clustering the run's source gives, before the analyst's names are put on the segments. */
    record Fitted(String inputName, CustomerTableResult customers, int rowsWithoutId, FeatureMatrix matrix,
                  KSweep sweep, ClusteringResult result, List<SegmentProfile> profiles, List<String> warnings) {
        Fitted {
            profiles = List.copyOf(profiles);
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * Replays {@code run} of the project.
     *
     * @throws IllegalArgumentException with a message for the user: no such source, an unknown feature,
     *                                  too few customers, parameters that do not fit the algorithm
     */
    public Replay replay(SavedSources sources, ClusteringRun run, Progress reported) throws DataFileException {
        // The sweep and the restarts run on several threads at once.
        Progress progress = reported.forwardOnly();
        Project project = sources.project();
        DataSourceRef source = sourceOf(project, run);
        ImportedTable table = sources.read(source, progress.slice(0, 0.3));
        long seed = run.seed() != null ? run.seed() : project.seed();
        Fitted fitted = sources.clusteringFits().find(run, source, table, seed);
        if (fitted == null) {
            fitted = fit(sources, run, source, table, seed, progress);
            sources.clusteringFits().keep(run, source, table, seed, fitted);
        }
        List<String> warnings = new ArrayList<>(fitted.warnings());
        SegmentLabels labels = labels(project, run, fitted.profiles(), warnings);
        progress.update(1, "Clustered " + fitted.matrix().customerCount() + " customers");
        return new Replay(run, source, table, fitted.inputName(), fitted.customers(), fitted.rowsWithoutId(),
                fitted.matrix(), fitted.sweep(), fitted.result(), fitted.profiles(), labels, warnings);
    }

    private Fitted fit(SavedSources sources, ClusteringRun run, DataSourceRef source, ImportedTable table, long seed,
                       Progress progress) {
        String fileName = sources.file(source).getFileName().toString();
        if (run.features().isEmpty()) {
            throw new IllegalArgumentException("clustering run '" + run.id() + "' names no features");
        }
        FeatureMatrix matrix;
        CustomerTableResult customers = null;
        int withoutId = 0;
        String inputName;
        if (run.clustersCustomers()) {
            inputName = "Customers of " + fileName;
            customers = WholeHistory.build(inputName, table, source.kind() == SourceKind.EVENTS,
                    progress.slice(0.3, 0.5));
            for (String feature : run.features()) {
                if (!customers.table().numericFeatureNames().contains(feature)) {
                    throw new IllegalArgumentException(inputName + ": no numeric customer feature '" + feature + "'");
                }
            }
            matrix = customers.table().toFeatureMatrix(run.features());
        } else {
            inputName = fileName;
            String id = run.idColumn() != null ? run.idColumn() : guessIdColumn(table);
            TableFeatures.Read read = TableFeatures.read(inputName, table, id, run.features());
            matrix = read.matrix();
            withoutId = read.rowsWithoutId();
        }
        if (matrix.customerCount() < 3) {
            throw new IllegalArgumentException(inputName + ": too few customers to cluster ("
                    + matrix.customerCount() + ")");
        }
        progress.checkCancelled();

        ClusteringAlgorithm algorithm = ClusteringAlgorithm.fromCliName(
                run.algorithm() == null ? ClusteringAlgorithm.KMEANS.cliName() : run.algorithm());
        int[] range = parseRange(run.kRange());
        KSweep sweep = null;
        ClusteringParams params;
        if (algorithm.takesK()) {
            if (run.k() == null && range == null) {
                throw new IllegalArgumentException("clustering run '" + run.id() + "' keeps neither k nor a k range");
            }
            int firstK = run.k() != null ? run.k() : range[0];
            params = params(run, algorithm, range != null ? range[0] : firstK, seed);
            if (range != null) {
                sweep = service.sweep(matrix, params, range[0], range[1], progress.slice(0.5, 0.85));
            }
            params = params.withK(run.k() != null ? run.k() : sweep.suggestedK());
        } else {
            params = params(run, algorithm, 0, seed);
        }
        ClusteringResult result = service.run(matrix, params, progress.slice(0.85, 0.98));
        List<SegmentProfile> profiles = SegmentProfiler.profile(matrix, result);
        return new Fitted(inputName, customers, withoutId, matrix, sweep, result, profiles, result.warnings());
    }

    /** The run the report is about: the one with that id, else the last kept run. */
    public static Optional<ClusteringRun> chosenRun(Project project, String runId) {
        List<ClusteringRun> runs = project.settings().clustering();
        if (runId != null) {
            return project.settings().clusteringRun(runId);
        }
        return runs.isEmpty() ? Optional.empty() : Optional.of(runs.get(runs.size() - 1));
    }

    /** The algorithm's parameters as the Clusters step builds them from the same choices. */
    static ClusteringParams params(ClusteringRun run, ClusteringAlgorithm algorithm, int k, long seed) {
        FeatureScaling scaling = run.scaling() == null ? FeatureScaling.ZSCORE : FeatureScaling.fromCliName(run.scaling());
        switch (algorithm) {
            case DBSCAN:
                if (run.eps() == null) {
                    throw new IllegalArgumentException("DBSCAN run '" + run.id() + "' keeps no eps");
                }
                return new DbscanParams(run.eps(), run.minPoints() == null ? DbscanParams.DEFAULT_MIN_POINTS
                        : run.minPoints(), scaling, seed);
            case HIERARCHICAL:
                Linkage linkage = run.linkage() == null ? Linkage.WARD : Linkage.fromCliName(run.linkage());
                return new HierarchicalParams(linkage, k, null, scaling, seed);
            case GMM:
                return GaussianMixtureParams.of(k).withCovariance(CovarianceType.fromCliName(run.covariance()))
                        .withScaling(scaling).withSeed(seed);
            case KMEANS:
            default:
                return KMeansParams.of(k).withScaling(scaling).withSeed(seed);
        }
    }

    /** "2..8" as {2, 8}; null for none. */
    static int[] parseRange(String kRange) {
        if (kRange == null || kRange.isBlank()) {
            return null;
        }
        String[] parts = kRange.strip().split("\\.\\.");
        try {
            if (parts.length == 2) {
                int lo = Integer.parseInt(parts[0].strip());
                int hi = Integer.parseInt(parts[1].strip());
                if (lo >= 2 && hi >= lo) {
                    return new int[] {lo, hi};
                }
            }
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        throw new IllegalArgumentException("k range '" + kRange + "' is not of the form 2..8");
    }

    private static DataSourceRef sourceOf(Project project, ClusteringRun run) {
        if (run.sourceId() != null) {
            return project.source(run.sourceId()).orElseThrow(() -> new IllegalArgumentException(
                    "clustering run '" + run.id() + "' names source '" + run.sourceId() + "', which the project lacks"));
        }
        // files from before runs kept their source: the kind of table a run of that input would use
        List<SourceKind> order = run.clustersCustomers()
                ? List.of(SourceKind.TRANSACTIONS, SourceKind.EVENTS)
                : List.of(SourceKind.CUSTOMERS, SourceKind.ATTRIBUTES);
        for (SourceKind kind : order) {
            Optional<DataSourceRef> found = project.firstSource(kind);
            if (found.isPresent()) {
                return found.get();
            }
        }
        if (project.sources().isEmpty()) {
            throw new IllegalArgumentException("the project has no data source to cluster");
        }
        return project.sources().get(0);
    }

    private static String guessIdColumn(ImportedTable table) {
        return table.report().columns().stream()
                .filter(c -> c.role() == ColumnRole.CUSTOMER_ID)
                .map(ColumnInfo::name)
                .findFirst()
                .orElse(table.table().columnCount() == 0 ? null : table.table().column(0).name());
    }

    /** The suggested names with the analyst's names and notes of this run laid over them. */
    static SegmentLabels labels(Project project, ClusteringRun run, List<SegmentProfile> profiles,
                                List<String> warnings) {
        SegmentLabels suggested = SegmentLabels.from(profiles);
        Map<Integer, NamedSegment> named = new HashMap<>();
        for (NamedSegment s : project.settings().segments()) {
            if (s.runId().equals(run.id())) {
                named.put(s.segmentId(), s);
            }
        }
        if (named.isEmpty()) {
            return suggested;
        }
        List<SegmentLabel> labels = new ArrayList<>();
        for (SegmentLabel l : suggested.segments()) {
            NamedSegment n = named.get(l.segmentId());
            String name = n != null && n.name() != null && !n.name().isBlank() ? n.name().strip() : l.name();
            String note = n != null && n.notes() != null ? n.notes() : l.note();
            labels.add(new SegmentLabel(l.segmentId(), name, l.colourIndex(), note));
        }
        try {
            return new SegmentLabels(labels);
        } catch (IllegalArgumentException e) {
            warnings.add("The saved segment names could not be used (" + e.getMessage().toLowerCase(Locale.ROOT)
                    + "); the suggested names are shown.");
            return suggested;
        }
    }
}
