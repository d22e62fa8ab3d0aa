package org.segmentlab.ui.segment.cluster;

import java.util.Objects;
import org.segmentlab.core.project.SourceKind;
import org.segmentlab.ui.data.DataSource;

/**
 * What the Clusters tab clusters: the rows of a source table as they are, or the customers of a
 * transactions or events log, one row each with the features computed from their records.
 *
 * @param source    the project source
 * @param customers true for the customers of the log rather than its lines
 */
public record ClusterChoice(DataSource source, boolean customers) {

    public ClusterChoice {
        Objects.requireNonNull(source, "source");
    }

    /** The rows of the table as they are. */
    public static ClusterChoice table(DataSource source) {
        return new ClusterChoice(source, false);
    }

    /** One row per customer of a transactions or events log. */
    public static ClusterChoice customersOf(DataSource source) {
        return new ClusterChoice(source, true);
    }

    /**
     * What to cluster when a source is picked: the customers of a log (its lines are purchases or
     * events, not customers), else the table's rows.
     */
    public static ClusterChoice preferredFor(DataSource source) {
        return hasCustomers(source.kind()) ? customersOf(source) : table(source);
    }

    /** Whether a source's records can be turned into one row per customer. */
    public static boolean hasCustomers(SourceKind kind) {
        return kind == SourceKind.TRANSACTIONS || kind == SourceKind.EVENTS;
    }

    /** The name runs and messages use. */
    public String name() {
        return customers ? "Customers of " + source.name() : source.name();
    }

    /** The entry of the input list. */
    public String label() {
        if (!customers) {
            return source.name();
        }
        return name() + (source.kind() == SourceKind.EVENTS ? " (behaviour features)"
                : " (RFM and purchase features)");
    }

    @Override
    public String toString() {
        return label();
    }
}
