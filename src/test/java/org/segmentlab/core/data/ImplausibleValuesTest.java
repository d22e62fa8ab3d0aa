package org.segmentlab.core.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DateTimeColumn;

/** Dates more than a year after the import day: counted on the packed values, day by day at the edges. */
class ImplausibleValuesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    private static final LocalDate LIMIT = LocalDate.of(2027, 12, 6);

    @Test
    void aDateIsAheadFromTheDayAfterTheLimitAndMissingOnesNever() {
        DateColumn dates = DateColumn.create("day");
        dates.append(LIMIT);
        dates.appendMissing();
        dates.append(LocalDate.of(1999, 1, 1));
        dates.append(LIMIT.plusDays(1));
        dates.append(LocalDate.of(9999, 1, 1));
        dates.append(LocalDate.of(2999, 12, 31));
        dates.append(LocalDate.of(-44, 3, 15));

        assertThat(ImplausibleValues.note("day", ColumnRole.TIMESTAMP, dates, TODAY)).hasValue(
                "day: 3 dates more than a year ahead (latest 9999-01-01); a default as-of day would follow them.");
    }

    @Test
    void aDateTimeIsAheadFromMidnightAfterTheLimit() {
        DateTimeColumn times = DateTimeColumn.create("at");
        times.append(LIMIT.atTime(23, 59, 59));
        times.appendMissing();
        times.append(LIMIT.plusDays(1).atStartOfDay());
        times.append(LocalDateTime.of(2031, 5, 2, 13, 30));
        times.append(LocalDateTime.of(2031, 5, 2, 8, 0));

        assertThat(ImplausibleValues.note("at", ColumnRole.TIMESTAMP, times, TODAY)).hasValue(
                "at: 3 dates more than a year ahead (latest 2031-05-02); a default as-of day would follow them.");
    }

    @Test
    void moneyOfATrillionOrMoreIsCountedAndMissingAmountsAreNot() {
        tech.tablesaw.api.DoubleColumn amounts = tech.tablesaw.api.DoubleColumn.create("amount",
                12.5, Double.NaN, -2e12, 1e12, Double.POSITIVE_INFINITY, 999_999_999_999.0);
        tech.tablesaw.api.IntColumn quantities = tech.tablesaw.api.IntColumn.create("quantity", 3, 4);
        quantities.appendMissing();

        assertThat(ImplausibleValues.note("amount", ColumnRole.AMOUNT, amounts, TODAY)).hasValue(
                "amount: 3 values of 1,000,000,000,000 or more (largest beyond 1.8e308); check them, they count in full.");
        assertThat(ImplausibleValues.note("quantity", ColumnRole.QUANTITY, quantities, TODAY)).isEmpty();
        assertThat(ImplausibleValues.note("amount", ColumnRole.ATTRIBUTE, amounts, TODAY)).isEmpty();
    }

    @Test
    void datesUpToTheLimitPassWithoutANote() {
        DateTimeColumn times = DateTimeColumn.create("at");
        times.append(LIMIT.atTime(23, 59, 59));
        times.append(TODAY.atStartOfDay());
        DateColumn dates = DateColumn.create("day");
        dates.append(LIMIT);

        assertThat(ImplausibleValues.note("at", ColumnRole.TIMESTAMP, times, TODAY)).isEmpty();
        assertThat(ImplausibleValues.note("day", ColumnRole.TIMESTAMP, dates, TODAY)).isEmpty();
    }
}
