package org.segmentlab.core.project;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Reads and writes {@code *.slproj.json} project files.
 *
 * <p>Data paths are kept relative to the project's folder when the data sit under it, so a project
 * folder can be moved or shared as a whole; {@link #load} turns them back into absolute paths.
 * Saves are atomic (see {@link AtomicFiles}): a save that fails half-way leaves the old file intact.
 */
public final class ProjectStore {

    /** The schema this version writes, and the newest it reads. */
    public static final int SCHEMA_VERSION = 1;
    public static final String EXTENSION = ".slproj.json";

    static final String VERSION_FIELD = "schemaVersion";

    private final ObjectMapper mapper = ProjectJson.newMapper();
    private final ObjectWriter writer = ProjectJson.prettyWriter(mapper);
    private final UnaryOperator<OutputStream> saveStream;

    public ProjectStore() {
        this(UnaryOperator.identity());
    }

    /** For tests: {@code saveStream} wraps the stream a save writes to, e.g. to fail half-way. */
    ProjectStore(UnaryOperator<OutputStream> saveStream) {
        this.saveStream = saveStream;
    }

    /** Reads a project; relative data paths come back resolved against the file's folder. */
    public Project load(Path file) throws ProjectFileException {
        byte[] bytes = readBytes(file);
        JsonNode root = parse(file, bytes);
        checkVersion(file, root);
        try {
            Project stored = mapper.readerFor(Project.class).readValue(bytes);
            return withPathsResolved(stored, folderOf(file));
        } catch (JsonProcessingException e) {
            throw new ProjectFileException(file, describe(e), e);
        } catch (InvalidPathException e) {
            throw new ProjectFileException(file, "a data source has a path that is not valid here: " + e.getInput(), e);
        } catch (IOException e) {
            throw new ProjectFileException(file, "cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Writes a project atomically; data paths under the file's folder are stored relative to it, with '/';
     * sources without a fingerprint get one of their file as it is now.
     */
    public void save(Project project, Path file) throws ProjectFileException {
        // a source saved for the first time keeps what its file is now, so a later change is noticed
        byte[] bytes = toBytes(SourceCheck.withFingerprintsTaken(project, file), folderOf(file));
        try {
            AtomicFiles.write(file, out -> {
                OutputStream sink = saveStream.apply(out);
                sink.write(bytes);
                sink.flush();
            });
        } catch (IOException e) {
            throw new ProjectFileException(file, "cannot be saved: " + e.getMessage(), e);
        }
    }

    /**
     * Where a data source's file is: its path as it is when absolute, else against the project file's
     * folder. A database source has no file: its name (the table, or "query") is given as it is.
     */
    public static Path resolve(DataSourceRef source, Path projectFile) {
        Path path = Path.of(source.path());
        if (source.fromDatabase()) {
            return path;
        }
        return path.isAbsolute() ? path : folderOf(projectFile).resolve(path).normalize();
    }

    /** The bytes of the project file, as {@link #save} writes them. */
    byte[] toBytes(Project project, Path folder) {
        ObjectNode root = toTree(project, folder);
        try {
            byte[] json = writer.writeValueAsBytes(root);
            byte[] withNewline = new byte[json.length + 1];
            System.arraycopy(json, 0, withNewline, 0, json.length);
            withNewline[json.length] = '\n';
            return withNewline;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a project could not be written as JSON", e);
        }
    }

    /** The JSON tree of a project with the schema version first; data paths relative to {@code folder} when under it. */
    ObjectNode toTree(Project project, Path folder) {
        Project stored = folder == null ? project : withPathsRelativeTo(project, folder);
        ObjectNode root = mapper.createObjectNode();
        root.put(VERSION_FIELD, SCHEMA_VERSION);
        root.setAll((ObjectNode) mapper.valueToTree(stored));
        return root;
    }

    /** A project from a JSON tree written by {@link #toTree}; relative paths resolved against {@code folder}. */
    Project fromTree(JsonNode node, Path folder) throws JsonProcessingException {
        Project stored = mapper.treeToValue(node, Project.class);
        return folder == null ? stored : withPathsResolved(stored, folder);
    }

    ObjectMapper mapper() {
        return mapper;
    }

    ObjectWriter writer() {
        return writer;
    }

    static byte[] readBytes(Path file) throws ProjectFileException {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ProjectFileException(file, "file not found", e);
        } catch (AccessDeniedException e) {
            throw new ProjectFileException(file, "permission denied", e);
        } catch (IOException e) {
            throw new ProjectFileException(file, "cannot be read: " + e.getMessage(), e);
        }
    }

    JsonNode parse(Path file, byte[] bytes) throws ProjectFileException {
        if (new String(bytes, StandardCharsets.UTF_8).isBlank()) {
            throw new ProjectFileException(file, "file is empty");
        }
        try {
            JsonNode root = mapper.readTree(bytes);
            if (root == null || !root.isObject()) {
                throw new ProjectFileException(file, "not a SegmentLab project file (expected a JSON object)");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw new ProjectFileException(file, describe(e), e);
        } catch (IOException e) {
            throw new ProjectFileException(file, "cannot be read: " + e.getMessage(), e);
        }
    }

    static void checkVersion(Path file, JsonNode root) throws ProjectFileException {
        JsonNode version = root.get(VERSION_FIELD);
        if (version == null || version.isNull()) {
            throw new ProjectFileException(file, "no " + VERSION_FIELD + "; not a SegmentLab project file?");
        }
        if (!version.isIntegralNumber() || !version.canConvertToInt()) {
            throw new ProjectFileException(file, VERSION_FIELD + " must be a whole number, not " + version);
        }
        int found = version.intValue();
        if (found > SCHEMA_VERSION) {
            throw new ProjectFileException(file, "was written by a newer SegmentLab (schema " + found
                    + "); this version reads up to " + SCHEMA_VERSION);
        }
        if (found < 1) {
            throw new ProjectFileException(file, "unknown " + VERSION_FIELD + " " + found);
        }
    }

    /** One line: where in the file (line, column, field) and what is wrong there. */
    static String describe(JsonProcessingException e) {
        StringBuilder text = new StringBuilder();
        boolean syntax = !(e instanceof JsonMappingException);
        text.append(syntax ? "not valid JSON" : "unexpected content");
        JsonLocation at = e.getLocation();
        if (at != null && at.getLineNr() > 0) {
            text.append(" at line ").append(at.getLineNr()).append(", column ").append(at.getColumnNr());
        }
        if (e instanceof JsonMappingException) {
            String field = fieldPath((JsonMappingException) e);
            if (!field.isEmpty()) {
                text.append(" (").append(field).append(')');
            }
        }
        text.append(": ").append(problem(e));
        return text.toString();
    }

    /**
     * What is wrong, in our words: Jackson's own messages quote the file's text ("Unrecognized token
     * 'root'") and name Java types, and neither belongs in a message to the user.
     */
    private static String problem(JsonProcessingException e) {
        // A record that refuses its values (a source without a path...) says why better than Jackson.
        Throwable cause = e.getCause();
        if ((cause instanceof IllegalArgumentException || cause instanceof NullPointerException)
                && cause.getMessage() != null && !(cause instanceof java.time.DateTimeException)) {
            return cause.getMessage().lines().findFirst().orElse("").trim();
        }
        if (e instanceof com.fasterxml.jackson.core.exc.StreamConstraintsException) {
            return "nested or sized beyond what a project file can be";
        }
        if (e instanceof com.fasterxml.jackson.databind.exc.InvalidFormatException) {
            return "a value of the wrong form, where " + kind(((JsonMappingException) e).getPath().isEmpty() ? null
                    : ((com.fasterxml.jackson.databind.exc.InvalidFormatException) e).getTargetType()) + " belongs";
        }
        if (e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException) {
            Class<?> target = ((com.fasterxml.jackson.databind.exc.MismatchedInputException) e).getTargetType();
            if (cause instanceof java.time.DateTimeException || (target != null && java.time.temporal.Temporal.class.isAssignableFrom(target))) {
                return "not a valid date (yyyy-MM-dd)";
            }
            return "not " + kind(target);
        }
        if (e instanceof JsonMappingException) {
            return "a value that does not fit here";
        }
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().lines().findFirst().orElse("");
        if (original.startsWith("Unexpected end-of-input")) {
            return "Unexpected end-of-input (the file is cut short)";
        }
        int expecting = original.indexOf("was expecting");
        // what was expected is the parser's; what it found is the file's, and is left out
        return expecting >= 0 ? "unexpected text there, " + original.substring(expecting).replaceAll("'[^']*'", "")
                .replaceAll("\\s+", " ").trim() : "the text there is not JSON";
    }

    /** The kind of value a Java type holds, in the user's words. */
    private static String kind(Class<?> type) {
        if (type == null) {
            return "the expected kind of value";
        }
        if (type == String.class || type == Character.class || type == char.class) {
            return "a text";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list [ … ]";
        }
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.toString(type.getEnumConstants());
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return "a date (yyyy-MM-dd)";
        }
        return "an object { … }";
    }

    private static String fieldPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static Path folderOf(Path file) {
        Path parent = file.toAbsolutePath().normalize().getParent();
        return parent == null ? file.toAbsolutePath().getRoot() : parent;
    }

    private static Project withPathsResolved(Project project, Path folder) {
        List<DataSourceRef> sources = new ArrayList<>();
        for (DataSourceRef source : project.sources()) {
            if (source.fromDatabase()) {
                sources.add(source);
                continue;
            }
            Path path = Path.of(source.path());
            sources.add(path.isAbsolute() ? source : source.withPath(folder.resolve(path).normalize()));
        }
        return project.withSources(sources);
    }

    private static Project withPathsRelativeTo(Project project, Path folder) {
        Path base = folder.toAbsolutePath().normalize();
        List<DataSourceRef> sources = new ArrayList<>();
        for (DataSourceRef source : project.sources()) {
            if (source.fromDatabase()) {
                sources.add(source);
                continue;
            }
            Path path = Path.of(source.path()).normalize();
            if (!path.isAbsolute()) {
                sources.add(source.withPath(withSlashes(path)));
            } else if (path.startsWith(base)) {
                sources.add(source.withPath(withSlashes(base.relativize(path))));
            } else {
                sources.add(source);
            }
        }
        return project.withSources(sources);
    }

    private static String withSlashes(Path relative) {
        List<String> names = new ArrayList<>();
        for (Path name : relative) {
            names.add(name.toString());
        }
        return String.join("/", names);
    }
}
