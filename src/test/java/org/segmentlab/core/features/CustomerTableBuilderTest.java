package org.segmentlab.core.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.segmentlab.core.Progress;
import org.segmentlab.core.features.attributes.AttributeTable;
import org.segmentlab.core.features.events.EventLog;
import org.segmentlab.core.features.prep.PrepStep;
import org.segmentlab.core.features.rfm.TransactionLog;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** 28 days as of 2024-03-31: 2024-03-04 ≤ t < 2024-04-01. */
class CustomerTableBuilderTest {

    private static final LocalDate AS_OF = LocalDate.of(2024, 3, 31);

    private static CustomerTableSources sources() {
        TransactionLog transactions = TransactionLog.builder(true, true)
                .addPriced("1", LocalDateTime.parse("2024-03-10T10:00"), 2, 10, "I1")
                .addPriced("1", LocalDateTime.parse("2024-03-20T10:00"), 1, 30, "I2")
                .addPriced("2", LocalDateTime.parse("2024-03-30T10:00"), 1, 5, "I3")
                .addPriced("5", LocalDateTime.parse("2024-01-01T10:00"), 1, 5, "I4")
                .build();
        EventLog events = EventLog.builder()
                .add("1", LocalDateTime.parse("2024-03-30T10:00"), "view", null)
                .add("3", LocalDateTime.parse("2024-03-25T10:00"), "view", null)
                .add("3", LocalDateTime.parse("2024-03-25T10:05"), "purchase", null)
                .build();
        AttributeTable attributes = AttributeTable.from(Table.create("crm",
                StringColumn.create("id", "1", "2", "3", "8"),
                StringColumn.create("Plan", "pro", "basic", "pro", "basic")), "id", Set.of(), "crm.csv");
        return new CustomerTableSources(transactions, null, events, attributes);
    }

    private static CustomerTableParams params() {
        return CustomerTableParams.of(AS_OF).withWindowDays(28);
    }

    @Test
    void rowsAreCustomersWithAPurchaseOrAnEventInTheWindow() {
        CustomerTableResult result = new CustomerTableBuilder().build(sources(), params(), Progress.none());

        CustomerTable table = result.table();
        assertThat(table.customerIds()).containsExactly("1", "2", "3");
        assertThat(table.numeric("frequency_28d")).containsExactly(2, 1, 0);
        assertThat(table.numeric("event_count")).containsExactly(1, 0, 2);
        assertThat(table.categorical("plan")).containsExactly("pro", "basic", "pro");
        assertThat(table.featureNames()).startsWith("recency_days", "frequency_28d", "monetary_28d").endsWith("plan");
        assertThat(table.feature("plan").family()).isEqualTo(FeatureFamily.ATTRIBUTES);
    }

    @Test
    void attributeIdsWithoutActivityAreReported() {
        CustomerTableResult result = new CustomerTableBuilder().build(sources(), params(), Progress.none());

        assertThat(result.attributes().attributeIdsWithoutRow()).isEqualTo(1);
        assertThat(result.warnings()).filteredOn(w -> w.kind() == CustomerTableWarning.Kind.UNMATCHED_IDS)
                .singleElement().extracting(CustomerTableWarning::message).asString()
                .contains("1 attribute ids match no customer (8)");
    }

    @Test
    void includeInactiveAddsCustomersKnownFromBeforeTheWindowAndFromTheAttributes() {
        CustomerTableResult result = new CustomerTableBuilder().build(sources(), params().withIncludeInactive(true),
                Progress.none());

        // 5 bought only on 2024-01-01, before the window; 8 is only in the attribute file
        assertThat(result.table().customerIds()).containsExactly("1", "2", "3", "5", "8");
        assertThat(result.table().numeric("frequency_28d")[3]).isZero();
        assertThat(result.table().numeric("frequency_28d")[4]).isZero();
        assertThat(result.table().numeric("days_since_last_visit")[4]).isNaN();
        // 5 has no row in the attribute file, and the join report says so
        assertThat(result.attributes().allMatched()).isFalse();
    }

    @Test
    void chosenFeaturesAndPreparationShapeTheTable() {
        CustomerTableParams params = params()
                .withFeatures(List.of("frequency_28d", "monetary_28d", "event_*", "plan"))
                .withPreparation(List.of(PrepStep.OneHot.of(List.of("plan")),
                        new PrepStep.Ratio("monetary_28d", "frequency_28d", "average_basket")));

        CustomerTableResult result = new CustomerTableBuilder().build(sources(), params, Progress.none());

        assertThat(result.raw().featureNames()).containsExactly("frequency_28d", "monetary_28d", "event_count", "plan");
        assertThat(result.table().featureNames()).containsExactly("frequency_28d", "monetary_28d", "event_count",
                "plan_pro", "plan_basic", "average_basket");
        assertThat(result.table().numeric("average_basket")).containsExactly(25, 5, Double.NaN);
        assertThat(result.summaries()).extracting(s -> s.name()).isEqualTo(result.table().featureNames());
    }

    @Test
    void sameSpecRebuildsAnEarlierPeriod() {
        CustomerTableResult march20 = new CustomerTableBuilder().build(sources(),
                params().withAsOf(LocalDate.of(2024, 3, 20)), Progress.none());

        // the purchases of 03-20 count; customer 2's and the events of 03-25 and later do not
        assertThat(march20.table().customerIds()).containsExactly("1");
        assertThat(march20.table().numeric("frequency_28d")).containsExactly(2);
        assertThat(march20.table().numeric("recency_days")).containsExactly(0);
    }

    @Test
    void unknownFeatureIsNamedWithTheAvailableOnes() {
        assertThatThrownBy(() -> new CustomerTableBuilder().build(sources(),
                params().withFeatures(List.of("lifetime_value")), Progress.none()))
                .hasMessageStartingWith("no feature matches 'lifetime_value'; the sources give recency_days, frequency_28d");
    }

    @Test
    void attributesAloneMakeOneRowPerAttributeRow() {
        CustomerTableSources attributesOnly = new CustomerTableSources(null, null, null, sources().attributes());

        CustomerTableResult result = new CustomerTableBuilder().build(attributesOnly, params(), Progress.none());

        assertThat(result.table().customerIds()).containsExactly("1", "2", "3", "8");
        assertThat(result.table().featureNames()).containsExactly("plan");
    }

    @Test
    void everyBuiltInFeatureIsInTheCatalog() {
        CustomerTableResult result = new CustomerTableBuilder().build(sources(), params(), Progress.none());

        for (CustomerTableFeature feature : result.table().features()) {
            if (feature.family() != FeatureFamily.ATTRIBUTES) {
                // the catalog names data-named columns after their snake_case name, not the original label
                assertThat(FeatureFamilies.find(feature.name())).get()
                        .extracting(CustomerTableFeature::name, CustomerTableFeature::family)
                        .containsExactly(feature.name(), feature.family());
            }
        }
        assertThat(FeatureFamilies.builtIn()).extracting(CustomerTableFeature::name).doesNotHaveDuplicates();
        assertThat(FeatureFamilies.of(FeatureFamily.TRANSACTIONS)).extracting(CustomerTableFeature::name)
                .contains("recency_days", "frequency", "monetary");
    }
}
