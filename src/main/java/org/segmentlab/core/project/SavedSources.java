package org.segmentlab.core.project;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.segmentlab.core.Progress;
import org.segmentlab.core.data.DataFileException;
import org.segmentlab.core.data.ImportedTable;
import org.segmentlab.core.data.TableImporter;
import org.segmentlab.core.engine.EngineException;
import org.segmentlab.core.engine.RelationImport;
import org.segmentlab.core.engine.SqlEngine;

/**
 * The data files of a project, read the way the workbench reads them (each source's saved import
 * options), each at most once however many saved analyses use it.
 */
public final class SavedSources {

    private final Project project;
    private final Path projectFile;
    private final Map<String, ImportedTable> read = new HashMap<>();
    private final ClusteringFits clusteringFits;

    /**
     * @param projectFile where the project is saved; null for an unsaved project, whose relative data
     *                    paths are then taken from the working folder
     */
    public SavedSources(Project project, Path projectFile) {
        this(project, projectFile, Map.of());
    }

    /**
     * @param alreadyRead tables of this project's sources read before, by source id: they are used as they
     *                    are instead of reading their files again
     */
    public SavedSources(Project project, Path projectFile, Map<String, ImportedTable> alreadyRead) {
        this(project, projectFile, alreadyRead, new ClusteringFits());
    }

    /**
     * @param alreadyRead    as above
     * @param clusteringFits the clusterings of earlier builds, handed out again while their inputs stay the
     *                       same (one per place that builds repeatedly, such as the Report step's preview)
     */
    public SavedSources(Project project, Path projectFile, Map<String, ImportedTable> alreadyRead,
                        ClusteringFits clusteringFits) {
        this.project = project;
        this.projectFile = projectFile;
        this.read.putAll(alreadyRead);
        this.clusteringFits = java.util.Objects.requireNonNull(clusteringFits);
    }

    /** The clusterings made through these sources (and, when handed in, through earlier ones). */
    ClusteringFits clusteringFits() {
        return clusteringFits;
    }

    /** Where the project is saved; null for an unsaved project. */
    public Path projectFile() {
        return projectFile;
    }

    public Project project() {
        return project;
    }

    /** Where a source's file is; for a database source, only its name (the table, or "query"). */
    public Path file(DataSourceRef source) {
        Path given = Path.of(source.path());
        if (source.fromDatabase()) {
            return given;
        }
        if (given.isAbsolute() || projectFile != null) {
            return ProjectStore.resolve(source, projectFile);
        }
        return given.toAbsolutePath().normalize();
    }

    /** The source with that id. */
    public Optional<DataSourceRef> source(String id) {
        return project.source(id);
    }

    /** Every table read (or handed in) so far, by source id. */
    public synchronized Map<String, ImportedTable> tablesRead() {
        return Map.copyOf(read);
    }

    /** The source's table, read on first use. */
    public synchronized ImportedTable read(DataSourceRef source, Progress progress) throws DataFileException {
        ImportedTable table = read.get(source.id());
        if (table == null && source.fromDatabase()) {
            table = readDatabase(source, progress);
            read.put(source.id(), table);
        }
        if (table == null) {
            Path file = file(source);
            Optional<String> refused = SourceCheck.refusal(file);
            if (refused.isPresent()) {
                throw new DataFileException(file, refused.get());
            }
            table = new TableImporter().read(source.importOptions(file), progress);
            read.put(source.id(), table);
        }
        progress.update(1, "Read " + file(source).getFileName());
        return table;
    }

    /**
     * Reads a database source, the password (if any) from its environment variable; a source whose
     * password the user types in the workbench is refused here with a message saying so.
     */
    private static ImportedTable readDatabase(DataSourceRef source, Progress progress) throws DataFileException {
        DatabaseRef db = source.database();
        Path name = Path.of(source.path());
        if (db.asksForPassword()) {
            throw new DataFileException(name, "its database password is typed in the workbench, not kept; "
                    + "give it in an environment variable (the connection's \"password from environment variable\") "
                    + "to read it here");
        }
        try (SqlEngine engine = SqlEngine.connect(db.jdbcSource(), System::getenv)) {
            return new RelationImport().read(engine, db.jdbcSource(), db.displayName(),
                    source.importOptions(name), progress);
        } catch (EngineException e) {
            throw new DataFileException(name, e.getMessage(), e);
        }
    }
}
