package org.segmentlab.ui.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RowIndexListTest {

    @Test
    void holdsTheRowNumbersOfAMillionRowsWithoutStoringThem() {
        RowIndexList rows = new RowIndexList(1_000_000);

        assertThat(rows).hasSize(1_000_000);
        assertThat(rows.get(0)).isZero();
        assertThat(rows.get(999_999)).isEqualTo(999_999);
        assertThat(rows.indexOf(123_456)).isEqualTo(123_456);
        assertThat(rows.contains(1_000_000)).isFalse();
        assertThat(rows.subList(10, 13)).containsExactly(10, 11, 12);
    }

    @Test
    void refusesRowsOutsideTheTable() {
        RowIndexList rows = new RowIndexList(3);

        assertThatThrownBy(() -> rows.get(3)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> rows.get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void cannotBeChanged() {
        RowIndexList rows = new RowIndexList(3);

        assertThatThrownBy(() -> rows.add(3)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> rows.remove(0)).isInstanceOf(UnsupportedOperationException.class);
    }
}
