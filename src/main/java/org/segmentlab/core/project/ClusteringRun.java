package org.segmentlab.core.project;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.util.List;

/**
 * One clustering the user ran and kept, with everything needed to run it again and get the same
 * segments. Parameters that do not apply to the algorithm stay null.
 *
 * @param scaling   {@code zscore}, {@code minmax}, {@code robust} or {@code log-zscore}
 * @param algorithm {@code kmeans}, {@code dbscan}, {@code hierarchical} or {@code gmm}
 * @param kRange    the swept range, e.g. {@code 2..12}
 * @param sourceId  the project source that was clustered; null in files from before it was kept
 * @param input     {@code table} (the source's rows as they are) or {@code customers} (one row per customer
 *                  of a transactions or events log, see {@code WholeHistory}); null = {@code table}
 * @param idColumn  the customer id column of a {@code table} input
 * @param covariance a Gaussian mixture's covariance, {@code full} or {@code diagonal}; null = {@code full}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"id", "name", "features", "scaling", "algorithm", "k", "kRange", "eps", "minPoints",
        "linkage", "seed", "ranAt", "sourceId", "input", "idColumn", "covariance"})
public record ClusteringRun(String id, String name, List<String> features, String scaling, String algorithm,
                            Integer k, String kRange, Double eps, Integer minPoints, String linkage, Long seed,
                            Instant ranAt, String sourceId, String input, String idColumn,
                            String covariance) {

    /** The {@code input} of a run over a source's rows. */
    public static final String TABLE_INPUT = "table";
    /** The {@code input} of a run over the customers of a log. */
    public static final String CUSTOMERS_INPUT = "customers";

    public ClusteringRun {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a clustering run needs an id");
        }
        features = features == null ? List.of() : List.copyOf(features);
    }

    /** A run of any algorithm but a Gaussian mixture with another covariance than full. */
    public ClusteringRun(String id, String name, List<String> features, String scaling, String algorithm,
                         Integer k, String kRange, Double eps, Integer minPoints, String linkage, Long seed,
                         Instant ranAt, String sourceId, String input, String idColumn) {
        this(id, name, features, scaling, algorithm, k, kRange, eps, minPoints, linkage, seed, ranAt, sourceId,
                input, idColumn, null);
    }

    public ClusteringRun withName(String newName) {
        return new ClusteringRun(id, newName, features, scaling, algorithm, k, kRange, eps, minPoints, linkage,
                seed, ranAt, sourceId, input, idColumn, covariance);
    }

    public ClusteringRun withK(Integer newK) {
        return new ClusteringRun(id, name, features, scaling, algorithm, newK, kRange, eps, minPoints, linkage,
                seed, ranAt, sourceId, input, idColumn, covariance);
    }

    public ClusteringRun withSeed(Long newSeed) {
        return new ClusteringRun(id, name, features, scaling, algorithm, k, kRange, eps, minPoints, linkage,
                newSeed, ranAt, sourceId, input, idColumn, covariance);
    }

    public ClusteringRun withRanAt(Instant newRanAt) {
        return new ClusteringRun(id, name, features, scaling, algorithm, k, kRange, eps, minPoints, linkage,
                seed, newRanAt, sourceId, input, idColumn, covariance);
    }

    /** Whether the run clustered the customers of a log rather than a table's rows. */
    public boolean clustersCustomers() {
        return CUSTOMERS_INPUT.equals(input);
    }

    public ClusteringRun withInput(String newSourceId, String newInput, String newIdColumn) {
        return new ClusteringRun(id, name, features, scaling, algorithm, k, kRange, eps, minPoints, linkage,
                seed, ranAt, newSourceId, newInput, newIdColumn, covariance);
    }

    public ClusteringRun withCovariance(String newCovariance) {
        return new ClusteringRun(id, name, features, scaling, algorithm, k, kRange, eps, minPoints, linkage,
                seed, ranAt, sourceId, input, idColumn, newCovariance);
    }
}
