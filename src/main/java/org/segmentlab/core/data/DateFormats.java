package org.segmentlab.core.data;

/**
 * The date and date-time layouts the importer recognises, read straight from field bytes:
 * <ul>
 *   <li>year first: {@code 2010-12-01}, {@code 2010-12-01 08:26}, {@code 2010-12-01 08:26:00},
 *       {@code 2010-12-01T08:26:00.000Z}, also with {@code /} or {@code .};</li>
 *   <li>year last: {@code 12/1/2010 8:26}, {@code 01/12/2010}, {@code 21-08-2013}, {@code 21.08.2013},
 *       day or month first (decided from the data, see {@link Evidence}), optionally with AM/PM;</li>
 *   <li>{@code yyyyMMdd} as an 8-digit number, epoch seconds (10 digits) and epoch milliseconds (13 digits).</li>
 * </ul>
 */
final class DateFormats {

    private DateFormats() {
    }

    /** How the date part is written. */
    enum Kind { SEPARATED, COMPACT, EPOCH_SECONDS, EPOCH_MILLIS }

    /** Order of the parts of a separated date. */
    enum Order { YMD, MDY, DMY }

    /** One column's layout: enough to parse every value of it. */
    record Layout(Kind kind, byte separator, Order order) {

        static final Layout COMPACT = new Layout(Kind.COMPACT, (byte) 0, Order.YMD);
        static final Layout EPOCH_SECONDS = new Layout(Kind.EPOCH_SECONDS, (byte) 0, Order.YMD);
        static final Layout EPOCH_MILLIS = new Layout(Kind.EPOCH_MILLIS, (byte) 0, Order.YMD);

        boolean yearLast() {
            return kind == Kind.SEPARATED && order != Order.YMD;
        }

        Layout withOrder(Order newOrder) {
            return new Layout(kind, separator, newOrder);
        }

        /**
         * Reads one value into {@code out}; false when it does not fit this layout or is not a real
         * date. Records what it saw in {@code evidence} (may be null).
         */
        boolean read(byte[] b, int s, int e, Parts out, Evidence evidence) {
            switch (kind) {
                case COMPACT:
                    return readCompact(b, s, e, out);
                case EPOCH_SECONDS:
                case EPOCH_MILLIS:
                    return readEpoch(b, s, e, kind == Kind.EPOCH_MILLIS, out);
                default:
                    if (!readSeparated(b, s, e, out) || out.separator != separator
                            || out.yearFirst != (order == Order.YMD)) {
                        return false;
                    }
                    if (evidence != null) {
                        evidence.see(out, b, s, e);
                    }
                    return out.resolve(order);
            }
        }

        /** The {@link java.time.format.DateTimeFormatter} pattern that reads this column. */
        String pattern(Evidence ev) {
            switch (kind) {
                case COMPACT:
                    return "yyyyMMdd";
                case EPOCH_SECONDS:
                    return "epoch-seconds";
                case EPOCH_MILLIS:
                    return "epoch-millis";
                default:
                    break;
            }
            String sep = String.valueOf((char) separator);
            String m = ev.oneDigitMonthOrDay ? "M" : "MM";
            String d = ev.oneDigitMonthOrDay ? "d" : "dd";
            String date;
            if (order == Order.YMD) {
                date = "yyyy" + sep + m + sep + d;
            } else if (order == Order.MDY) {
                date = m + sep + d + sep + "yyyy";
            } else {
                date = d + sep + m + sep + "yyyy";
            }
            if (!ev.anyTime) {
                return date;
            }
            String hour = ev.anyAmPm ? (ev.oneDigitHour ? "h" : "hh") : (ev.oneDigitHour ? "H" : "HH");
            String time = hour + ":mm";
            if (ev.anySeconds) {
                time += ev.anyNoSeconds ? "[:ss]" : ":ss";
            }
            if (ev.anyFraction) {
                time += "[.SSS]";
            }
            if (ev.anyAmPm) {
                time += " a";
            }
            if (ev.anyZone) {
                time += "['Z']";
            }
            String joined = date + (ev.tSeparator ? "'T'" : " ") + time;
            return ev.anyDateOnly ? date + "[" + (ev.tSeparator ? "'T'" : " ") + time + "]" : joined;
        }
    }

    /** The parts of one parsed value. */
    static final class Parts {
        int first;
        int second;
        int year;
        int month;
        int day;
        int hour;
        int minute;
        int second0;
        int millis;
        boolean hasTime;
        boolean hasSeconds;
        boolean hasFraction;
        boolean amPm;
        boolean tSeparator;
        boolean zone;
        boolean yearFirst;
        byte separator;
        int firstWidth;
        int secondWidth;
        int hourWidth;

        /** Puts first/second into month/day for the given order and checks the date is real. */
        boolean resolve(Order order) {
            if (order == Order.MDY) {
                month = first;
                day = second;
            } else if (order == Order.DMY) {
                day = first;
                month = second;
            }
            return isValidDate(year, month, day);
        }
    }

    /**
     * What a column's values showed: whether day-first and month-first are still possible, and the
     * widths and parts seen, from which the reported pattern is written.
     */
    static final class Evidence {
        boolean monthFirstPossible = true;
        boolean dayFirstPossible = true;
        String dayFirstExample;
        String monthFirstExample;
        boolean anyTime;
        boolean anyDateOnly;
        boolean anySeconds;
        boolean anyNoSeconds;
        boolean anyFraction;
        boolean anyAmPm;
        boolean anyZone;
        boolean tSeparator;
        boolean oneDigitMonthOrDay;
        boolean oneDigitHour;

        void see(Parts p, byte[] b, int s, int e) {
            if (p.hasTime) {
                anyTime = true;
                anySeconds |= p.hasSeconds;
                anyNoSeconds |= !p.hasSeconds;
                anyFraction |= p.hasFraction;
                anyAmPm |= p.amPm;
                anyZone |= p.zone;
                tSeparator |= p.tSeparator;
                oneDigitHour |= p.hourWidth == 1;
            } else {
                anyDateOnly = true;
            }
            oneDigitMonthOrDay |= p.firstWidth == 1 || p.secondWidth == 1;
            if (!p.yearFirst) {
                boolean mdy = isValidDate(p.year, p.first, p.second);
                boolean dmy = isValidDate(p.year, p.second, p.first);
                if (monthFirstPossible && !mdy) {
                    monthFirstPossible = false;
                    if (dmy) {
                        dayFirstExample = new String(b, s, e - s, java.nio.charset.StandardCharsets.ISO_8859_1);
                    }
                }
                if (dayFirstPossible && !dmy) {
                    dayFirstPossible = false;
                    if (mdy) {
                        monthFirstExample = new String(b, s, e - s, java.nio.charset.StandardCharsets.ISO_8859_1);
                    }
                }
            }
        }

        /**
         * Adds what {@code later} saw, a copy of this evidence as it was that then saw the values after
         * this one's: the result is what this would hold after seeing them all in order. A day-first
         * or month-first example is the first value that ruled the other order out.
         */
        void absorb(Evidence later) {
            if (monthFirstPossible && !later.monthFirstPossible) {
                monthFirstPossible = false;
                dayFirstExample = later.dayFirstExample;
            }
            if (dayFirstPossible && !later.dayFirstPossible) {
                dayFirstPossible = false;
                monthFirstExample = later.monthFirstExample;
            }
            anyTime |= later.anyTime;
            anyDateOnly |= later.anyDateOnly;
            anySeconds |= later.anySeconds;
            anyNoSeconds |= later.anyNoSeconds;
            anyFraction |= later.anyFraction;
            anyAmPm |= later.anyAmPm;
            anyZone |= later.anyZone;
            tSeparator |= later.tSeparator;
            oneDigitMonthOrDay |= later.oneDigitMonthOrDay;
            oneDigitHour |= later.oneDigitHour;
        }

        Evidence copy() {
            Evidence c = new Evidence();
            c.monthFirstPossible = monthFirstPossible;
            c.dayFirstPossible = dayFirstPossible;
            c.dayFirstExample = dayFirstExample;
            c.monthFirstExample = monthFirstExample;
            c.anyTime = anyTime;
            c.anyDateOnly = anyDateOnly;
            c.anySeconds = anySeconds;
            c.anyNoSeconds = anyNoSeconds;
            c.anyFraction = anyFraction;
            c.anyAmPm = anyAmPm;
            c.anyZone = anyZone;
            c.tSeparator = tSeparator;
            c.oneDigitMonthOrDay = oneDigitMonthOrDay;
            c.oneDigitHour = oneDigitHour;
            return c;
        }
    }

    /**
     * Reads a date with separators and an optional time. For year-last dates the first two parts stay
     * in {@code first}/{@code second} until {@link Parts#resolve} is told the order.
     */
    static boolean readSeparated(byte[] b, int s, int e, Parts o) {
        int p = s;
        int g1 = 0;
        int n1 = 0;
        while (p < e && n1 < 5 && Numbers.isDigit(b[p])) {
            g1 = g1 * 10 + (b[p++] - '0');
            n1++;
        }
        if (n1 == 0 || n1 > 4 || p >= e) {
            return false;
        }
        byte sep = b[p];
        if (sep != '-' && sep != '/' && sep != '.') {
            return false;
        }
        p++;
        int g2 = 0;
        int n2 = 0;
        while (p < e && n2 < 3 && Numbers.isDigit(b[p])) {
            g2 = g2 * 10 + (b[p++] - '0');
            n2++;
        }
        if (n2 == 0 || n2 > 2 || p >= e || b[p] != sep) {
            return false;
        }
        p++;
        int g3 = 0;
        int n3 = 0;
        while (p < e && n3 < 5 && Numbers.isDigit(b[p])) {
            g3 = g3 * 10 + (b[p++] - '0');
            n3++;
        }
        if (n1 == 4 && n3 >= 1 && n3 <= 2) {
            o.yearFirst = true;
            o.year = g1;
            o.month = g2;
            o.day = g3;
            o.first = g2;
            o.second = g3;
            o.firstWidth = n2;
            o.secondWidth = n3;
        } else if (n1 <= 2 && n3 == 4) {
            o.yearFirst = false;
            o.year = g3;
            o.first = g1;
            o.second = g2;
            o.firstWidth = n1;
            o.secondWidth = n2;
        } else {
            return false;
        }
        o.separator = sep;
        o.hasTime = false;
        o.hasSeconds = false;
        o.hasFraction = false;
        o.amPm = false;
        o.tSeparator = false;
        o.zone = false;
        o.hour = 0;
        o.minute = 0;
        o.second0 = 0;
        o.millis = 0;
        o.hourWidth = 0;
        if (p == e) {
            return true;
        }
        return readTime(b, p, e, o);
    }

    private static boolean readTime(byte[] b, int p, int e, Parts o) {
        if (b[p] == 'T') {
            o.tSeparator = true;
        } else if (b[p] != ' ') {
            return false;
        }
        p++;
        int h = 0;
        int nh = 0;
        while (p < e && nh < 3 && Numbers.isDigit(b[p])) {
            h = h * 10 + (b[p++] - '0');
            nh++;
        }
        if (nh == 0 || nh > 2 || p + 2 >= e || b[p] != ':' || !Numbers.isDigit(b[p + 1]) || !Numbers.isDigit(b[p + 2])) {
            return false;
        }
        int m = (b[p + 1] - '0') * 10 + (b[p + 2] - '0');
        p += 3;
        int sec = 0;
        int ms = 0;
        if (p < e && b[p] == ':') {
            if (p + 2 >= e || !Numbers.isDigit(b[p + 1]) || !Numbers.isDigit(b[p + 2])) {
                return false;
            }
            sec = (b[p + 1] - '0') * 10 + (b[p + 2] - '0');
            o.hasSeconds = true;
            p += 3;
            if (p < e && (b[p] == '.' || b[p] == ',')) {
                p++;
                int digits = 0;
                while (p < e && Numbers.isDigit(b[p])) {
                    if (digits < 3) {
                        ms = ms * 10 + (b[p] - '0');
                    }
                    digits++;
                    p++;
                }
                if (digits == 0) {
                    return false;
                }
                for (int k = digits; k < 3; k++) {
                    ms *= 10;
                }
                o.hasFraction = true;
            }
        }
        if (p < e && b[p] == ' ') {
            p++;
        }
        if (p + 1 < e && (b[p + 1] == 'M' || b[p + 1] == 'm')
                && (b[p] == 'A' || b[p] == 'a' || b[p] == 'P' || b[p] == 'p')) {
            if (h < 1 || h > 12) {
                return false;
            }
            boolean pm = b[p] == 'P' || b[p] == 'p';
            h = h % 12 + (pm ? 12 : 0);
            o.amPm = true;
            p += 2;
        }
        if (p < e && b[p] == 'Z') {
            o.zone = true;
            p++;
        } else if (p + 2 < e && b[p] == 'U' && b[p + 1] == 'T' && b[p + 2] == 'C') {
            o.zone = true;
            p += 3;
        }
        if (p != e || h > 23 || m > 59 || sec > 59) {
            return false;
        }
        o.hasTime = true;
        o.hour = h;
        o.minute = m;
        o.second0 = sec;
        o.millis = ms;
        o.hourWidth = nh;
        return true;
    }

    /** {@code yyyyMMdd} with a plausible year (1900..2100). */
    static boolean readCompact(byte[] b, int s, int e, Parts o) {
        if (e - s != 8) {
            return false;
        }
        int v = 0;
        for (int i = s; i < e; i++) {
            if (!Numbers.isDigit(b[i])) {
                return false;
            }
            v = v * 10 + (b[i] - '0');
        }
        int y = v / 10000;
        int m = v / 100 % 100;
        int d = v % 100;
        if (y < 1900 || y > 2100 || !isValidDate(y, m, d)) {
            return false;
        }
        o.year = y;
        o.month = m;
        o.day = d;
        o.hasTime = false;
        o.hour = 0;
        o.minute = 0;
        o.second0 = 0;
        o.millis = 0;
        return true;
    }

    /** Epoch seconds (10 digits) or milliseconds (13 digits) between 2001 and 2100, as UTC. */
    static boolean readEpoch(byte[] b, int s, int e, boolean millis, Parts o) {
        if (e - s != (millis ? 13 : 10)) {
            return false;
        }
        long v = 0;
        for (int i = s; i < e; i++) {
            if (!Numbers.isDigit(b[i])) {
                return false;
            }
            v = v * 10 + (b[i] - '0');
        }
        long seconds = millis ? v / 1000 : v;
        if (seconds < 1_000_000_000L || seconds >= 4_102_444_800L) {
            return false;
        }
        long days = Math.floorDiv(seconds, 86_400L);
        int secOfDay = (int) Math.floorMod(seconds, 86_400L);
        civilFromDays(days, o);
        o.hasTime = true;
        o.hour = secOfDay / 3600;
        o.minute = secOfDay / 60 % 60;
        o.second0 = secOfDay % 60;
        o.millis = millis ? (int) (v % 1000) : 0;
        return true;
    }

    /** Days since 1970-01-01 to year/month/day (H. Hinnant's civil-from-days), without allocating. */
    private static void civilFromDays(long z, Parts o) {
        z += 719_468;
        long era = Math.floorDiv(z, 146_097);
        long doe = z - era * 146_097;
        long yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        int d = (int) (doy - (153 * mp + 2) / 5 + 1);
        int m = (int) (mp < 10 ? mp + 3 : mp - 9);
        long y = yoe + era * 400 + (m <= 2 ? 1 : 0);
        o.year = (int) y;
        o.month = m;
        o.day = d;
    }

    static boolean isValidDate(int y, int m, int d) {
        return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
    }

    static int daysInMonth(int y, int m) {
        switch (m) {
            case 2:
                return (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 29 : 28;
            case 4:
            case 6:
            case 9:
            case 11:
                return 30;
            default:
                return 31;
        }
    }
}
