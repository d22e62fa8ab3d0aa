package org.segmentlab.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.segmentlab.core.data.TestFiles.column;
import static org.segmentlab.core.data.TestFiles.read;
import static org.segmentlab.core.data.TestFiles.write;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tech.tablesaw.api.Table;

class RoleGuessingTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource({
        "CustomerID,      17850,               CUSTOMER_ID",
        "customer_id,     17850,               CUSTOMER_ID",
        "customer,        C-17,                CUSTOMER_ID",
        "user_id,         u1,                  CUSTOMER_ID",
        "Client ID,       9,                   CUSTOMER_ID",
        "ID,              5524,                CUSTOMER_ID",
        "account_id,      77,                  CUSTOMER_ID",
        "master_id,       00004,               CUSTOMER_ID",
        "InvoiceDate,     2010-12-01 08:26:00, TIMESTAMP",
        "event_time,      2019-10-01 00:00:00, TIMESTAMP",
        "date,            2011-05-04,          TIMESTAMP",
        "amount,          12.5,                AMOUNT",
        "dollar_value,    11.77,               AMOUNT",
        "revenue,         100,                 AMOUNT",
        "spend,           3,                   AMOUNT",
        "Quantity,        6,                   QUANTITY",
        "number_of_cds,   2,                   QUANTITY",
        "qty,             1,                   QUANTITY",
        "UnitPrice,       2.55,                UNIT_PRICE",
        "price,           3.39,                UNIT_PRICE",
        "InvoiceNo,       536365,              INVOICE",
        "order_id,        A-1,                 INVOICE",
        "transaction_id,  99,                  INVOICE",
        "event_type,      view,                EVENT_TYPE",
        "action,          cart,                EVENT_TYPE",
        "Churn,           Yes,                 LABEL",
        "target,          1,                   LABEL",
        "Country,         France,              ATTRIBUTE",
        "Description,     WHITE METAL LANTERN, ATTRIBUTE",
    })
    void rolesAreGuessedFromTheColumnName(String name, String value, ColumnRole role) throws Exception {
        String other = role == ColumnRole.LABEL ? (value.equals("Yes") ? "No" : "0") : value;
        ImportedTable t = read(dir, "x," + name + "\na," + value + "\nb," + other + "\n");
        assertThat(column(t, name).role()).isEqualTo(role);
    }

    @Test
    void aBooleanRevenueIsALabelNotAnAmount() throws Exception {
        ImportedTable t = read(dir, "Weekend;Revenue\nFALSE;TRUE\nTRUE;FALSE\n");
        assertThat(column(t, "Revenue").role()).isEqualTo(ColumnRole.LABEL);
        assertThat(column(t, "Weekend").role()).isEqualTo(ColumnRole.ATTRIBUTE);
    }

    @Test
    void aLabelNameWithManyDifferentValuesStaysAnAttribute() throws Exception {
        ImportedTable t = read(dir, "id,class\n1,a\n2,b\n3,c\n4,d\n");
        assertThat(column(t, "class").role()).isEqualTo(ColumnRole.ATTRIBUTE);
    }

    @Test
    void atMostOneCustomerIdAndOneTimestampAreGuessed() throws Exception {
        ImportedTable t = read(dir, "id,customer_id,order_date,ship_date,timestamp\n"
                + "1,A,2011-01-01,2011-01-03,2011-01-01 10:00\n"
                + "2,B,2011-01-02,2011-01-04,2011-01-02 10:00\n");
        assertThat(t.report().columns()).extracting(ColumnInfo::name, ColumnInfo::role).containsExactly(
                tuple("id", ColumnRole.ATTRIBUTE),
                tuple("customer_id", ColumnRole.CUSTOMER_ID),
                tuple("order_date", ColumnRole.ATTRIBUTE),
                tuple("ship_date", ColumnRole.ATTRIBUTE),
                tuple("timestamp", ColumnRole.TIMESTAMP));
    }

    @Test
    void withoutATimestampNameTheFirstDateColumnIsTheTimestamp() throws Exception {
        ImportedTable t = read(dir, "customer,birth_date,signup\nA,1980-01-01,2011-01-01\nB,1990-02-02,2012-03-04\n");
        assertThat(column(t, "signup").role()).isEqualTo(ColumnRole.TIMESTAMP);
        assertThat(column(t, "birth_date").role()).isEqualTo(ColumnRole.ATTRIBUTE);
    }

    @Test
    void idsAreTextWithoutAZeroFractionAndKeepTheirLeadingZeros() throws Exception {
        ImportedTable t = read(dir, "InvoiceNo,CustomerID,master_id\n536365, 17850.0 ,00001\nC536379,,00002\n");
        Table table = t.table();
        assertThat(table.stringColumn("CustomerID").asList()).containsExactly("17850", "");
        assertThat(table.stringColumn("InvoiceNo").asList()).containsExactly("536365", "C536379");
        assertThat(column(t, "CustomerID").type()).isEqualTo(ColumnType.TEXT);
        assertThat(column(t, "InvoiceNo").type()).isEqualTo(ColumnType.TEXT);
        assertThat(t.report().rowsWithoutCustomerId()).isEqualTo(1);
        assertThat(column(t, "CustomerID").missing()).isEqualTo(1);
        assertThat(t.report().notes()).contains("CustomerID: ids written as decimals are read as whole ids (17850.0 → 17850).");
    }

    @Test
    void rolesSetByTheUserWinOverGuesses() throws Exception {
        Path file = write(dir, "r.csv", "id,member,amount,note\n1,A,3.5,x\n2,B,4,y\n");
        ImportedTable t = read(ImportOptions.of(file).withRoles(Map.of(
                "member", ColumnRole.CUSTOMER_ID, "amount", ColumnRole.IGNORE)));
        assertThat(t.report().columns()).extracting(ColumnInfo::name, ColumnInfo::role).containsExactly(
                tuple("id", ColumnRole.ATTRIBUTE),
                tuple("member", ColumnRole.CUSTOMER_ID),
                tuple("amount", ColumnRole.IGNORE),
                tuple("note", ColumnRole.ATTRIBUTE));
        assertThat(column(t, "amount").type()).isEqualTo(ColumnType.DECIMAL);
    }

    @Test
    void aRoleForAColumnTheFileDoesNotHaveIsIgnoredWithANote() throws Exception {
        Path file = write(dir, "r.csv", "customer,amount\nA,1\n");
        ImportedTable t = read(ImportOptions.of(file).withRoles(Map.of("Revenue", ColumnRole.AMOUNT)));
        assertThat(column(t, "amount").role()).isEqualTo(ColumnRole.AMOUNT);
        assertThat(t.report().notes()).anyMatch(n -> n.contains("'Revenue'") && n.contains("ignored"));
    }

    @Test
    void anUnreadableValueInAStrictColumnRejectsTheRowWithLineAndColumn() throws Exception {
        ImportedTable t = read(dir, "InvoiceNo,Quantity,InvoiceDate,UnitPrice,CustomerID\n"
                + "1,6,2010-12-01 08:26:00,2.55,17850\n"
                + "2,6,yesterday,2.55,17850\n"
                + "3,six,2010-12-01 08:28:00,2.55,17850\n"
                + "4,6,2010-12-01 08:29:00,,17850\n"
                + "5,2,2010-12-01 08:30:00,1.5,\n");
        ImportReport r = t.report();
        assertThat(r.rowsRead()).isEqualTo(5);
        assertThat(r.rowsKept()).isEqualTo(3);
        assertThat(r.rejections()).extracting(ImportReport.Rejection::reason, ImportReport.Rejection::count)
                .containsExactlyInAnyOrder(tuple("unparseable date in InvoiceDate", 1L),
                        tuple("unparseable number in Quantity", 1L));
        ImportReport.RowProblem date = r.rejections().stream()
                .filter(x -> x.reason().contains("date")).findFirst().orElseThrow().first().get(0);
        assertThat(date).isEqualTo(new ImportReport.RowProblem(3, 3, "InvoiceDate", "yesterday"));
        ImportReport.RowProblem qty = r.rejections().stream()
                .filter(x -> x.reason().contains("Quantity")).findFirst().orElseThrow().first().get(0);
        assertThat(qty).isEqualTo(new ImportReport.RowProblem(4, 2, "Quantity", "six"));
        // An empty strict value keeps the row, with the value missing.
        assertThat(column(t, "UnitPrice").missing()).isEqualTo(1);
        assertThat(column(t, "Quantity").type()).isEqualTo(ColumnType.INTEGER);
        assertThat(r.rowsWithoutCustomerId()).isEqualTo(1);
        assertThat(t.table().stringColumn("InvoiceNo").asList()).containsExactly("1", "4", "5");
    }

    @Test
    void anUnreadableValueInAnAttributeColumnKeepsTheRow() throws Exception {
        ImportedTable t = read(dir, "customer,age\nA,31\nB,unknown\nC,40\n");
        assertThat(t.report().rowsKept()).isEqualTo(3);
        assertThat(column(t, "age").type()).isEqualTo(ColumnType.TEXT);
    }

    @Test
    void quantitiesWithLeadingZerosAreStillNumbers() throws Exception {
        ImportedTable t = read(dir, "customer,quantity\nA,007\nB,12\n");
        assertThat(column(t, "quantity").type()).isEqualTo(ColumnType.INTEGER);
        assertThat(t.table().longColumn("quantity").asList()).containsExactly(7L, 12L);
    }
}
