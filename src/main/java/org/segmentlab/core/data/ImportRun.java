package org.segmentlab.core.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.LongUnaryOperator;
import java.util.function.Predicate;
import org.segmentlab.core.Parallel;
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
    /** How far past the chosen middle a line break is looked for before the file is read in one part. */
    private static final long SPLIT_SEARCH_BYTES = 1 << 20;

    private final ImportOptions options;
    private final Path file;
    private final long fileSize;
    private final Sniffer.Format format;
    private final TextDecoder decoder;
    private final Progress progress;
    /** For a file of the given size, where to start the second part of a pass (near it), or -1 for none. */
    private final LongUnaryOperator splitNear;
    private final List<String> notes = new ArrayList<>();

    private boolean header;
    private int width;
    private List<String> names;
    private ColumnProfile[] profiles;
    /** The profiles of the rows below the first, as the header test made them (reused when the first row is the header). */
    private ColumnProfile[] belowFirst;
    private ColumnPlan[] plans;
    /** Which columns are read into the table (the {@link ColumnChoice}); the others are only split off. */
    private ColumnChoice choice = ColumnChoice.ALL;
    private boolean[] read;
    private List<ColumnRole> roles;

    /** A sample record: its line and a copy of each field's bytes. */
    private record SampleRow(long line, byte[][] fields) {
    }

    /**
     * @param firstNotes notes from before this reading, such as a change of charset
     * @param splitNear  for the file's size, the offset near which the second part of a pass starts,
     *                   or -1 to read in one part
     */
    ImportRun(ImportOptions options, long fileSize, Sniffer.Format format, Progress progress, List<String> firstNotes,
              LongUnaryOperator splitNear) {
        this.splitNear = splitNear;
        this.notes.addAll(firstNotes);
        this.options = options;
        this.file = options.file();
        this.fileSize = fileSize;
        this.format = format;
        this.decoder = new TextDecoder(format.charset(), format.checkUtf8());
        this.progress = progress;
    }

    /** Reads only the columns {@code columns} chooses. */
    ImportRun reading(ColumnChoice columns) {
        this.choice = columns;
        return this;
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
        // the header test profiled the rows below the first, the same rows when each has this width
        profiles = header && belowFirst != null && belowFirst.length == width && allOfWidth(data, width)
                ? belowFirst : profile(data, width, fields -> fitsWidth(fields.length, fields));
        belowFirst = null;
        decideRoles();
        plans = new ColumnPlan[width];
        for (int c = 0; c < width; c++) {
            plans[c] = TypeDetector.planFor(roles.get(c), profiles[c], names.get(c), options.dayFirst(), null);
        }
        chooseColumns();
        for (int attempt = 1; ; attempt++) {
            Pass pass = new Pass();
            pass.read(attempt);
            if (!pass.dirty()) {
                return pass.result();
            }
            if (attempt >= MAX_PASSES) {
                throw new IllegalStateException("column types of " + file + " did not settle after " + attempt + " passes");
            }
            LOG.debug("{}: a value beyond the sample widened a column type; reading again", file.getFileName());
        }
    }

    private void chooseColumns() {
        read = new boolean[width];
        Arrays.fill(read, true);
        List<ColumnInfo> planned = new ArrayList<>(width);
        for (int c = 0; c < width; c++) {
            planned.add(new ColumnInfo(names.get(c), c, plans[c].type(), roles.get(c), null, 0));
        }
        Set<String> chosen = choice.columnsToRead(planned);
        if (chosen == null) {
            return;
        }
        List<String> left = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            if (!chosen.contains(names.get(c))) {
                read[c] = false;
                left.add(names.get(c));
            }
        }
        if (!left.isEmpty()) {
            notes.add("Not read, as this task does not use them: " + String.join(", ", left) + ".");
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
        ColumnProfile[] below = profile(sample.subList(1, sample.size()), n, fields -> fields.length == n);
        belowFirst = below;
        boolean anyFits = false;
        for (int c = 0; c < n; c++) {
            ColumnPlan plan = TypeDetector.naturalPlan(below[c], "", options.dayFirst());
            byte[] cell = first[c];
            if (plan.type() == ColumnType.TEXT || cell.length == 0) {
                continue;
            }
            ColumnSink probe = ColumnSink.create("probe", plan, decoder, below[c].evidence.copy(), options.missingWords());
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

    /** The profiles of the first {@code n} columns over the present values of the rows {@code takes} takes. */
    private ColumnProfile[] profile(List<SampleRow> rows, int n, Predicate<byte[][]> takes) {
        ColumnProfile[] out = new ColumnProfile[n];
        for (int c = 0; c < n; c++) {
            out[c] = new ColumnProfile();
        }
        for (SampleRow row : rows) {
            if (takes.test(row.fields())) {
                for (int c = 0; c < n; c++) {
                    byte[] v = row.fields()[c];
                    if (!options.missingWords().matches(v, 0, v.length)) {
                        out[c].accept(v, 0, v.length, row.line());
                    }
                }
            }
        }
        return out;
    }

    private static boolean allOfWidth(List<SampleRow> rows, int n) {
        for (SampleRow row : rows) {
            if (row.fields().length != n) {
                return false;
            }
        }
        return true;
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

    /**
     * One reading of the whole file with the current plans. A big file is read in two parts at once,
     * the second from a line break near the middle; the second part's rows are added after the
     * first's only when the result is the one reading in one go gives: the first part must stop at
     * the very record where the second began (a quoted line break at the middle would misplace it),
     * and every value of the second part must fit its column as planned (a rejected value or a wider
     * type is decided with what the rows before it showed). Otherwise the first part reads on.
     */
    private final class Pass {
        private final Part first = new Part(false);
        private final int[] strict = columnsWhere(true);
        private final int[] lenient = columnsWhere(false);
        /** The columns read, in file order. */
        private final int[] kept = columnsRead();
        private double shown;

        boolean dirty() {
            return first.dirty;
        }

        void read(int attempt) throws IOException {
            String message = "Reading " + file.getFileName() + (attempt > 1 ? " (again, with wider column types)" : "");
            progress.update(0, message);
            long split = splitOffset();
            try (DelimitedReader reader = openReader()) {
                if (header) {
                    reader.next();
                }
                if (split < 0) {
                    readOn(reader, false, message);
                } else {
                    readInTwoParts(reader, split, message);
                }
            }
            progress.update(1, message);
        }

        private void readInTwoParts(DelimitedReader reader, long split, String message) throws IOException {
            Part second = new Part(true);
            Thread worker = new Thread(() -> second.readFrom(split), "import-" + file.getFileName());
            worker.setDaemon(true);
            worker.start();
            boolean atSplit = false;
            boolean firstPartRead = false;
            try {
                atSplit = readUntil(reader, split, second, message);
                firstPartRead = true;
            } finally {
                // Cancelled or failed, no record after the split, a column widened in the first part, or
                // the second part began elsewhere: its rows will not be used, so it need not read on.
                long secondStart = second.firstRecordStart;
                second.stop = !firstPartRead || !atSplit || first.dirty
                        || secondStart >= 0 && secondStart != reader.recordStart();
                Parallel.joinUninterruptibly(worker);
            }
            if (!atSplit) {
                return; // the first part read the whole file itself
            }
            if (second.completed && !second.failed && !first.dirty && second.firstRecordStart == reader.recordStart()) {
                first.absorb(second, reader.line() - second.firstRecordLine);
                LOG.debug("{}: read in two parts, the second from line {}", file.getFileName(), reader.line());
                return;
            }
            LOG.debug("{}: reading on in one part from line {}", file.getFileName(), reader.line());
            readOn(reader, true, message);
        }

        /** Reads records up to the first that starts at or after {@code split}; true when there is one. */
        private boolean readUntil(DelimitedReader reader, long split, Part second, String message) throws IOException {
            while (reader.next()) {
                if (reader.recordStart() >= split) {
                    return true;
                }
                first.rowsRead++;
                if (first.rowsRead % CHECK_EVERY == 0) {
                    progress.checkCancelled();
                    report(reader.position() + second.bytesRead, message);
                }
                first.readRow(reader);
            }
            return false;
        }

        /** Reads the rest of the file in the first part, from the current record when {@code current}. */
        private void readOn(DelimitedReader reader, boolean current, String message) throws IOException {
            if (current) {
                first.rowsRead++;
                first.readRow(reader);
            }
            while (reader.next()) {
                first.rowsRead++;
                if (first.rowsRead % CHECK_EVERY == 0) {
                    progress.checkCancelled();
                    report(reader.position(), message);
                }
                first.readRow(reader);
            }
        }

        private void report(long bytes, String message) {
            shown = Math.max(shown, fileSize == 0 ? 0 : (double) bytes / fileSize);
            progress.update(shown, message);
        }

        /** The first byte after a line break at or after the middle chosen for the file, or -1: one part. */
        private long splitOffset() throws IOException {
            long near = splitNear.applyAsLong(fileSize);
            if (near <= 0 || near >= fileSize) {
                return -1;
            }
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
                ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
                for (long at = near; at < fileSize && at < near + SPLIT_SEARCH_BYTES; ) {
                    buffer.clear();
                    int n = channel.read(buffer, at);
                    if (n <= 0) {
                        break;
                    }
                    for (int i = 0; i < n; i++) {
                        if (buffer.get(i) == '\n') {
                            long split = at + i + 1;
                            return split < fileSize ? split : -1;
                        }
                    }
                    at += n;
                }
            }
            return -1;
        }

        ImportedTable result() {
            return first.result();
        }

        private int[] columnsRead() {
            int[] out = new int[width];
            int k = 0;
            for (int c = 0; c < width; c++) {
                if (read[c]) {
                    out[k++] = c;
                }
            }
            return Arrays.copyOf(out, k);
        }

        private int[] columnsWhere(boolean strictRole) {
            int[] out = new int[width];
            int k = 0;
            for (int c = 0; c < width; c++) {
                if (read[c] && roles.get(c).isStrict() == strictRole) {
                    out[k++] = c;
                }
            }
            return Arrays.copyOf(out, k);
        }

        private String text(byte[] b, int s, int e) {
            String v = new String(b, s, e - s, format.charset());
            return v.length() > MAX_VALUE_CHARS ? v.substring(0, MAX_VALUE_CHARS) + "…" : v;
        }

        /** The rows of one part of the file, in columns of their own. */
        private final class Part {
            /** The second part: it stops at a value that does not fit its column, and its lines count from the split. */
            final boolean later;
            final ColumnSink[] sinks = new ColumnSink[width];
            final DateFormats.Evidence[] evidence = new DateFormats.Evidence[width];
            final RejectionLog rejections = new RejectionLog();
            long rowsRead;
            long rowsKept;
            boolean dirty;

            // The second part's state, read by the first part once the worker has finished.
            volatile boolean stop;
            volatile long bytesRead;
            boolean completed;
            boolean failed;
            /** Written once the line is: the first part looks at it before the worker has finished. */
            volatile long firstRecordStart = -1;
            long firstRecordLine;

            Part(boolean later) {
                this.later = later;
                for (int c = 0; c < width; c++) {
                    evidence[c] = later ? profiles[c].evidence.copy() : profiles[c].evidence;
                    // a column not read has no sink: its fields are only split off
                    if (read[c]) {
                        sinks[c] = ColumnSink.create(names.get(c), plans[c], decoder, evidence[c], options.missingWords());
                    }
                }
            }

            /** The second part's work, on its own thread: from {@code split} to the end, or to the first misfit. */
            void readFrom(long split) {
                try (InputStream in = openAt(split);
                     DelimitedReader reader = new DelimitedReader(in, 0, format.delimiter(), format.quote())) {
                    while (!stop && reader.next()) {
                        if (firstRecordStart < 0) {
                            firstRecordLine = reader.line();
                            firstRecordStart = split + reader.recordStart();
                        }
                        rowsRead++;
                        if (rowsRead % CHECK_EVERY == 0) {
                            bytesRead = reader.position();
                        }
                        if (!readRow(reader)) {
                            failed = true;
                            return;
                        }
                    }
                    completed = !stop;
                } catch (Throwable e) {
                    // The first part reads these rows again and meets the problem itself, if it is real.
                    failed = true;
                    LOG.debug("{}: second part stopped: {}", file.getFileName(), e.toString());
                }
            }

            private InputStream openAt(long offset) throws IOException {
                FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
                try {
                    channel.position(offset);
                    return Channels.newInputStream(channel);
                } catch (IOException | RuntimeException e) {
                    channel.close();
                    throw e;
                }
            }

            /** Adds the rows of the part that followed this one; its lines are {@code lineOffset} further down. */
            void absorb(Part second, long lineOffset) {
                for (int c : kept) {
                    sinks[c].appendAll(second.sinks[c]);
                    evidence[c].absorb(second.evidence[c]);
                }
                rejections.absorb(second.rejections, lineOffset);
                rowsRead += second.rowsRead;
                rowsKept += second.rowsKept;
            }

            /** Reads the current record; false only in the second part, at a value that does not fit. */
            boolean readRow(DelimitedReader reader) {
                int n = reader.fieldCount();
                if (reader.unclosedQuote()) {
                    long last = Math.max(reader.line(), reader.unclosedQuoteLastLine());
                    rejections.reject(last > reader.line()
                                    ? "unclosed quote (it takes lines " + reader.line() + "–" + last
                                    + " to the end of the file as one row)" : "unclosed quote",
                            reader.line(), 0, null,
                            reader.recordText(format.charset(), MAX_VALUE_CHARS));
                    return true;
                }
                if (n != width && !(n == width + 1 && reader.start(width) == reader.end(width))) {
                    String reason = (n < width ? "too few fields" : "too many fields")
                            + " (expected " + width + ", found " + n + ")";
                    rejections.reject(reason, reader.line(), 0, null, reader.recordText(format.charset(), MAX_VALUE_CHARS));
                    return true;
                }
                byte[] b = reader.buffer();
                for (int c : strict) {
                    int s = reader.start(c);
                    int e = reader.end(c);
                    if (!sinks[c].stage(b, s, e)) {
                        if (later) {
                            return false;
                        }
                        if (!widen(c, b, s, e, reader.line())) {
                            String what = plans[c].layout() != null ? "date" : "number";
                            rejections.reject("unparseable " + what + " in " + names.get(c), reader.line(), c + 1,
                                    names.get(c), text(b, s, e));
                            return true;
                        }
                    }
                }
                for (int c : lenient) {
                    int s = reader.start(c);
                    int e = reader.end(c);
                    if (!sinks[c].stage(b, s, e)) {
                        if (later) {
                            return false;
                        }
                        if (!widen(c, b, s, e, reader.line())) {
                            // Cannot happen (text takes every value); keep the row rather than lose it.
                            plans[c] = plans[c].id() ? ColumnPlan.ID : ColumnPlan.TEXT;
                            sinks[c] = ColumnSink.create(names.get(c), plans[c], decoder, profiles[c].evidence, options.missingWords());
                            sinks[c].stage(b, s, e);
                            dirty = true;
                        }
                    }
                }
                for (int c : kept) {
                    sinks[c].commit();
                }
                rowsKept++;
                return true;
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
                ColumnSink sink = ColumnSink.create(names.get(c), next, decoder, trial.evidence, options.missingWords());
                if (!sink.stage(b, s, e)) {
                    return false;
                }
                LOG.debug("{}: column {} becomes {} at line {}", file.getFileName(), names.get(c), next.type(), line);
                profiles[c] = trial;
                plans[c] = next;
                sinks[c] = sink;
                evidence[c] = trial.evidence;
                dirty = true;
                return true;
            }

            ImportedTable result() {
                List<Column<?>> columns = new ArrayList<>(width);
                List<ColumnInfo> infos = new ArrayList<>(width);
                long withoutId = 0;
                boolean idSeen = false;
                for (int c : kept) {
                    Column<?> column = sinks[c].column();
                    columns.add(column);
                    DateFormats.Layout layout = plans[c].layout();
                    String pattern = layout == null ? null : layout.pattern(profiles[c].evidence);
                    infos.add(new ColumnInfo(names.get(c), c, plans[c].type(), roles.get(c), pattern, sinks[c].missing()));
                    if (roles.get(c) == ColumnRole.CUSTOMER_ID && !idSeen) {
                        idSeen = true;
                        withoutId = sinks[c].missing();
                    }
                    addColumnNotes(c);
                    ImplausibleValues.note(names.get(c), roles.get(c), column, java.time.LocalDate.now())
                            .ifPresent(notes::add);
                }
                missingWordsNote();
                Table table = Table.create(file.getFileName().toString(), columns);
                char delimiter = (char) format.delimiter();
                if (delimiter == ' ') {
                    notes.add(0, "Fields are separated by runs of spaces.");
                }
                ImportReport report = new ImportReport(file, format.charset().name(), delimiter, header, rowsRead,
                        rowsKept, rejections.rejections(), withoutId, infos, notes);
                LOG.info("{}: {} read, {} kept, {} column{}", file.getFileName(), rowsRead == 1 ? "1 row" : rowsRead + " rows",
                        rowsKept, width, width == 1 ? "" : "s");
                return new ImportedTable(table, report);
            }

            /** Which missing-value words were read as missing, and how often, in every column together. */
            private void missingWordsNote() {
                List<String> words = options.missingWords().words();
                long[] counts = new long[words.size()];
                for (int c : kept) {
                    long[] here = sinks[c].wordCounts();
                    for (int w = 0; w < counts.length && w < here.length; w++) {
                        counts[w] += here[w];
                    }
                }
                List<String> seen = new ArrayList<>();
                long total = 0;
                for (int w = 0; w < counts.length; w++) {
                    if (counts[w] > 0) {
                        seen.add(words.get(w) + " " + String.format(java.util.Locale.ROOT, "%,d", counts[w]));
                        total += counts[w];
                    }
                }
                if (total > 0) {
                    notes.add(String.format(java.util.Locale.ROOT,
                            "%,d values read as missing because they are missing-value words (%s); "
                                    + "the words can be changed in the import settings.", total, String.join(", ", seen)));
                }
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
