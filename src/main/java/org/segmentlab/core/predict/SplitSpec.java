package org.segmentlab.core.predict;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * How the labelled rows are cut into a training part and a test part.
 *
 * @param kind         stratified random hold-out, chronological, or none (train on every row)
 * @param testFraction share of each class held out (stratified only), in (0, 1)
 * @param dateColumn   the column holding each row's date (chronological only)
 * @param cutoff       rows dated before it train the model, rows on or after it test it (chronological only)
 */
public record SplitSpec(Kind kind, double testFraction, String dateColumn, LocalDate cutoff) {

    /** The two ways of holding out a test part. */
    public enum Kind {
        STRATIFIED,
        CHRONOLOGICAL,
        /** No hold-out: the model trains on every row and has no test metrics. */
        NONE
    }

    public SplitSpec {
        Objects.requireNonNull(kind, "kind");
        if (kind == Kind.STRATIFIED && !(testFraction > 0 && testFraction < 1)) {
            throw new IllegalArgumentException("the test fraction must be between 0 and 1, not " + testFraction);
        }
        if (kind == Kind.CHRONOLOGICAL && (dateColumn == null || dateColumn.isBlank() || cutoff == null)) {
            throw new IllegalArgumentException("a chronological split needs a date column and a cutoff date");
        }
    }

    public static SplitSpec stratified(double testFraction) {
        return new SplitSpec(Kind.STRATIFIED, testFraction, null, null);
    }

    /** Every row trains the model; nothing is held out. */
    public static SplitSpec none() {
        return new SplitSpec(Kind.NONE, 0, null, null);
    }

    public static SplitSpec chronological(String dateColumn, LocalDate cutoff) {
        return new SplitSpec(Kind.CHRONOLOGICAL, 0, dateColumn, cutoff);
    }

    /**
     * Reads {@code none}, {@code stratified}, {@code stratified:0.2} or {@code time:COLUMN:yyyy-MM-dd} (the column
     * name may itself hold colons: the date is what follows the last one).
     */
    public static SplitSpec parse(String text) {
        String t = text.trim();
        if (t.equalsIgnoreCase("none")) {
            return none();
        }
        if (t.equalsIgnoreCase("stratified")) {
            return stratified(0.2);
        }
        if (t.regionMatches(true, 0, "stratified:", 0, 11)) {
            String fraction = t.substring(11).trim();
            try {
                return stratified(Double.parseDouble(fraction));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("split '" + text + "': '" + fraction + "' is not a fraction like 0.2",
                        e);
            }
        }
        if (t.regionMatches(true, 0, "time:", 0, 5)) {
            String rest = t.substring(5);
            int colon = rest.lastIndexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException("split '" + text + "': expected time:COLUMN:yyyy-MM-dd");
            }
            String date = rest.substring(colon + 1).trim();
            try {
                return chronological(rest.substring(0, colon).trim(), LocalDate.parse(date));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("split '" + text + "': '" + date + "' is not a yyyy-MM-dd date", e);
            }
        }
        throw new IllegalArgumentException("split '" + text + "': expected none, stratified:FRACTION or time:COLUMN:yyyy-MM-dd");
    }

    /** The split as the user would write it. */
    public String describe() {
        switch (kind) {
            case STRATIFIED:
                return "stratified:" + testFraction;
            case NONE:
                return "none";
            default:
                return "time:" + dateColumn + ":" + cutoff;
        }
    }
}
