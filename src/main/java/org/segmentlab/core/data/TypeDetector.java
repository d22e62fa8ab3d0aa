package org.segmentlab.core.data;

/**
 * Chooses a column's type from what its values showed ({@link ColumnProfile}), its name and its role.
 * The narrowest type every value fits wins: BOOLEAN, INTEGER, DECIMAL, a date layout, then TEXT.
 */
final class TypeDetector {

    /** Below this many values an unnamed column of 8-digit numbers is not taken for yyyyMMdd dates. */
    static final int COMPACT_DATE_MIN_VALUES = 20;

    private TypeDetector() {
    }

    /** The usual words that mean "no value" ({@link MissingWords#DEFAULT}), or an empty field. */
    static boolean isMissingWord(byte[] b, int s, int e) {
        return MissingWords.DEFAULT.matches(b, s, e);
    }

    /**
     * The type the values alone suggest.
     *
     * @param dayFirst the user's day/month order for ambiguous dates, or null to let the data decide
     */
    static ColumnPlan naturalPlan(ColumnProfile p, String name, Boolean dayFirst) {
        if (p.values == 0) {
            return ColumnPlan.TEXT;
        }
        if (p.allBoolean) {
            return ColumnPlan.of(ColumnType.BOOLEAN);
        }
        boolean idName = RoleGuesser.looksLikeId(name);
        if (p.allIntegers && !p.leadingZeros) {
            if (!idName && p.allCompactDates && (isDateLikeName(name) || p.values >= COMPACT_DATE_MIN_VALUES)) {
                return ColumnPlan.date(ColumnType.DATE, DateFormats.Layout.COMPACT);
            }
            if (!idName && isTimeLikeName(name)) {
                if (p.allEpochSeconds) {
                    return ColumnPlan.date(ColumnType.DATE_TIME, DateFormats.Layout.EPOCH_SECONDS);
                }
                if (p.allEpochMillis) {
                    return ColumnPlan.date(ColumnType.DATE_TIME, DateFormats.Layout.EPOCH_MILLIS);
                }
            }
            return ColumnPlan.of(ColumnType.INTEGER);
        }
        if (p.allNumbers && !p.leadingZeros) {
            return ColumnPlan.of(ColumnType.DECIMAL);
        }
        if (p.allDates && p.dateShapeKnown) {
            DateFormats.Order order = order(p, dayFirst);
            if (order != null) {
                return ColumnPlan.date(p.evidence.anyTime ? ColumnType.DATE_TIME : ColumnType.DATE,
                        new DateFormats.Layout(DateFormats.Kind.SEPARATED, p.dateSeparator, order));
            }
        }
        return ColumnPlan.TEXT;
    }

    /**
     * The plan once the column's role is known. Ids are always text; quantities, amounts and prices
     * are numbers and timestamps are dates even when some values are not (those rows are rejected).
     *
     * @param current the plan in use, whose date order a timestamp keeps when the data rule out both orders
     */
    static ColumnPlan planFor(ColumnRole role, ColumnProfile p, String name, Boolean dayFirst, ColumnPlan current) {
        ColumnPlan natural = naturalPlan(p, name, dayFirst);
        switch (role) {
            case CUSTOMER_ID:
            case INVOICE:
                return ColumnPlan.ID;
            case AMOUNT:
            case QUANTITY:
            case UNIT_PRICE: {
                boolean integers = p.numbers > 0 && p.numbersAllIntegers;
                return new ColumnPlan(integers ? ColumnType.INTEGER : ColumnType.DECIMAL, null, false, false);
            }
            case TIMESTAMP:
                if (natural.type() == ColumnType.DATE || natural.type() == ColumnType.DATE_TIME) {
                    return natural;
                }
                return fallbackDatePlan(p, name, dayFirst, current);
            default:
                return natural;
        }
    }

    /** A date plan for a timestamp column whose values are not all dates. */
    private static ColumnPlan fallbackDatePlan(ColumnProfile p, String name, Boolean dayFirst, ColumnPlan current) {
        if (current != null && current.layout() != null) {
            ColumnType type = current.layout().kind() == DateFormats.Kind.SEPARATED && p.evidence.anyTime
                    ? ColumnType.DATE_TIME : current.type();
            return ColumnPlan.date(type, current.layout());
        }
        if (p.dateShapeKnown) {
            DateFormats.Order order = order(p, dayFirst);
            if (order == null) {
                order = p.dateSeparator == '/' ? DateFormats.Order.MDY : DateFormats.Order.DMY;
            }
            return ColumnPlan.date(p.evidence.anyTime ? ColumnType.DATE_TIME : ColumnType.DATE,
                    new DateFormats.Layout(DateFormats.Kind.SEPARATED, p.dateSeparator, order));
        }
        if (p.allIntegers && p.values > 0 && isTimeLikeName(name) && p.allEpochSeconds) {
            return ColumnPlan.date(ColumnType.DATE_TIME, DateFormats.Layout.EPOCH_SECONDS);
        }
        if (p.allIntegers && p.values > 0 && p.allCompactDates) {
            return ColumnPlan.date(ColumnType.DATE, DateFormats.Layout.COMPACT);
        }
        return ColumnPlan.date(ColumnType.DATE_TIME,
                new DateFormats.Layout(DateFormats.Kind.SEPARATED, (byte) '-', DateFormats.Order.YMD));
    }

    /** Day/month order for year-last dates; null when the data allow neither order. */
    static DateFormats.Order order(ColumnProfile p, Boolean dayFirst) {
        if (p.dateYearFirst) {
            return DateFormats.Order.YMD;
        }
        DateFormats.Evidence ev = p.evidence;
        if (dayFirst != null) {
            boolean possible = dayFirst ? ev.dayFirstPossible : ev.monthFirstPossible;
            return possible ? (dayFirst ? DateFormats.Order.DMY : DateFormats.Order.MDY) : null;
        }
        if (ev.monthFirstPossible && ev.dayFirstPossible) {
            return p.dateSeparator == '/' ? DateFormats.Order.MDY : DateFormats.Order.DMY;
        }
        if (ev.monthFirstPossible) {
            return DateFormats.Order.MDY;
        }
        return ev.dayFirstPossible ? DateFormats.Order.DMY : null;
    }

    static boolean isDateLikeName(String name) {
        String n = RoleGuesser.normalise(name);
        return n.contains("date") || n.contains("time") || n.contains("day") || n.startsWith("dt")
                || n.endsWith("dt") || n.equals("ts") || n.contains("period") || n.contains("created")
                || n.contains("updated");
    }

    static boolean isTimeLikeName(String name) {
        String n = RoleGuesser.normalise(name);
        return n.contains("time") || n.contains("date") || n.equals("ts") || n.contains("epoch")
                || n.contains("created") || n.contains("updated");
    }
}
