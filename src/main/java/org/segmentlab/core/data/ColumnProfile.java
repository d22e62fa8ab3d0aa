package org.segmentlab.core.data;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What the values of one column have shown so far: which types every value fits, and a few facts
 * for role guessing and notes. It starts from a sample and grows only when a later value does not
 * fit the column's type, so the type can widen (integer to decimal, anything to text) while the
 * file is read.
 */
final class ColumnProfile {

    private static final int DISTINCT_LIMIT = 3;

    long values;
    boolean allBoolean = true;
    boolean allIntegers = true;
    boolean allNumbers = true;
    boolean leadingZeros;
    boolean numbersAllIntegers = true;
    boolean allCompactDates = true;
    boolean allEpochSeconds = true;
    boolean allEpochMillis = true;
    boolean allDates = true;
    boolean dateShapeKnown;
    byte dateSeparator;
    boolean dateYearFirst;
    DateFormats.Evidence evidence = new DateFormats.Evidence();
    /** Values that are numbers, and values that are dates in the column's first date layout. */
    long numbers;
    long dates;
    String firstOther;
    long firstOtherLine;
    final List<String> distinct = new ArrayList<>(DISTINCT_LIMIT);
    boolean manyDistinct;

    private final DateFormats.Parts parts = new DateFormats.Parts();

    /** Takes one present value (not empty, not a missing-value word). */
    void accept(byte[] b, int s, int e, long line) {
        values++;
        trackDistinct(b, s, e);
        if (allBoolean && BooleanWords.parse(b, s, e) == BooleanWords.NOT_A_BOOLEAN) {
            allBoolean = false;
        }
        int kind = Numbers.kind(b, s, e);
        if ((kind & Numbers.DECIMAL) != 0) {
            numbers++;
            leadingZeros |= (kind & Numbers.LEADING_ZERO) != 0;
            numbersAllIntegers &= (kind & Numbers.INTEGER) != 0;
        } else {
            allNumbers = false;
        }
        if ((kind & Numbers.INTEGER) == 0) {
            allIntegers = false;
        }
        allCompactDates = allCompactDates && (kind & Numbers.INTEGER) != 0 && DateFormats.readCompact(b, s, e, parts);
        allEpochSeconds = allEpochSeconds && (kind & Numbers.INTEGER) != 0
                && DateFormats.readEpoch(b, s, e, false, parts);
        allEpochMillis = allEpochMillis && (kind & Numbers.INTEGER) != 0
                && DateFormats.readEpoch(b, s, e, true, parts);
        boolean isDate = DateFormats.readSeparated(b, s, e, parts);
        if (isDate && !dateShapeKnown) {
            dateShapeKnown = true;
            dateSeparator = parts.separator;
            dateYearFirst = parts.yearFirst;
        }
        if (isDate && (parts.separator != dateSeparator || parts.yearFirst != dateYearFirst
                || (parts.yearFirst && !DateFormats.isValidDate(parts.year, parts.month, parts.day)))) {
            isDate = false;
        }
        if (isDate) {
            dates++;
            evidence.see(parts, b, s, e);
            if (!dateYearFirst && !evidence.monthFirstPossible && !evidence.dayFirstPossible) {
                allDates = false;
            }
        } else {
            allDates = false;
        }
        if (firstOther == null && (kind & Numbers.DECIMAL) == 0 && !isDate) {
            firstOther = new String(b, s, e - s, StandardCharsets.UTF_8);
            firstOtherLine = line;
        }
    }

    private void trackDistinct(byte[] b, int s, int e) {
        if (manyDistinct) {
            return;
        }
        String v = new String(b, s, e - s, StandardCharsets.UTF_8);
        if (!distinct.contains(v)) {
            if (distinct.size() == DISTINCT_LIMIT) {
                manyDistinct = true;
            } else {
                distinct.add(v);
            }
        }
    }

    /** More than half the values are numbers: enough for a quantity or amount whose odd values are rejected. */
    boolean mostlyNumbers() {
        return numbers * 2 > values;
    }

    /** More than half the values are dates of one layout. */
    boolean mostlyDates() {
        return dates * 2 > values;
    }

    /** At most two different values: a yes/no kind of column. */
    boolean isBinary() {
        return values > 0 && !manyDistinct && distinct.size() <= 2;
    }

    ColumnProfile copy() {
        ColumnProfile c = new ColumnProfile();
        c.values = values;
        c.allBoolean = allBoolean;
        c.allIntegers = allIntegers;
        c.allNumbers = allNumbers;
        c.leadingZeros = leadingZeros;
        c.numbersAllIntegers = numbersAllIntegers;
        c.allCompactDates = allCompactDates;
        c.allEpochSeconds = allEpochSeconds;
        c.allEpochMillis = allEpochMillis;
        c.allDates = allDates;
        c.dateShapeKnown = dateShapeKnown;
        c.dateSeparator = dateSeparator;
        c.dateYearFirst = dateYearFirst;
        c.evidence = evidence.copy();
        c.numbers = numbers;
        c.dates = dates;
        c.firstOther = firstOther;
        c.firstOtherLine = firstOtherLine;
        c.distinct.addAll(distinct);
        c.manyDistinct = manyDistinct;
        return c;
    }
}
