package org.segmentlab.core.data;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.columns.Column;
import tech.tablesaw.columns.dates.PackedLocalDate;
import tech.tablesaw.columns.times.PackedLocalTime;

/**
 * Parses one column's field bytes and appends the values to a Tablesaw column. A row is first
 * {@link #stage staged} in every column, and only {@link #commit committed} once no strict column
 * refused it, so a rejected row leaves no trace in any column.
 */
abstract class ColumnSink {

    protected boolean stagedMissing;
    private long missing;
    /** The missing-value words of the file and how often each was read as missing in this column. */
    protected MissingWords missingWords = MissingWords.DEFAULT;
    private long[] wordCounts = new long[MissingWords.DEFAULT.words().size()];
    private int stagedWord = MissingWords.NOT_A_WORD;

    /**
     * Reads the value of the current row. False when the value does not fit this column's type;
     * empty values (and missing-value words in typed columns) fit every type as missing values.
     */
    abstract boolean stage(byte[] b, int s, int e);

    /** Appends the staged value. */
    final void commit() {
        if (stagedMissing) {
            missing++;
            if (stagedWord >= 0) {
                wordCounts[stagedWord]++;
            }
            appendMissing();
        } else {
            appendStaged();
        }
    }

    protected abstract void appendStaged();

    protected abstract void appendMissing();

    abstract Column<?> column();

    long missing() {
        return missing;
    }

    /** Is the field (from s to e) missing: empty or a missing-value word? Remembers which word it was. */
    protected final boolean stageMissing(byte[] b, int s, int e) {
        stagedWord = missingWords.indexOf(b, s, e);
        return stagedWord != MissingWords.NOT_A_WORD;
    }

    /** How often each missing-value word was read as missing here, in the order of the words. */
    long[] wordCounts() {
        return wordCounts;
    }

    private ColumnSink withWords(MissingWords words) {
        this.missingWords = words;
        this.wordCounts = new long[words.words().size()];
        return this;
    }

    /**
     * Appends every row of {@code later}, a sink of the same plan that read the rows after this one's
     * (the second part of a file read in two parts).
     */
    final void appendAll(ColumnSink later) {
        missing += later.missing;
        for (int i = 0; i < wordCounts.length && i < later.wordCounts.length; i++) {
            wordCounts[i] += later.wordCounts[i];
        }
        appendRowsOf(later);
    }

    /** Appends {@code later}'s rows, missing values included; {@code later} is of this sink's class. */
    protected abstract void appendRowsOf(ColumnSink later);

    static ColumnSink create(String name, ColumnPlan plan, TextDecoder decoder, DateFormats.Evidence evidence,
                             MissingWords words) {
        return create(name, plan, decoder, evidence).withWords(words);
    }

    static ColumnSink create(String name, ColumnPlan plan, TextDecoder decoder, DateFormats.Evidence evidence) {
        switch (plan.type()) {
            case INTEGER:
                return new LongSink(name, plan.numbersAsCodes());
            case DECIMAL:
                return new DoubleSink(name, plan.numbersAsCodes());
            case BOOLEAN:
                return new BooleanSink(name);
            case DATE:
                return new DateSink(name, plan.layout(), evidence);
            case DATE_TIME:
                return new DateTimeSink(name, plan.layout(), evidence);
            default:
                return new TextSink(name, decoder, plan.id());
        }
    }

    /** True when the number starts with a zero followed by a digit ({@code 007}). */
    static boolean hasLeadingZero(byte[] b, int s, int e) {
        int i = s < e && (b[s] == '-' || b[s] == '+') ? s + 1 : s;
        return i + 1 < e && b[i] == '0' && Numbers.isDigit(b[i + 1]);
    }

    /** A typed column: empty fields and missing-value words (NA, NULL, ...) are missing values. */
    abstract static class TypedSink extends ColumnSink {

        @Override
        final boolean stage(byte[] b, int s, int e) {
            stagedMissing = stageMissing(b, s, e);
            return stagedMissing || stageValue(b, s, e);
        }

        /** Reads a value that is not missing; false when it does not fit the column's type. */
        abstract boolean stageValue(byte[] b, int s, int e);
    }

    static final class LongSink extends TypedSink {
        private final LongColumn column;
        private final Numbers numbers = new Numbers();
        private final boolean codesAreText;
        private long value;

        LongSink(String name, boolean codesAreText) {
            this.column = LongColumn.create(name);
            this.codesAreText = codesAreText;
        }

        @Override
        boolean stageValue(byte[] b, int s, int e) {
            if (codesAreText && hasLeadingZero(b, s, e)) {
                return false;
            }
            value = numbers.parseLong(b, s, e);
            return !numbers.failed();
        }

        @Override
        protected void appendStaged() {
            column.append(value);
        }

        @Override
        protected void appendMissing() {
            column.appendMissing();
        }

        @Override
        protected void appendRowsOf(ColumnSink later) {
            LongColumn rows = ((LongSink) later).column;
            for (int i = 0; i < rows.size(); i++) {
                // the raw value: a missing value is its sentinel and stays missing
                column.append(rows.getLong(i));
            }
        }

        @Override
        Column<?> column() {
            return column;
        }
    }

    static final class DoubleSink extends TypedSink {
        private final DoubleColumn column;
        private final Numbers numbers = new Numbers();
        private final boolean codesAreText;
        private double value;

        DoubleSink(String name, boolean codesAreText) {
            this.column = DoubleColumn.create(name);
            this.codesAreText = codesAreText;
        }

        @Override
        boolean stageValue(byte[] b, int s, int e) {
            if (codesAreText && hasLeadingZero(b, s, e)) {
                return false;
            }
            value = numbers.parseDouble(b, s, e);
            return !numbers.failed();
        }

        @Override
        protected void appendStaged() {
            column.append(value);
        }

        @Override
        protected void appendMissing() {
            column.appendMissing();
        }

        @Override
        protected void appendRowsOf(ColumnSink later) {
            DoubleColumn rows = ((DoubleSink) later).column;
            for (int i = 0; i < rows.size(); i++) {
                column.append(rows.getDouble(i));
            }
        }

        @Override
        Column<?> column() {
            return column;
        }
    }

    static final class BooleanSink extends TypedSink {
        private final BooleanColumn column;
        private boolean value;

        BooleanSink(String name) {
            this.column = BooleanColumn.create(name);
        }

        @Override
        boolean stageValue(byte[] b, int s, int e) {
            int v = BooleanWords.parse(b, s, e);
            value = v == 1;
            return v != BooleanWords.NOT_A_BOOLEAN;
        }

        @Override
        protected void appendStaged() {
            column.append(value);
        }

        @Override
        protected void appendMissing() {
            column.appendMissing();
        }

        @Override
        protected void appendRowsOf(ColumnSink later) {
            BooleanColumn rows = ((BooleanSink) later).column;
            for (int i = 0; i < rows.size(); i++) {
                column.append(rows.getByte(i));
            }
        }

        @Override
        Column<?> column() {
            return column;
        }
    }

    static final class DateSink extends TypedSink {
        private final DateColumn column;
        private final DateFormats.Layout layout;
        private final DateFormats.Evidence evidence;
        private final DateFormats.Parts parts = new DateFormats.Parts();
        private int value;

        DateSink(String name, DateFormats.Layout layout, DateFormats.Evidence evidence) {
            this.column = DateColumn.create(name);
            this.layout = layout;
            this.evidence = evidence;
        }

        @Override
        boolean stageValue(byte[] b, int s, int e) {
            if (!layout.read(b, s, e, parts, evidence) || parts.hasTime) {
                return false;
            }
            value = PackedLocalDate.pack(parts.year, parts.month, parts.day);
            return true;
        }

        @Override
        protected void appendStaged() {
            column.appendInternal(value);
        }

        @Override
        protected void appendMissing() {
            column.appendMissing();
        }

        @Override
        protected void appendRowsOf(ColumnSink later) {
            DateColumn rows = ((DateSink) later).column;
            for (int i = 0; i < rows.size(); i++) {
                column.appendInternal(rows.getIntInternal(i));
            }
        }

        @Override
        Column<?> column() {
            return column;
        }
    }

    static final class DateTimeSink extends TypedSink {
        private final DateTimeColumn column;
        private final DateFormats.Layout layout;
        private final DateFormats.Evidence evidence;
        private final DateFormats.Parts parts = new DateFormats.Parts();
        private long value;

        DateTimeSink(String name, DateFormats.Layout layout, DateFormats.Evidence evidence) {
            this.column = DateTimeColumn.create(name);
            this.layout = layout;
            this.evidence = evidence;
        }

        @Override
        boolean stageValue(byte[] b, int s, int e) {
            if (!layout.read(b, s, e, parts, evidence)) {
                return false;
            }
            int date = PackedLocalDate.pack(parts.year, parts.month, parts.day);
            int time = PackedLocalTime.of(parts.hour, parts.minute, parts.second0, parts.millis);
            value = ((long) date << 32) | (time & 0xFFFFFFFFL);
            return true;
        }

        @Override
        protected void appendStaged() {
            column.appendInternal(value);
        }

        @Override
        protected void appendMissing() {
            column.appendMissing();
        }

        @Override
        protected void appendRowsOf(ColumnSink later) {
            DateTimeColumn rows = ((DateTimeSink) later).column;
            for (int i = 0; i < rows.size(); i++) {
                column.appendInternal(rows.getLongInternal(i));
            }
        }

        @Override
        Column<?> column() {
            return column;
        }
    }

    /**
     * Text and ids. An empty field and a missing-value word are missing, as in every column.
     * Rows keep the code of their value and the column is made at the end (see {@link CodedTextColumn});
     * a column with more distinct values than the pool takes switches to appending Strings.
     */
    static final class TextSink extends ColumnSink {
        private final String name;
        private final TextDecoder decoder;
        private final StringPool pool;
        private final boolean id;
        private int[] codes = new int[4096];
        private int rows;
        /** The column once made, or once the pool is full: then values are appended one by one. */
        private StringColumn column;
        private int stagedCode;
        private String stagedValue;
        private String shortenedExample;

        TextSink(String name, TextDecoder decoder, boolean id) {
            this(name, decoder, id, StringPool.MAX_ENTRIES);
        }

        /** With a pool of at most {@code distinctValues} values, so tests reach its limit. */
        TextSink(String name, TextDecoder decoder, boolean id, int distinctValues) {
            this.name = name;
            this.decoder = decoder;
            this.pool = new StringPool(decoder, distinctValues);
            this.id = id;
        }

        @Override
        boolean stage(byte[] b, int s, int e) {
            stagedMissing = stageMissing(b, s, e);
            if (stagedMissing) {
                return true;
            }
            int end = id ? CustomerIds.normalisedEnd(b, s, e) : e;
            if (end != e && shortenedExample == null) {
                shortenedExample = new String(b, s, e - s, StandardCharsets.ISO_8859_1);
            }
            stagedMissing = end == s;
            if (!stagedMissing) {
                stagedCode = pool.code(b, s, end);
                stagedValue = stagedCode == StringPool.NOT_POOLED ? decoder.decode(b, s, end) : null;
            }
            return true;
        }

        /** The first id written as a decimal ({@code 17850.0}) and shortened, or null. */
        String shortenedExample() {
            return shortenedExample;
        }

        @Override
        protected void appendStaged() {
            if (column == null && stagedCode != StringPool.NOT_POOLED) {
                addCode(stagedCode);
                return;
            }
            if (column == null) {
                switchToStrings();
            }
            column.append(stagedValue != null ? stagedValue : pool.value(stagedCode));
        }

        @Override
        protected void appendMissing() {
            if (column == null) {
                addCode(CodedTextColumn.MISSING);
            } else {
                column.appendMissing();
            }
        }

        private void addCode(int code) {
            if (rows == codes.length) {
                codes = Arrays.copyOf(codes, codes.length + (codes.length >> 1));
            }
            codes[rows++] = code;
        }

        /**
         * The later sink's values get this pool's codes; a value the full pool does not take switches
         * this sink to Strings, as reading the rows here would have.
         */
        @Override
        protected void appendRowsOf(ColumnSink laterSink) {
            TextSink later = (TextSink) laterSink;
            if (shortenedExample == null) {
                shortenedExample = later.shortenedExample;
            }
            if (column == null && later.column == null) {
                int[] codeHere = new int[later.pool.size()];
                boolean allPooled = true;
                for (int k = 0; k < codeHere.length && allPooled; k++) {
                    codeHere[k] = pool.codeOf(later.pool, k);
                    allPooled = codeHere[k] != StringPool.NOT_POOLED;
                }
                if (allPooled) {
                    for (int r = 0; r < later.rows; r++) {
                        int code = later.codes[r];
                        addCode(code == CodedTextColumn.MISSING ? code : codeHere[code]);
                    }
                    return;
                }
            }
            if (column == null) {
                switchToStrings();
            }
            if (later.column == null) {
                for (int r = 0; r < later.rows; r++) {
                    int code = later.codes[r];
                    if (code == CodedTextColumn.MISSING) {
                        column.appendMissing();
                    } else {
                        column.append(later.pool.value(code));
                    }
                }
            } else {
                StringColumn rows = later.column;
                for (int i = 0; i < rows.size(); i++) {
                    if (rows.isMissing(i)) {
                        column.appendMissing();
                    } else {
                        column.append(rows.get(i));
                    }
                }
            }
        }

        private void switchToStrings() {
            column = StringColumn.create(name);
            for (int r = 0; r < rows; r++) {
                if (codes[r] == CodedTextColumn.MISSING) {
                    column.appendMissing();
                } else {
                    column.append(pool.value(codes[r]));
                }
            }
            codes = null;
        }

        @Override
        Column<?> column() {
            if (column == null) {
                column = CodedTextColumn.build(name, codes, rows, pool);
                codes = null;
            }
            return column;
        }
    }
}
