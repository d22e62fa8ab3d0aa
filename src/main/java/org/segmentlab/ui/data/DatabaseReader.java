package org.segmentlab.ui.data;

import java.util.function.Function;
import org.segmentlab.core.Progress;
import org.segmentlab.core.data.DataFileException;
import org.segmentlab.core.data.ImportOptions;
import org.segmentlab.core.data.ImportedTable;
import org.segmentlab.core.engine.EngineException;
import org.segmentlab.core.engine.RelationImport;
import org.segmentlab.core.engine.SqlEngine;
import org.segmentlab.core.project.DatabaseRef;

/** How the Data step reads a database table or query; the workbench reads it through JDBC, tests may fake it. */
@FunctionalInterface
public interface DatabaseReader {

    /**
     * @param typedPassword the password the user typed this session, or null (none, or from the
     *                      source's environment variable)
     */
    ImportedTable read(DatabaseRef database, String typedPassword, ImportOptions options, Progress progress)
            throws DataFileException;

    /** Connects with JDBC (the password from {@code environment} when the source names a variable) and reads every row. */
    static DatabaseReader jdbc(Function<String, String> environment) {
        return (database, typedPassword, options, progress) -> {
            DatabaseRef.Connection c = database.connection(typedPassword, environment);
            try (SqlEngine engine = SqlEngine.connect(c.source(), c.environment())) {
                return new RelationImport().read(engine, c.source(), database.displayName(), options, progress);
            } catch (EngineException e) {
                throw new DataFileException(java.nio.file.Path.of(database.displayName()), e.getMessage(), e);
            }
        };
    }
}
