package org.segmentlab.core.engine;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.segmentlab.core.Progress;

/**
 * What an import dialog needs from a database: a connection test, the tables with their row
 * counts, and the first rows of a table or query.
 */
public final class DatabaseBrowser {

    /** A table or view, with its exact row count (null when counting failed, e.g. no permission). */
    public record Table(String schema, String name, String kind, Long rows) {
        /** schema.name, as typed for {@code --table}. */
        public String qualifiedName() {
            return schema == null || schema.isEmpty() ? name : schema + "." + name;
        }
    }

    /** The first rows of a relation as text (null for SQL NULL). */
    public record Preview(List<String> columns, List<String> types, List<List<String>> rows) {
        public Preview {
            columns = List.copyOf(columns);
            types = List.copyOf(types);
            rows = List.copyOf(rows);
        }
    }

    /** Connects, asks the database for its name and version, and disconnects: the dialog's Test button. */
    public String test(JdbcSource source, java.util.function.Function<String, String> environment) {
        try (SqlEngine engine = SqlEngine.connect(source, environment)) {
            return engine.query("SELECT 1", rs -> {
                rs.next();
                return engine.description() + ": connected";
            }, Progress.none());
        }
    }

    /** The user tables and views (system schemas left out), each with its row count. */
    public List<Table> tables(SqlEngine engine, Progress progress) {
        List<Table> found = engine.withMetaData(meta -> {
            List<Table> out = new ArrayList<>();
            try (ResultSet rs = meta.getTables(null, null, "%", new String[] {"TABLE", "VIEW", "BASE TABLE"})) {
                while (rs.next()) {
                    String schema = rs.getString("TABLE_SCHEM");
                    if (schema != null && isSystemSchema(schema)) {
                        continue;
                    }
                    out.add(new Table(schema, rs.getString("TABLE_NAME"), rs.getString("TABLE_TYPE"), null));
                }
            }
            return out;
        });
        List<Table> counted = new ArrayList<>(found.size());
        for (int i = 0; i < found.size(); i++) {
            progress.checkCancelled();
            progress.update((double) i / Math.max(1, found.size()), "Counting rows");
            Table t = found.get(i);
            Long rows;
            try {
                rows = engine.query("SELECT COUNT(*) FROM " + JdbcSource.qualifiedName(t.qualifiedName(), engine.dialect()),
                        rs -> rs.next() ? rs.getLong(1) : null, progress);
            } catch (EngineException e) {
                rows = null;
            }
            counted.add(new Table(t.schema(), t.name(), t.kind(), rows));
        }
        return counted;
    }

    /** The first {@code limit} rows of the source's table or query. */
    public Preview preview(SqlEngine engine, JdbcSource source, int limit, Progress progress) {
        String sql = "SELECT * FROM " + source.relation(engine.dialect()) + engine.dialect().limit(limit);
        return engine.query(sql, rs -> {
            ResultSetMetaData meta = rs.getMetaData();
            List<String> columns = new ArrayList<>();
            List<String> types = new ArrayList<>();
            for (int c = 1; c <= meta.getColumnCount(); c++) {
                columns.add(meta.getColumnLabel(c));
                types.add(meta.getColumnTypeName(c));
            }
            List<List<String>> rows = new ArrayList<>();
            while (rs.next()) {
                List<String> row = new ArrayList<>(columns.size());
                for (int c = 1; c <= columns.size(); c++) {
                    row.add(rs.getString(c));
                }
                rows.add(row);
            }
            return new Preview(columns, types, rows);
        }, progress);
    }

    private static boolean isSystemSchema(String schema) {
        String s = schema.toLowerCase(Locale.ROOT);
        return s.equals("information_schema") || s.equals("pg_catalog") || s.startsWith("pg_toast")
                || s.equals("sys") || s.equals("pg_temp");
    }

    /** Reads database metadata on an engine's connection. */
    @FunctionalInterface
    public interface MetaDataReader<T> {
        T read(DatabaseMetaData meta) throws SQLException;
    }
}
