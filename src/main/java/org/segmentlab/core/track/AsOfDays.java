package org.segmentlab.core.track;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.segmentlab.core.features.CustomerTableSources;

/**
 * The days snapshots are taken as of: a list {@code 2011-06-04,2011-12-10}, or a monthly range
 * {@code monthly:2011-01-01..2011-12-01} (the first day, then the same day of each following month up
 * to the last day; a day beyond a month's end falls on the month's last day).
 */
public final class AsOfDays {

    public static final String MONTHLY = "monthly:";
    /** More snapshots than this are refused: a typing slip, not an analysis. */
    public static final int MAX_DAYS = 400;

    private AsOfDays() {
    }

    /**
     * The days in order, without repeats.
     *
     * @throws IllegalArgumentException naming what is wrong with the text
     */
    public static List<LocalDate> parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("no as-of day given");
        }
        String t = text.strip();
        TreeSet<LocalDate> days = new TreeSet<>();
        if (t.toLowerCase(Locale.ROOT).startsWith(MONTHLY)) {
            String range = t.substring(MONTHLY.length()).strip();
            String[] parts = range.split("\\.\\.");
            if (parts.length != 2) {
                throw new IllegalArgumentException("'" + text + "' is not of the form monthly:yyyy-MM-dd..yyyy-MM-dd");
            }
            LocalDate first = day(parts[0]);
            LocalDate last = day(parts[1]);
            if (last.isBefore(first)) {
                throw new IllegalArgumentException("the monthly range ends (" + last + ") before it starts (" + first + ")");
            }
            for (int m = 0; ; m++) {
                LocalDate d = first.plusMonths(m);
                if (d.isAfter(last)) {
                    break;
                }
                days.add(d);
                if (days.size() > MAX_DAYS) {
                    throw new IllegalArgumentException("more than " + MAX_DAYS + " as-of days");
                }
            }
        } else {
            for (String part : t.split(",")) {
                if (!part.isBlank()) {
                    days.add(day(part));
                }
            }
            if (days.size() > MAX_DAYS) {
                throw new IllegalArgumentException("more than " + MAX_DAYS + " as-of days");
            }
        }
        if (days.isEmpty()) {
            throw new IllegalArgumentException("no as-of day given");
        }
        return new ArrayList<>(days);
    }

    /** Monthly snapshots chosen from the data at most. */
    public static final int AUTOMATIC_MONTHS = 24;

    /**
     * Monthly days chosen from the data: the first day of each month from the month after the first
     * record up to the day after the last record (the last {@value #AUTOMATIC_MONTHS} of them at most), as
     * {@code monthly:FROM..TO}.
     *
     * @throws IllegalArgumentException when the records do not span two such days
     */
    public static String monthlyOver(CustomerTableSources sources) {
        CustomerTableSources.TimeSpan span = sources.timeSpan().orElseThrow(
                () -> new IllegalArgumentException("no record has a date to take snapshots from"));
        LocalDate from = span.firstDay().withDayOfMonth(1).plusMonths(1);
        LocalDate end = span.lastDay().plusDays(1);
        LocalDate latestStart = end.withDayOfMonth(1).minusMonths(AUTOMATIC_MONTHS - 1);
        if (from.isBefore(latestStart)) {
            from = latestStart;
        }
        LocalDate to = end.withDayOfMonth(1);
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("the records run from " + span.firstDay() + " to " + span.lastDay()
                    + ": too short for monthly snapshots; give the snapshot days");
        }
        return MONTHLY + from + ".." + to;
    }

    private static LocalDate day(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text.strip() + "' is not a day of the form yyyy-MM-dd");
        }
    }
}
