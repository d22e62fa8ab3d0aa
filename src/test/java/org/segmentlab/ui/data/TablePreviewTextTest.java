package org.segmentlab.ui.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.DoubleColumn;

class TablePreviewTextTest {

    @Test
    void dateTimesReadLikeTheFileNotLikeIso() {
        DateTimeColumn dates = DateTimeColumn.create("InvoiceDate");
        dates.append(LocalDateTime.of(2010, 12, 1, 8, 26));
        dates.append(LocalDateTime.of(2010, 12, 1, 8, 26, 15));
        dates.appendMissing();

        assertThat(TablePreview.text(dates, 0)).isEqualTo("2010-12-01 08:26");
        assertThat(TablePreview.text(dates, 1)).isEqualTo("2010-12-01 08:26:15");
        assertThat(TablePreview.text(dates, 2)).isEmpty();
    }

    @Test
    void otherValuesReadAsTablesawWritesThem() {
        DoubleColumn prices = DoubleColumn.create("UnitPrice", 2.55, 3.0);

        assertThat(TablePreview.text(prices, 0)).isEqualTo("2.55");
    }
}
