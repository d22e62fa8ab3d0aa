package org.segmentlab.core.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class CustomerTableWindowTest {

    private final CustomerTableWindow window = new CustomerTableWindow(LocalDate.of(2024, 3, 31), 90);

    private static long at(String time) {
        return CustomerTableWindow.epochSecondOf(LocalDateTime.parse(time));
    }

    @Test
    void ninetyDaysEndWithTheAsOfDay() {
        assertThat(window.firstDay()).isEqualTo(LocalDate.of(2024, 1, 2));
        assertThat(window.contains(at("2024-01-01T23:59:59"))).isFalse();
        assertThat(window.contains(at("2024-01-02T00:00:00"))).isTrue();
        assertThat(window.contains(at("2024-03-31T23:59:59"))).isTrue();
        assertThat(window.contains(at("2024-04-01T00:00:00"))).isFalse();
    }

    @Test
    void daysBeforeAsOfCountsCalendarDays() {
        assertThat(window.daysBeforeAsOf(at("2024-03-31T23:59:59"))).isZero();
        assertThat(window.daysBeforeAsOf(at("2024-03-30T00:00:01"))).isEqualTo(1);
        assertThat(window.daysBeforeAsOf(at("1969-12-31T12:00:00"))).isEqualTo(LocalDate.of(2024, 3, 31).toEpochDay() + 1);
    }

    @Test
    void windowNeedsAtLeastOneDay() {
        assertThatThrownBy(() -> new CustomerTableWindow(LocalDate.of(2024, 3, 31), 0))
                .hasMessageContaining("1 to 20000 days");
    }
}
