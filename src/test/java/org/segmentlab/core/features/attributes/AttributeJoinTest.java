package org.segmentlab.core.features.attributes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.segmentlab.core.features.CustomerTable;
import org.segmentlab.core.features.CustomerTableWindow;
import org.segmentlab.core.features.FeatureFamily;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class AttributeJoinTest {

    private static final CustomerTableWindow WINDOW = new CustomerTableWindow(LocalDate.of(2024, 3, 31), 90);

    private static AttributeTable attributes() {
        Table table = Table.create("customers",
                StringColumn.create("CustomerID", "1", "2", "3", "9", ""),
                StringColumn.create("Plan", "basic", "pro", null, "pro", "basic"),
                IntColumn.create("Age", 31, 45, 27, 60, 22),
                DateColumn.create("SignupDate", LocalDate.of(2024, 3, 1), LocalDate.of(2023, 3, 31),
                        LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 1)),
                BooleanColumn.create("Premium", new boolean[] {true, false, true, false, true}));
        return AttributeTable.from(table, "CustomerID", Set.of(), "customers.csv");
    }

    @Test
    void rowsWithoutAnIdAreLeftOutAndCounted() {
        AttributeTable attributes = attributes();

        assertThat(attributes.customerIds()).containsExactly("1", "2", "3", "9");
        assertThat(attributes.rowsWithoutId()).isEqualTo(1);
    }

    @Test
    void joinAlignsValuesToTheRowsAndReportsUnmatchedIdsOnBothSides() {
        AttributeJoin.Result result = new AttributeJoin().join(attributes(), List.of("2", "4", "1"), WINDOW, Set.of());

        CustomerTable table = result.table();
        assertThat(table.customerIds()).containsExactly("2", "4", "1");
        assertThat(table.categorical("plan")).containsExactly("pro", null, "basic");
        assertThat(table.numeric("age")).containsExactly(45, Double.NaN, 31);
        assertThat(table.numeric("premium")).containsExactly(0, Double.NaN, 1);
        // 2024-03-31 minus the sign-up day
        assertThat(table.numeric("days_since_signup_date")).containsExactly(366, Double.NaN, 30);
        assertThat(table.features()).allMatch(f -> f.family() == FeatureFamily.ATTRIBUTES);

        AttributeJoinReport report = result.report();
        assertThat(report.matched()).isEqualTo(2);
        assertThat(report.rowsWithoutAttributes()).isEqualTo(1);
        assertThat(report.firstRowsWithoutAttributes()).containsExactly("4");
        assertThat(report.attributeIdsWithoutRow()).isEqualTo(2);
        assertThat(report.firstAttributeIdsWithoutRow()).containsExactly("3", "9");
        assertThat(report.summary()).isEqualTo("customers.csv: 2 customers matched; 1 customers have no attribute row (4);"
                + " 2 attribute ids match no customer (3, 9); 1 attribute rows have no customer id");
    }

    @Test
    void attributeNamedLikeAnotherFamilyFeatureIsRenamed() {
        AttributeJoin.Result result = new AttributeJoin().join(attributes(), List.of("1"), WINDOW, Set.of("age"));

        assertThat(result.table().featureNames()).contains("age_attribute").doesNotContain("age");
    }

    @Test
    void duplicateIdsAreAnErrorNamingTheFirstOnes() {
        Table table = Table.create("customers",
                StringColumn.create("id", "5", "5", "6", "7", "7", "7", "8", "8", "10", "10", "11", "11", "12", "12"),
                IntColumn.create("age", new int[14]));

        assertThatThrownBy(() -> AttributeTable.from(table, "id", Set.of(), "people.csv"))
                .isInstanceOf(DuplicateCustomerIdsException.class)
                .hasMessage("people.csv: 6 customer ids appear more than once (5, 7, 8, 10, 11, ...);"
                        + " an attribute file needs one row per customer")
                .satisfies(e -> assertThat(((DuplicateCustomerIdsException) e).duplicateCount()).isEqualTo(6));
    }
}
