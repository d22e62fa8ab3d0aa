package org.segmentlab.core.project;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.nio.file.Path;
import java.util.Objects;
import org.segmentlab.core.data.ImportOptions;

/**
 * One data file of a project.
 *
 * @param id      short name the rest of the project refers to (e.g. {@code "transactions"})
 * @param path    where the file is. In the saved file it is relative to the project's folder (with
 *                {@code /}) when the data sit under that folder; after {@link ProjectStore#load} it is
 *                absolute. Use {@link ProjectStore#resolve} to get a {@link Path} either way.
 * @param options how to read it
 * @param fingerprint size, modification time and SHA-256 of the file when the project last took it
 *                    (absent in older project files: unknown), so a changed file is noticed
 * @param database    for a database table or query: where it is (then {@code path} is only its name,
 *                    the table or "query", and no file is read, resolved or fingerprinted); null for a file
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"id", "kind", "path", "database", "options", "fingerprint"})
public record DataSourceRef(String id, SourceKind kind, String path, ImportSettings options,
                            SourceFingerprint fingerprint, DatabaseRef database) {

    /** A source whose file was not fingerprinted yet. */
    public DataSourceRef(String id, SourceKind kind, String path, ImportSettings options) {
        this(id, kind, path, options, null, null);
    }

    /** A data file. */
    public DataSourceRef(String id, SourceKind kind, String path, ImportSettings options,
                         SourceFingerprint fingerprint) {
        this(id, kind, path, options, fingerprint, null);
    }

    public DataSourceRef {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a data source needs an id");
        }
        Objects.requireNonNull(kind, () -> "data source '" + id + "' needs a kind");
        if (database != null) {
            path = database.displayName();
            fingerprint = null;
        }
        if (path == null || path.isBlank()) {
            throw new IllegalArgumentException("data source '" + id + "' needs a path");
        }
        options = options == null ? ImportSettings.DETECT : options;
    }

    public static DataSourceRef of(String id, SourceKind kind, Path file, ImportSettings options) {
        return new DataSourceRef(id, kind, file.toString(), options);
    }

    /** A database table or query. */
    public static DataSourceRef ofDatabase(String id, SourceKind kind, DatabaseRef database, ImportSettings options) {
        return new DataSourceRef(id, kind, database.displayName(), options, null, Objects.requireNonNull(database));
    }

    /** Whether this source is a database table or query rather than a file. */
    public boolean fromDatabase() {
        return database != null;
    }

    /** The options to read this source, given where it is. */
    public ImportOptions importOptions(Path resolvedFile) {
        return options.toImportOptions(resolvedFile);
    }

    public DataSourceRef withId(String newId) {
        return new DataSourceRef(newId, kind, path, options, fingerprint, database);
    }

    public DataSourceRef withKind(SourceKind newKind) {
        return new DataSourceRef(id, newKind, path, options, fingerprint, database);
    }

    /** The same source at another path (a moved file keeps its fingerprint, so a different file is noticed). */
    public DataSourceRef withPath(String newPath) {
        return new DataSourceRef(id, kind, newPath, options, fingerprint, database);
    }

    /** The source with the fingerprint of its file as it is now ("use the new data"). */
    public DataSourceRef withFingerprint(SourceFingerprint newFingerprint) {
        return new DataSourceRef(id, kind, path, options, newFingerprint, database);
    }

    public DataSourceRef withPath(Path newPath) {
        return withPath(newPath.toString());
    }

    public DataSourceRef withOptions(ImportSettings newOptions) {
        return new DataSourceRef(id, kind, path, newOptions, fingerprint, database);
    }
}
