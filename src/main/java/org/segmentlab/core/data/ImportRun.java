package org.segmentlab.core.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.segmentlab.core.Progress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * One reading of one file in a known format: a sample decides the header, the column types and
 * roles; then the whole file is read into columns. When a value further down does not fit its
 * column's type, the type widens and the file is read once more, so the result holds for every row.
 */
final class ImportRun {

    private static final Logger LOG = LoggerFactory.getLogger(ImportRun.class);

    static final int SAMPLE_ROWS = 10_000;
    private static final int CHECK_EVERY = 4096;
    private static final int MAX_PASSES = 16;
    private static final int MAX_VALUE_CHARS = 200;

    private final ImportOptions options;
    private final Path file;
    private final long fileSize;
    private final Sniffer.Format format;
    private final TextDecoder decoder;
    private final Progress progress;
    private final List<String> notes = new ArrayList<>();

    private boolean header;
    private int width;
    private List<String> names;
    private ColumnProfile[] profiles;
    private ColumnPlan[] plans;
    private List<ColumnRole> roles;

    /** A sample record: its line and a copy of each field's bytes. */
    private record SampleRow(long line, byte[][] fields) {
    }

    /** @param firstNotes notes from before this reading, such as a change of charset */
    ImportRun(ImportOptions options, long fileSize, Sniffer.Format format, Progress progress, List<String> firstNotes) {
        this.notes.addAll(firstNotes);
        this.options = options;
        this.file = options.file();
        this.fileSize = fileSize;
        this.format = format;
        this.decoder = new TextDecoder(format.charset(), format.checkUtf8());
        this.progress = progress;
    }

    ImportedTable run() throws IOException, DataFileException {
        List<SampleRow> sample = readSample();
        if (sample.isEmpty()) {
            throw new DataFileException(file, "has no data, only blank lines");
        }
        header = options.header() != null ? options.header() : looksLikeHeader(sample);
        List<SampleRow> data = header ? sample.subList(1, sample.size()) : sample;
        if (header && data.isEmpty()) {
            throw new DataFileException(file, "has a header line but no data rows");
        }
        names = columnNames(sample, data);
        width = names.size();
        profiles = new ColumnProfile[width];
        for (int c = 0; c < width; c++) {
            profiles[c] = new ColumnProfile();
        }
        for (SampleRow row : data) {
            if (fitsWidth(row.fields().length, row.fields())) {
                for (int c = 0; c < width; c++) {
                    byte[] v = row.fields()[c];
                    if (!TypeDetector.isMissingWord(v, 0, v.length)) {
                        profiles[c].accept(v, 0, v.length, row.line());
                    }
                }
            }
        }
        decideRoles();
        plans = new ColumnPlan[width];
        for (int c = 0; c < width; c++) {
            plans[c] = TypeDetector.planFor(roles.get(c), profiles[c], names.get(c), options.dayFirst(), null);
        }
        for (int attempt = 1; ; attempt++) {
            Pass pass = new Pass();
            pass.read(attempt);
            if (!pass.dirty) {
                return pass.result();
            }
            if (attempt >= MAX_PASSES) {
                throw new IllegalStateException("column types of " + file + " did not settle after " + attempt + " passes");
            }
            LOG.debug("{}: a value beyond the sample widened a column type; reading again", file.getFileName());
        }
    }

    private List<SampleRow> readSample() throws IOException {
        List<SampleRow> rows = new ArrayList<>();
        try (DelimitedReader reader = openReader()) {
            while (rows.size() < SAMPLE_ROWS && reader.next()) {
                byte[] b = reader.buffer();
                byte[][] fields = new byte[reader.fieldCount()][];
                for (int i = 0; i < fields.length; i++) {
                    int s = reader.start(i);
                    int e = reader.end(i);
                    decoder.decode(b, s, e); // fails early when the bytes are not the charset we assumed
                    fields[i] = Arrays.copyOfRange(b, s, e);
                }
                rows.add(new SampleRow(reader.line(), fields));
                if (rows.size() % CHECK_EVERY == 0) {
                    progress.checkCancelled();
                }
            }
        }
        return rows;
    }

    private DelimitedReader openReader() throws IOException {
        InputStream in = Files.newInputStream(file);
        try {
            return new DelimitedReader(in, format.bomLength(), format.delimiter(), format.quote());
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /**
     * A first row is a header when, in some column whose values below are numbers, dates or yes/no,
     * the first cell is not one; it is data when such cells all fit. With only text columns, assume a header.
     */
    private boolean looksLikeHeader(List<SampleRow> sample) {
        byte[][] first = sample.get(0).fields();
        if (sample.size() == 1) {
            for (byte[] cell : first) {
                if (cell.length > 0 && Numbers.kind(cell, 0, cell.length) == 0) {
                    return true;
                }
            }
            return false;
        }
        int n = first.length;
        ColumnProfile[] below = new ColumnProfile[n];
        for (int c = 0; c < n; c++) {
            below[c] = new ColumnProfile();
        }
        for (SampleRow row : sample.subList(1, sample.size())) {
            if (row.fields().length != n) {
                continue;
            }
            for (int c = 0; c < n; c++) {
                byte[] v = row.fields()[c];
                if (!TypeDetector.isMissingWord(v, 0, v.length)) {
                    below[c].accept(v, 0, v.length, row.line());
                }
            }
        }
        boolean anyFits = false;
        for (int c = 0; c < n; c++) {
            ColumnPlan plan = TypeDetector.naturalPlan(below[c], "", options.dayFirst());
            byte[] cell = first[c];
            if (plan.type() == ColumnType.TEXT || cell.length == 0) {
                continue;
            }
            ColumnSink probe = ColumnSink.create("probe", plan, decoder, below[c].evidence.copy());
            if (!probe.stage(cell, 0, cell.length)) {
                return true;
            }
            anyFits = true;
        }
        if (!anyFits) {
            return true;
        }
        notes.add("No header row found: the columns are named column_1 … column_" + n + ".");
        return false;
    }

    private List<String> columnNames(List<SampleRow> sample, List<SampleRow> data) throws DataFileException {
        List<String> result = new ArrayList<>();
        if (!header) {
            int n = modalWidth(data);
            for (int c = 0; c < n; c++) {
                result.add("column_" + (c + 1));
            }
            return result;
        }
        byte[][] cells = sample.get(0).fields();
        int n = cells.length;
        if (n > 1 && cells[n - 1].length == 0 && lastFieldAlwaysEmpty(data, n)) {
            n--; // every line ends with a separator
        }
        for (int c = 0; c < n; c++) {
            String name = decoder.decode(cells[c], 0, cells[c].length).strip();
            result.add(name.isEmpty() ? "column_" + (c + 1) : name);
        }
        Map<String, List<String>> byLowerCase = new LinkedHashMap<>();
        for (String name : result) {
            byLowerCase.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(name);
        }
        List<String> duplicates = new ArrayList<>();
        byLowerCase.values().stream().filter(l -> l.size() > 1).forEach(l -> duplicates.add(l.get(0)));
        if (!duplicates.isEmpty()) {
            throw new DataFileException(file, "duplicate column name" + (duplicates.size() > 1 ? "s" : "") + ": "
                    + String.join(", ", duplicates));
        }
        return result;
    }

    private static boolean lastFieldAlwaysEmpty(List<SampleRow> data, int n) {
        for (SampleRow row : data) {
            byte[][] f = row.fields();
            if (f.length >= n && f[n - 1].length > 0) {
                return false;
            }
        }
        return true;
    }

    private static int modalWidth(List<SampleRow> rows) {
        Map<Integer, Integer> counts = new HashMap<>();
        int best = 0;
        int bestCount = 0;
        for (SampleRow row : rows) {
            int w = row.fields().length;
            int k = counts.merge(w, 1, Integer::sum);
            if (k > bestCount || k == bestCount && w > best) {
                best = w;
                bestCount = k;
            }
        }
        return best;
    }

    /** A row of {@code n} fields fits, or one more when the extra last field is empty (a trailing separator). */
    private boolean fitsWidth(int n, byte[][] fields) {
        return n == width || n == width + 1 && fields[width].length == 0;
    }

    private void decideRoles() {
        Map<String, ColumnRole> overrides = new HashMap<>();
        options.roles().forEach((name, role) -> {
            String match = names.stream().filter(n -> n.equals(name)).findFirst()
                    .or(() -> names.stream().filter(n -> n.equalsIgnoreCase(name.strip())).findFirst())
                    .orElse(null);
            if (match == null) {
                notes.add("The role " + role.label() + " was set for a column '" + name
                        + "' that the file does not have; ignored.");
            } else {
                overrides.put(match, role);
            }
        });
        List<ColumnType> natural = new ArrayList<>(width);
        for (int c = 0; c < width; c++) {
            natural.add(TypeDetector.naturalPlan(profiles[c], names.get(c), options.dayFirst()).type());
        }
        roles = RoleGuesser.guess(names, natural, Arrays.asList(profiles), overrides);
    }

    /** One reading of the whole file with the current plans. */
    private final class Pass {
        private final ColumnSink[] sinks = new ColumnSink[width];
        private final RejectionLog rejections = new RejectionLog();
        private long rowsRead;
        private long rowsKept;
        private boolean dirty;

        void read(int attempt) throws IOException {
            for (int c = 0; c < width; c++) {
                sinks[c] = ColumnSink.create(names.get(c), plans[c], decoder, profiles[c].evidence);
            }
            int[] strict = columnsWhere(true);
            int[] lenient = columnsWhere(false);
            String message = "Reading " + file.getFileName() + (attempt > 1 ? " (again, with wider column types)" : "");
            progress.update(0, message);
            try (DelimitedReader reader = openReader()) {
                if (header) {
                    reader.next();
                }
                while (reader.next()) {
                    rowsRead++;
                    if (rowsRead % CHECK_EVERY == 0) {
                        progress.checkCancelled();
                        progress.update(fileSize == 0 ? 0 : (double) reader.position() / fileSize, message);
                    }
                    readRow(reader, strict, lenient);
                }
            }
            progress.update(1, message);
        }

        private void readRow(DelimitedReader reader, int[] strict, int[] lenient) {
            int n = reader.fieldCount();
            if (reader.unclosedQuote()) {
                rejections.reject("unclosed quote", reader.line(), 0, null,
                        reader.recordText(format.charset(), MAX_VALUE_CHARS));
                return;
            }
            if (n != width && !(n == width + 1 && reader.start(width) == reader.end(width))) {
                String reason = (n < width ? "too few fields" : "too many fields")
                        + " (expected " + width + ", found " + n + ")";
                rejections.reject(reason, reader.line(), 0, null, reader.recordText(format.charset(), MAX_VALUE_CHARS));
                return;
            }
            byte[] b = reader.buffer();
            for (int c : strict) {
                int s = reader.start(c);
                int e = reader.end(c);
                if (!sinks[c].stage(b, s, e) && !widen(c, b, s, e, reader.line())) {
                    String what = plans[c].layout() != null ? "date" : "number";
                    rejections.reject("unparseable " + what + " in " + names.get(c), reader.line(), c + 1,
                            names.get(c), text(b, s, e));
                    return;
                }
            }
            for (int c : lenient) {
                int s = reader.start(c);
                int e = reader.end(c);
                if (!sinks[c].stage(b, s, e) && !widen(c, b, s, e, reader.line())) {
                    // Cannot happen (text takes every value); keep the row rather than lose it.
                    plans[c] = plans[c].id() ? ColumnPlan.ID : ColumnPlan.TEXT;
                    sinks[c] = ColumnSink.create(names.get(c), plans[c], decoder, profiles[c].evidence);
                    sinks[c].stage(b, s, e);
                    dirty = true;
                }
            }
            for (ColumnSink sink : sinks) {
                sink.commit();
            }
            rowsKept++;
        }

        /**
         * Tries a wider type that takes this value too. For a strict column the wider type must still
         * suit its role (a quantity stays a number), otherwise the row is rejected instead.
         */
        private boolean widen(int c, byte[] b, int s, int e, long line) {
            ColumnProfile trial = profiles[c].copy();
            trial.accept(b, s, e, line);
            ColumnPlan next = TypeDetector.planFor(roles.get(c), trial, names.get(c), options.dayFirst(), plans[c]);
            if (next.equals(plans[c])) {
                return false;
            }
            ColumnSink sink = ColumnSink.create(names.get(c), next, decoder, trial.evidence);
            if (!sink.stage(b, s, e)) {
                return false;
            }
            LOG.debug("{}: column {} becomes {} at line {}", file.getFileName(), names.get(c), next.type(), line);
            profiles[c] = trial;
            plans[c] = next;
            sinks[c] = sink;
            dirty = true;
            return true;
        }

        private int[] columnsWhere(boolean strictRole) {
            int[] out = new int[width];
            int k = 0;
            for (int c = 0; c < width; c++) {
                if (roles.get(c).isStrict() == strictRole) {
                    out[k++] = c;
                }
            }
            return Arrays.copyOf(out, k);
        }

        private String text(byte[] b, int s, int e) {
            String v = new String(b, s, e - s, format.charset());
            return v.length() > MAX_VALUE_CHARS ? v.substring(0, MAX_VALUE_CHARS) + "…" : v;
        }

        ImportedTable result() {
            List<Column<?>> columns = new ArrayList<>(width);
            List<ColumnInfo> infos = new ArrayList<>(width);
            long withoutId = 0;
            boolean idSeen = false;
            for (int c = 0; c < width; c++) {
                columns.add(sinks[c].column());
                DateFormats.Layout layout = plans[c].layout();
                String pattern = layout == null ? null : layout.pattern(profiles[c].evidence);
                infos.add(new ColumnInfo(names.get(c), c, plans[c].type(), roles.get(c), pattern, sinks[c].missing()));
                if (roles.get(c) == ColumnRole.CUSTOMER_ID && !idSeen) {
                    idSeen = true;
                    withoutId = sinks[c].missing();
                }
                addColumnNotes(c);
            }
            Table table = Table.create(file.getFileName().toString(), columns);
            char delimiter = (char) format.delimiter();
            if (delimiter == ' ') {
                notes.add(0, "Fields are separated by runs of spaces.");
            }
            ImportReport report = new ImportReport(file, format.charset().name(), delimiter, header, rowsRead,
                    rowsKept, rejections.rejections(), withoutId, infos, notes);
            LOG.info("{}: {} rows read, {} kept, {} columns", file.getFileName(), rowsRead, rowsKept, width);
            return new ImportedTable(table, report);
        }

        private void addColumnNotes(int c) {
            String name = names.get(c);
            ColumnPlan plan = plans[c];
            ColumnProfile p = profiles[c];
            DateFormats.Layout layout = plan.layout();
            if (layout != null && layout.yearLast()) {
                notes.add(dateOrderNote(name, layout, p.evidence));
            } else if (layout != null && layout.kind() == DateFormats.Kind.COMPACT) {
                notes.add(name + ": 8-digit numbers read as dates (yyyyMMdd).");
            } else if (layout != null && layout.kind() == DateFormats.Kind.EPOCH_SECONDS) {
                notes.add(name + ": 10-digit numbers read as Unix time in seconds (UTC).");
            } else if (layout != null && layout.kind() == DateFormats.Kind.EPOCH_MILLIS) {
                notes.add(name + ": 13-digit numbers read as Unix time in milliseconds (UTC).");
            }
            if (sinks[c] instanceof ColumnSink.TextSink) {
                String shortened = ((ColumnSink.TextSink) sinks[c]).shortenedExample();
                if (shortened != null) {
                    notes.add(name + ": ids written as decimals are read as whole ids ("
                            + shortened + " → " + CustomerIds.normalise(shortened) + ").");
                }
            }
            if (plan.type() == ColumnType.TEXT && !plan.id() && p.values > 0 && p.firstOther != null) {
                if (p.numbers * 2 >= p.values) {
                    notes.add(name + ": read as text because not every value is a number (line "
                            + p.firstOtherLine + ": '" + p.firstOther + "').");
                } else if (p.dateShapeKnown && !p.dateYearFirst && !p.evidence.monthFirstPossible
                        && !p.evidence.dayFirstPossible && p.evidence.dayFirstExample != null
                        && p.evidence.monthFirstExample != null) {
                    notes.add(name + ": read as text because some dates have the day first ("
                            + p.evidence.dayFirstExample + ") and others the month first ("
                            + p.evidence.monthFirstExample + ").");
                }
            }
        }
    }

    private String dateOrderNote(String name, DateFormats.Layout layout, DateFormats.Evidence ev) {
        char sep = (char) layout.separator();
        String dayFirst = "day" + sep + "month" + sep + "year";
        String monthFirst = "month" + sep + "day" + sep + "year";
        String chosen = layout.order() == DateFormats.Order.DMY ? dayFirst : monthFirst;
        if (options.dayFirst() != null) {
            return name + ": read as " + chosen + ", as set in the import options.";
        }
        if (layout.order() == DateFormats.Order.DMY && !ev.monthFirstPossible && ev.dayFirstExample != null) {
            return name + ": read as " + chosen + " because some values, such as " + ev.dayFirstExample
                    + ", have a first part above 12.";
        }
        if (layout.order() == DateFormats.Order.MDY && !ev.dayFirstPossible && ev.monthFirstExample != null) {
            return name + ": read as " + chosen + " because some values, such as " + ev.monthFirstExample
                    + ", have a second part above 12.";
        }
        return name + ": day and month cannot be told apart from the data (no part above 12); read as "
                + chosen + (sep == '/' ? " (US style)" : "") + ". Set the day-first option if that is wrong.";
    }
}
