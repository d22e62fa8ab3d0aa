package org.segmentlab.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.segmentlab.core.AtomicWrite;
import org.segmentlab.core.CsvCell;
import org.segmentlab.core.Progress;
import org.segmentlab.core.data.ColumnInfo;
import org.segmentlab.core.data.ColumnNames;
import org.segmentlab.core.data.ColumnRole;
import org.segmentlab.core.data.DataFileException;
import org.segmentlab.core.data.ImportOptions;
import org.segmentlab.core.data.ImportedTable;
import org.segmentlab.core.data.TableImporter;
import org.segmentlab.core.features.FeatureMatrix;
import org.segmentlab.core.features.TableFeatures;
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
import org.segmentlab.core.segment.cluster.KSweepRow;
import org.segmentlab.core.segment.cluster.Linkage;
import org.segmentlab.core.segment.cluster.SegmentLabels;
import org.segmentlab.core.segment.cluster.SegmentProfile;
import org.segmentlab.core.segment.cluster.SegmentProfiler;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "cluster", mixinStandardHelpOptions = true,
        description = "Clusters customers on chosen features; writes assignments and sweep metrics.")
final class ClusterCommand implements Callable<Integer> {

    private static final Pattern K_RANGE = Pattern.compile("\\s*(\\d+)\\s*\\.\\.\\s*(\\d+)\\s*");

    @Spec
    CommandSpec spec;

    @Option(names = "--input", required = true, paramLabel = "FILE",
            description = "One row per customer: an id column and numeric feature columns.")
    Path input;

    @Option(names = "--id", required = true, paramLabel = "COLUMN", description = "The customer id column.")
    String idColumn;

    @Option(names = "--features", required = true, split = ",", paramLabel = "COLUMN",
            description = "Comma-separated feature columns, e.g. \"Annual Income (k$),Spending Score (1-100)\".")
    List<String> features;

    @Option(names = "--scale", defaultValue = "zscore", paramLabel = "zscore|minmax|robust|log-zscore|none",
            description = "Feature scaling before distances are measured (default: ${DEFAULT-VALUE}).")
    String scale;

    @Option(names = "--algorithm", required = true, paramLabel = "kmeans|dbscan|hierarchical|gmm",
            description = "The clustering method.")
    String algorithm;

    @Option(names = "--k", paramLabel = "N", description = "Number of segments (kmeans, hierarchical, gmm).")
    Integer k;

    @Option(names = "--k-range", paramLabel = "A..B",
            description = "Try every k from A to B and write the measures to --metrics; without --k the "
                    + "assignments use the suggested k.")
    String kRange;

    @Option(names = "--eps", paramLabel = "X", description = "DBSCAN neighbourhood radius, in scaled units.")
    Double eps;

    @Option(names = "--min-points", paramLabel = "N",
            description = "DBSCAN: customers (itself included) within eps that make a core customer (default 5).")
    Integer minPoints;

    @Option(names = "--linkage", defaultValue = "ward", paramLabel = "ward|complete|average",
            description = "Hierarchical linkage (default: ${DEFAULT-VALUE}).")
    String linkage;

    @Option(names = "--restarts", paramLabel = "N",
            description = "kmeans and gmm: runs from different starts per k, the best kept; the sweep uses the same, "
                    + "so its row for k is the run --k returns (default 10).")
    Integer restarts;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "N",
            description = "Seed of every random choice (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "FILE",
            description = "Assignments CSV: customer_id,segment_id,segment_name (DBSCAN noise is -1).")
    Path out;

    @Option(names = "--metrics", paramLabel = "FILE", description = "Metrics JSON, with the k sweep when --k-range is given.")
    Path metrics;

    @Override
    public Integer call() throws DataFileException, IOException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        ClusteringAlgorithm method;
        FeatureScaling scaling;
        Linkage link;
        try {
            method = ClusteringAlgorithm.fromCliName(algorithm);
            scaling = FeatureScaling.fromCliName(scale);
            link = Linkage.fromCliName(linkage);
        } catch (IllegalArgumentException e) {
            return usage(err, e.getMessage());
        }
        int[] range = null;
        if (kRange != null) {
            Matcher m = K_RANGE.matcher(kRange);
            if (!m.matches()) {
                return usage(err, "--k-range must look like 2..12, was '" + kRange + "'");
            }
            range = new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
            if (range[0] < 2 || range[1] < range[0]) {
                return usage(err, "--k-range must run from 2 or more upwards, was '" + kRange + "'");
            }
        }
        String problem = checkCombination(method, range);
        if (problem != null) {
            return usage(err, problem);
        }

        Progress progress = ConsoleProgress.forTerminal(err);
        FeatureMatrix matrix = readFeatures(err, progress.slice(0, 0.15));
        ClusteringService service = new ClusteringService();
        ClusteringParams params = params(method, scaling, link, k != null ? k : range != null ? range[0] : 0);
        KSweep sweep = null;
        if (range != null) {
            sweep = service.sweep(matrix, params, range[0], range[1], progress.slice(0.15, 0.7));
        }
        if (method.takesK()) {
            params = params.withK(k != null ? k : sweep.suggestedK());
        }
        ClusteringResult result = service.run(matrix, params, progress.slice(0.7, 1));
        result.warnings().forEach(w -> err.println("segmentlab: warning: " + w));
        List<SegmentProfile> profiles = SegmentProfiler.profile(matrix, result);
        SegmentLabels labels = SegmentLabels.from(profiles);

        writeAtomically(out, w -> writeAssignments(w, result, labels));
        if (metrics != null) {
            String json = metricsJson(result, sweep);
            writeAtomically(metrics, w -> w.write(json));
        }
        report(stdout, result, profiles, sweep);
        return SegmentLabCli.OK;
    }

    private String checkCombination(ClusteringAlgorithm method, int[] range) {
        if (method == ClusteringAlgorithm.DBSCAN) {
            if (eps == null) {
                return "dbscan needs --eps (see the k-distance curve in the workbench for a value)";
            }
            if (k != null || range != null) {
                return "dbscan finds the number of segments itself; leave out --k and --k-range";
            }
        } else {
            if (k == null && range == null) {
                return method.cliName() + " needs --k N or --k-range A..B";
            }
            if (eps != null || minPoints != null) {
                return "--eps and --min-points apply to dbscan only";
            }
        }
        if (k != null && k < 1) {
            return "--k must be at least 1, was " + k;
        }
        if (restarts != null && (restarts < 1 || method == ClusteringAlgorithm.DBSCAN
                || method == ClusteringAlgorithm.HIERARCHICAL)) {
            return restarts < 1 ? "--restarts must be at least 1" : "--restarts applies to kmeans and gmm only";
        }
        return null;
    }

    private ClusteringParams params(ClusteringAlgorithm method, FeatureScaling scaling, Linkage link, int firstK) {
        switch (method) {
            case KMEANS:
                return new KMeansParams(firstK, restarts != null ? restarts : KMeansParams.DEFAULT_RESTARTS,
                        KMeansParams.DEFAULT_MAX_ITERATIONS, scaling, seed);
            case DBSCAN:
                return new DbscanParams(eps, minPoints == null ? DbscanParams.DEFAULT_MIN_POINTS : minPoints,
                        scaling, seed);
            case HIERARCHICAL:
                return new HierarchicalParams(link, firstK, null, scaling, seed);
            case GMM:
                return GaussianMixtureParams.of(firstK).withScaling(scaling).withSeed(seed)
                        .withRestarts(restarts != null ? restarts : GaussianMixtureParams.DEFAULT_RESTARTS);
            default:
                throw new IllegalStateException("unhandled algorithm " + method);
        }
    }

    /** The id column and the feature columns of the input as a feature matrix (missing values NaN). */
    private FeatureMatrix readFeatures(PrintWriter err, Progress progress) throws DataFileException {
        Map<String, ColumnRole> roles = new HashMap<>();
        roles.put(idColumn, ColumnRole.CUSTOMER_ID);
        // Features are plain attributes: a stray value makes one cell missing, not the whole row rejected.
        features.forEach(f -> roles.put(f.strip(), ColumnRole.ATTRIBUTE));
        ImportedTable imported = new TableImporter().read(ImportOptions.of(input).withRoles(roles), progress);
        List<String> columns = imported.report().columns().stream().map(ColumnInfo::name).collect(Collectors.toList());
        String file = input.getFileName().toString();
        String id = findColumn(columns, idColumn);
        if (id == null) {
            throw new BadInputException(file + ": no id column '" + idColumn + "'; " + ColumnNames.forMessage(columns));
        }
        List<String> featureColumns = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String f : features) {
            String c = findColumn(columns, f.strip());
            if (c == null) {
                missing.add(f.strip());
            } else {
                featureColumns.add(c);
            }
        }
        if (!missing.isEmpty()) {
            throw new BadInputException(file + ": no feature column" + (missing.size() > 1 ? "s " : " ")
                    + missing.stream().map(m -> "'" + m + "'").collect(Collectors.joining(", "))
                    + "; " + ColumnNames.forMessage(columns));
        }
        TableFeatures.Read read;
        try {
            read = TableFeatures.read(file, imported, id, featureColumns);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        long rejected = imported.report().rowsRejected();
        int withoutId = read.rowsWithoutId();
        if (rejected > 0 || withoutId > 0) {
            err.println("segmentlab: note: " + file + ": " + (rejected > 0 ? rejected + " unreadable rows" : "")
                    + (rejected > 0 && withoutId > 0 ? " and " : "")
                    + (withoutId > 0 ? withoutId + " rows without a customer id" : "")
                    + " were left out ('segmentlab inspect --input " + input + "' lists them)");
        }
        return read.matrix();
    }


    /** The column named exactly so, else the one that matches ignoring case; null when none does. */
    private static String findColumn(List<String> columns, String wanted) {
        if (columns.contains(wanted)) {
            return wanted;
        }
        return columns.stream().filter(c -> c.equalsIgnoreCase(wanted)).findFirst().orElse(null);
    }

    private static void writeAssignments(BufferedWriter w, ClusteringResult result, SegmentLabels labels)
            throws IOException {
        w.write("customer_id,segment_id,segment_name");
        w.newLine();
        int[] a = result.assignments();
        List<String> ids = result.customerIds();
        for (int i = 0; i < a.length; i++) {
            w.write(csv(ids.get(i)) + "," + a[i] + "," + csv(labels.nameOf(a[i])));
            w.newLine();
        }
    }

    private static String metricsJson(ClusteringResult result, KSweep sweep) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("algorithm", result.params().algorithm().cliName());
        root.put("k", result.k());
        number(root, "silhouette", result.metrics().silhouette());
        ArrayNode rows = root.putArray("sweep");
        ArrayNode warnings = root.putArray("warnings");
        result.warnings().forEach(warnings::add);
        if (sweep != null) {
            for (KSweepRow r : sweep.rows()) {
                ObjectNode row = rows.addObject();
                row.put("k", r.k());
                number(row, "wcss", r.wcss());
                number(row, "silhouette", r.silhouette());
                number(row, "calinski_harabasz", r.calinskiHarabasz());
                number(row, "davies_bouldin", r.daviesBouldin());
                if (!Double.isNaN(r.bic())) {
                    number(row, "bic", r.bic());
                    number(row, "log_likelihood", meanLogLikelihood(result, r.k(), r.bic()));
                }
            }
            root.put("suggested_k", sweep.suggestedK());
            root.put("suggested_reason", sweep.reason());
        }
        number(root, "wcss", result.metrics().wcss());
        number(root, "calinski_harabasz", result.metrics().calinskiHarabasz());
        number(root, "davies_bouldin", result.metrics().daviesBouldin());
        if (!Double.isNaN(result.metrics().bic())) {
            number(root, "bic", result.metrics().bic());
        }
        root.put("silhouette_sampled", result.metrics().silhouetteSampled());
        root.put("silhouette_sample_size", result.metrics().silhouetteSampleSize());
        root.put("noise", result.noiseCount());
        if (result.kDistance() != null) {
            number(root, "suggested_eps", result.kDistance().suggestedEps());
        }
        root.put("seed", result.params().seed());
        return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root) + System.lineSeparator();
    }

    /** The mean log-likelihood per customer of a Gaussian mixture, from its BIC (−2 log L + p ln n). */
    private static double meanLogLikelihood(ClusteringResult result, int k, double bic) {
        int n = result.customerIds().size();
        int d = result.featureNames().size();
        boolean full = ((GaussianMixtureParams) result.params()).covariance() == CovarianceType.FULL;
        double parameters = (k - 1) + k * d + k * (full ? d * (d + 1) / 2.0 : d);
        return (parameters * Math.log(n) - bic) / 2 / n;
    }

    /** JSON has no NaN: a measure that does not apply is null. */
    private static void number(ObjectNode node, String key, double value) {
        if (Double.isFinite(value)) {
            node.put(key, value);
        } else {
            node.putNull(key);
        }
    }

    private static void report(PrintWriter stdout, ClusteringResult result, List<SegmentProfile> profiles,
                               KSweep sweep) {
        if (sweep != null) {
            stdout.println("Suggested " + sweep.reason());
        }
        stdout.println(String.format(Locale.ROOT, "%s: %d segments, silhouette %s%s", result.params().algorithm()
                .label(), result.k(), Double.isNaN(result.metrics().silhouette()) ? "n/a"
                : String.format(Locale.ROOT, "%.3f", result.metrics().silhouette()),
                result.metrics().silhouetteSampled() ? " (on a sample of "
                        + result.metrics().silhouetteSampleSize() + ")" : ""));
        if (result.kDistance() != null && !Double.isNaN(result.kDistance().suggestedEps())) {
            stdout.println(String.format(Locale.ROOT, "The k-distance curve (k = %d) bends at eps = %.3g",
                    result.kDistance().k(), result.kDistance().suggestedEps()));
        }
        for (SegmentProfile p : profiles) {
            stdout.println(String.format(Locale.ROOT, "  %3d  %,8d  %5.1f%%  %s", p.segmentId(), p.size(),
                    100 * p.share(), p.suggestedName()));
        }
        stdout.flush();
    }

    private static String csv(String value) {
        return CsvCell.text(value);
    }

    private interface Content {
        void write(BufferedWriter w) throws IOException;
    }

    /** Writes atomically, so a failed run never leaves half a file. */
    private static void writeAtomically(Path target, Content content) {
        try {
            AtomicWrite.write(target, raw -> {
                BufferedWriter w = new BufferedWriter(new OutputStreamWriter(raw, StandardCharsets.UTF_8), 1 << 16);
                content.write(w);
                w.flush();
            });
        } catch (IOException e) {
            throw new UncheckedIOException(target + ": cannot be written (" + e.getMessage() + ")", e);
        }
    }

    private static int usage(PrintWriter err, String message) {
        err.println("segmentlab: " + message);
        err.println("Try 'segmentlab cluster --help'.");
        return SegmentLabCli.USAGE;
    }
}
