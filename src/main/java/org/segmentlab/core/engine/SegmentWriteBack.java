package org.segmentlab.core.engine;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.segmentlab.core.Progress;

/**
 * Writes segments and scores back to the database, as the activation step: a table
 * {@code (customer_id, segment_id, segment_name, score, as_of)}, created when absent. One as-of day
 * is one snapshot: its earlier rows are replaced and other days' rows stay, all in one transaction,
 * so readers see the old snapshot or the new one, never half of it.
 */
public final class SegmentWriteBack {

    private static final int BATCH = 5_000;

    /** One customer's segment (and score, or null). */
    public record Row(String customerId, int segmentId, String segmentName, Double score) {
        public Row {
            Objects.requireNonNull(customerId, "customerId");
        }
    }

    /** What was written. */
    public record Written(String table, LocalDate asOf, int rows, int replaced) {
    }

    /** The CREATE TABLE statement in the engine's dialect. */
    static String createTable(SqlDialect d, String table) {
        return "CREATE TABLE IF NOT EXISTS " + table + " (customer_id " + d.textType() + " NOT NULL, segment_id "
                + (d == SqlDialect.BIGQUERY ? "INT64" : "INTEGER") + ", segment_name " + d.textType() + ", score "
                + d.doubleType() + ", as_of DATE NOT NULL)";
    }

    public Written write(Engine engine, String table, List<Row> rows, LocalDate asOf, Progress progress) {
        Objects.requireNonNull(asOf, "asOf");
        String name = JdbcSource.qualifiedName(table, engine.dialect());
        int[] replaced = {0};
        engine.inTransaction(connection -> {
            try (Statement s = connection.createStatement()) {
                s.execute(createTable(engine.dialect(), name));
            }
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + name + " WHERE as_of = ?")) {
                delete.setDate(1, Date.valueOf(asOf));
                replaced[0] = delete.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + name
                    + " (customer_id, segment_id, segment_name, score, as_of) VALUES (?, ?, ?, ?, ?)")) {
                int pending = 0;
                for (int i = 0; i < rows.size(); i++) {
                    Row row = rows.get(i);
                    insert.setString(1, row.customerId());
                    insert.setInt(2, row.segmentId());
                    insert.setString(3, row.segmentName());
                    if (row.score() == null || row.score().isNaN()) {
                        insert.setNull(4, Types.DOUBLE);
                    } else {
                        insert.setDouble(4, row.score());
                    }
                    insert.setDate(5, Date.valueOf(asOf));
                    insert.addBatch();
                    if (++pending == BATCH) {
                        insert.executeBatch();
                        pending = 0;
                        progress.checkCancelled();
                        progress.update((double) i / rows.size(), "Writing segments to " + table);
                    }
                }
                if (pending > 0) {
                    insert.executeBatch();
                }
            }
        }, progress);
        progress.update(1, "Segments written");
        return new Written(table, asOf, rows.size(), replaced[0]);
    }
}
