package org.segmentlab.core.track;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.segmentlab.core.features.CustomerTableSources;
import org.segmentlab.core.features.rfm.TransactionLog;

/** Monthly snapshot days chosen from the data when none are given. */
class AsOfDaysAutomaticTest {

    private static CustomerTableSources purchases(LocalDateTime... times) {
        TransactionLog.Builder log = TransactionLog.builder(false, false);
        for (int i = 0; i < times.length; i++) {
            log.add("c" + i, times[i], 10, Double.NaN, null);
        }
        log.addWithoutCustomer();
        return CustomerTableSources.ofTransactions(log.build(), null);
    }

    @Test
    void everyFirstOfTheMonthFromTheMonthAfterTheFirstRecordToTheDayAfterTheLast() {
        // first 2023-03-17, last 2023-08-31: the day after is 2023-09-01, itself a first of the month
        String days = AsOfDays.monthlyOver(purchases(LocalDateTime.of(2023, 5, 2, 9, 0),
                LocalDateTime.of(2023, 3, 17, 12, 0), LocalDateTime.of(2023, 8, 31, 23, 0)));
        assertThat(days).isEqualTo("monthly:2023-04-01..2023-09-01");
        assertThat(AsOfDays.parse(days)).hasSize(6);
        // a last record in mid-month: the last snapshot is the first of that month
        assertThat(AsOfDays.monthlyOver(purchases(LocalDateTime.of(2023, 3, 17, 12, 0),
                LocalDateTime.of(2023, 8, 15, 8, 0)))).isEqualTo("monthly:2023-04-01..2023-08-01");
    }

    @Test
    void atMostTheLast24MonthsAndTooShortADataSetIsSaid() {
        String days = AsOfDays.monthlyOver(purchases(LocalDateTime.of(2015, 1, 5, 0, 0),
                LocalDateTime.of(2024, 12, 31, 10, 0)));
        assertThat(days).isEqualTo("monthly:2023-02-01..2025-01-01");
        assertThat(AsOfDays.parse(days)).hasSize(AsOfDays.AUTOMATIC_MONTHS);
        assertThatThrownBy(() -> AsOfDays.monthlyOver(purchases(LocalDateTime.of(2024, 3, 2, 0, 0),
                LocalDateTime.of(2024, 4, 20, 0, 0)))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the records run from 2024-03-02 to 2024-04-20: too short for monthly snapshots; give "
                        + "the snapshot days");
        assertThatThrownBy(() -> AsOfDays.monthlyOver(purchases())).hasMessage("no record has a date to take "
                + "snapshots from");
    }
}
