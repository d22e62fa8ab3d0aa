package org.segmentlab.core.engine;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.segmentlab.core.Progress;

/**
 * A place where SQL runs: the embedded DuckDB for files, or a database reached through JDBC. The
 * feature pushdown ({@link PushdownSql}) writes one statement per family in this engine's
 * {@link #dialect()}; only the customer rows come back.
 */
public interface Engine extends AutoCloseable {

    /** Reads the rows of a result into one value. */
    @FunctionalInterface
    interface RowReader<T> {
        T read(ResultSet rows) throws SQLException;
    }

    SqlDialect dialect();

    /** What the engine is, in the user's words ("embedded DuckDB", "PostgreSQL at localhost:5432/shop"). */
    String description();

    /**
     * Runs a query and hands its result to {@code reader}. When {@code progress} is cancelled while
     * the database works, the statement is cancelled ({@code Statement.cancel}) and a
     * {@link org.segmentlab.core.CancelledException} is thrown.
     *
     * @throws EngineException when the database refuses the query, with its message
     */
    <T> T query(String sql, RowReader<T> reader, Progress progress);

    /** Runs statements in one transaction (all or none), with rows to insert through {@code batch}. */
    void inTransaction(TransactionWork work, Progress progress);

    /** The names of the columns a relation gives, with their JDBC types ({@link java.sql.Types}). */
    List<SourceColumn> columnsOf(String relation);

    @Override
    void close();

    /** Work done inside one transaction on the engine's connection. */
    @FunctionalInterface
    interface TransactionWork {
        void run(java.sql.Connection connection) throws SQLException;
    }

    /** One column of a relation: its name, JDBC type code and the database's type name. */
    record SourceColumn(String name, int jdbcType, String typeName) {
    }
}
