package org.segmentlab.core.features.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmentlab.core.Progress;
import org.segmentlab.core.data.ImportOptions;
import org.segmentlab.core.data.ImportedTable;
import org.segmentlab.core.data.TableImporter;
import org.segmentlab.core.features.CustomerTable;
import org.segmentlab.core.features.CustomerTableWindow;

class EventLogTest {

    @TempDir
    Path dir;

    private ImportedTable importCsv(String text) throws Exception {
        Path file = dir.resolve("events.csv");
        Files.writeString(file, text);
        return new TableImporter().read(ImportOptions.of(file), Progress.none());
    }

    @Test
    void importedEventsKeepTheirCustomerTimeTypeAndCategory() throws Exception {
        ImportedTable imported = importCsv("""
                user_id,timestamp,event_type,category
                u2,2024-03-30 10:20:00,add_to_cart,Bags
                u1,2024-03-30 10:00:00,page_viewed,Shoes
                ,2024-03-30 10:05:00,page_viewed,Shoes
                u1,2024-03-30 10:30:00,,Shoes
                u1,2024-03-30 10:45:00,search,
                """);

        EventColumns columns = EventColumns.detect(imported);
        EventLog log = EventLog.from(imported, columns);

        assertThat(columns).isEqualTo(EventColumns.events("user_id", "timestamp", "event_type", "category"));
        assertThat(log.size()).isEqualTo(3);
        assertThat(log.rowsWithoutCustomer()).isEqualTo(1);
        assertThat(log.rowsWithoutEventType()).isEqualTo(1);
        assertThat(log.customerIds().get(log.customerCode(0))).isEqualTo("u2");
        assertThat(log.epochSecond(1)).isEqualTo(CustomerTableWindow.epochSecondOf(LocalDateTime.of(2024, 3, 30, 10, 0)));
        assertThat(log.eventTypes().get(log.eventTypeCode(2))).isEqualTo("search");
        assertThat(log.categories().get(log.categoryCode(1))).isEqualTo("Shoes");
        assertThat(log.categoryCode(2)).isEqualTo(EventLog.NO_CATEGORY);
    }

    @Test
    void featuresOfAnImportedFileMatchTheHandBuiltLog() throws Exception {
        ImportedTable imported = importCsv("""
                user_id,timestamp,event_type,category
                u1,2024-03-30 10:30:00,item_added,Shoes
                u1,2024-03-30 10:00:00,page_viewed,Shoes
                u1,2024-03-30 11:15:01,page_viewed,Bags
                """);
        EventFeatureSettings settings = EventFeatureSettings.of(new CustomerTableWindow(LocalDate.of(2024, 3, 31), 28));

        CustomerTable table = new EventFeatures().build(EventLog.from(imported, EventColumns.detect(imported)),
                settings, Progress.none());

        assertThat(table.numeric("session_count")).containsExactly(2);
        assertThat(table.numeric("avg_session_seconds")).containsExactly(900);
        assertThat(table.numeric("cart_abandonment_rate")).containsExactly(1);
    }

    @Test
    void fileWithoutEventTypeOrCountsIsExplained() throws Exception {
        ImportedTable imported = importCsv("user_id,timestamp,note\nu1,2024-03-30 10:00:00,hello\n");

        assertThatThrownBy(() -> EventColumns.detect(imported))
                .hasMessage("events.csv: no column was recognised as 'Event type' and no column holds counts;"
                        + " an activity file needs a customer id, a timestamp and either an event type column or"
                        + " count columns (logins, orders...)");
    }

    @Test
    void usageTableBecomesCountedEventsOfOneTypePerColumn() throws Exception {
        ImportedTable imported = importCsv("""
                account_id,week_start,logins,feature_uses,support_tickets
                A1,2024-03-11,8,0,1
                A1,2024-03-18,4,3,0
                A2,2024-03-18,0,0,0
                """);

        EventColumns columns = EventColumns.detect(imported);
        EventLog log = EventLog.from(imported, columns);

        assertThat(columns).isEqualTo(EventColumns.usage("account_id", "week_start",
                List.of("logins", "feature_uses", "support_tickets")));
        assertThat(log.hasCounts()).isTrue();
        assertThat(log.eventTypes()).containsExactly("logins", "feature_uses", "support_tickets");
        // zero counts are no events: A1 has 8 logins, 1 ticket, 4 logins, 3 feature uses; A2's quiet week is
        // kept as one entry of count 0, so A2 is still followed in that week
        assertThat(log.size()).isEqualTo(5);
        assertThat(log.count(0)).isEqualTo(8);
        assertThat(log.eventTypes().get(log.eventTypeCode(3))).isEqualTo("feature_uses");
        assertThat(log.count(4)).isZero();
        assertThat(log.customersActiveIn(new CustomerTableWindow(LocalDate.of(2024, 3, 31), 28)))
                .containsExactly("A1", "A2");
    }

    @Test
    void codesOutsideTheirListsAreRefused() {
        assertThatThrownBy(() -> EventLog.of(new int[] {0, 1}, List.of("a"), new long[2], new int[2], List.of("view"),
                null, null)).hasMessageContaining("customer code 1 is outside its list of 1 values");
    }
}
