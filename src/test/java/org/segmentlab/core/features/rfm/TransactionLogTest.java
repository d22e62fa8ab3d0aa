package org.segmentlab.core.features.rfm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.segmentlab.core.Progress;
import org.segmentlab.core.data.ColumnInfo;
import org.segmentlab.core.data.ColumnRole;
import org.segmentlab.core.data.ColumnType;
import org.segmentlab.core.data.ImportReport;
import org.segmentlab.core.data.ImportedTable;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

class TransactionLogTest {

    /** An imported table as the importer hands it over: columns, types and roles side by side. */
    private static ImportedTable imported(List<Column<?>> columns, List<ColumnRole> roles) {
        Table table = Table.create("sales");
        List<ColumnInfo> infos = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            Column<?> c = columns.get(i);
            table.addColumns(c);
            ColumnType type = c instanceof StringColumn ? ColumnType.TEXT
                    : c instanceof LongColumn ? ColumnType.INTEGER
                    : c instanceof DoubleColumn ? ColumnType.DECIMAL
                    : c instanceof DateColumn ? ColumnType.DATE : ColumnType.DATE_TIME;
            infos.add(new ColumnInfo(c.name(), i, type, roles.get(i), null, c.countMissing()));
        }
        ImportReport report = new ImportReport(Path.of("sales.csv"), "UTF-8", ',', true, table.rowCount(),
                table.rowCount(), List.of(), 0, infos, List.of());
        return new ImportedTable(table, report);
    }

    private static DateTimeColumn times(String name, String... values) {
        DateTimeColumn c = DateTimeColumn.create(name);
        for (String v : values) {
            c.append(v == null ? null : LocalDateTime.parse(v));
        }
        return c;
    }

    /** The shape of UCI Online Retail, roles as the importer guesses them. */
    private static ImportedTable retail() {
        return imported(List.of(
                StringColumn.create("InvoiceNo", "536365", "536365", "C536379", "536380", "536381"),
                LongColumn.create("Quantity", 6, 2, -1, 3, 1),
                times("InvoiceDate", "2010-12-01T08:26", "2010-12-01T08:26", "2010-12-01T09:41",
                        "2010-12-02T10:00", "2010-12-03T23:59"),
                DoubleColumn.create("UnitPrice", 2.55, 3.39, 27.5, 0.85, 1.0),
                StringColumn.create("CustomerID", "17850", "17850", "14527", "", "12583")),
                List.of(ColumnRole.INVOICE, ColumnRole.QUANTITY, ColumnRole.TIMESTAMP, ColumnRole.UNIT_PRICE,
                        ColumnRole.CUSTOMER_ID));
    }

    @Test
    void readsAnImportedTableByRolesWithQuantityTimesPrice() {
        TransactionLog log = TransactionLog.from(retail(), TransactionColumns.detect(), Progress.none());

        assertThat(log.columns()).isEqualTo(
                new TransactionColumns("CustomerID", "InvoiceDate", null, "Quantity", "UnitPrice", "InvoiceNo"));
        assertThat(log.size()).isEqualTo(4);
        assertThat(log.linesWithoutCustomerId()).isEqualTo(1);
        assertThat(log.linesRead()).isEqualTo(5);
        assertThat(log.customerCount()).isEqualTo(3);
        assertThat(log.customerId(log.customerCode(0))).isEqualTo("17850");
        assertThat(log.amount(0)).isEqualTo(6 * 2.55);
        assertThat(log.amount(2)).isEqualTo(-27.5);
        assertThat(log.quantity(2)).isEqualTo(-1.0);
        assertThat(log.invoiceId(log.invoiceCode(2))).isEqualTo("C536379");
        assertThat(log.time(3)).isEqualTo(TransactionLog.timeOf(LocalDateTime.parse("2010-12-03T23:59")));
        assertThat(Math.floorDiv(log.time(3), 86_400L)).isEqualTo(LocalDate.of(2010, 12, 3).toEpochDay());
    }

    @Test
    void theLogFeedsRfmWithTheCancellationLeftOut() {
        TransactionLog log = TransactionLog.from(retail(), TransactionColumns.detect(), Progress.none());

        RfmResult rfm = new RfmCalculator().compute(log, RfmOptions.defaults(), Progress.none());

        // 14527 only cancelled; 17850 bought 6 × 2.55 + 2 × 3.39 = 22.08 on 12-01; 12583 bought on 12-03.
        assertThat(rfm.customers()).extracting(CustomerRfm::customerId).containsExactly("12583", "17850");
        assertThat(rfm.customer(1).monetary()).isEqualTo(6 * 2.55 + 2 * 3.39);
        assertThat(rfm.customer(1).recencyDays()).isEqualTo(3);
        assertThat(rfm.cleaning().linesWithoutCustomerId()).isEqualTo(1);
        assertThat(rfm.cleaning().cancellationLines()).isEqualTo(1);
    }

    @Test
    void columnsAreFoundByTheUsualNamesWhenNoRoleIsSet() {
        ImportedTable table = imported(List.of(
                StringColumn.create("customer_id", "a", "b"),
                DateColumn.create("date", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 2)),
                DoubleColumn.create("Amount", 10.0, 20.0)),
                List.of(ColumnRole.ATTRIBUTE, ColumnRole.ATTRIBUTE, ColumnRole.ATTRIBUTE));

        TransactionLog log = TransactionLog.from(table, TransactionColumns.detect(), Progress.none());

        assertThat(log.columns()).isEqualTo(new TransactionColumns("customer_id", "date", "Amount", null, null, null));
        assertThat(log.hasInvoices()).isFalse();
        assertThat(log.hasQuantity()).isFalse();
        assertThat(log.time(1)).isEqualTo(LocalDate.of(2024, 1, 2).toEpochDay() * 86_400L);
        assertThat(log.amount(1)).isEqualTo(20.0);
    }

    @Test
    void namedColumnsOverrideRolesAndNumericIdsLoseTheirTrailingZero() {
        ImportedTable table = imported(List.of(
                StringColumn.create("CustomerID", "x", "y"),
                DoubleColumn.create("member", 17850.0, Double.NaN),
                times("InvoiceDate", "2024-01-01T10:00", "2024-01-02T10:00"),
                DoubleColumn.create("Amount", 10.0, 20.0),
                DoubleColumn.create("net", 9.0, 18.0)),
                List.of(ColumnRole.CUSTOMER_ID, ColumnRole.ATTRIBUTE, ColumnRole.TIMESTAMP, ColumnRole.AMOUNT,
                        ColumnRole.ATTRIBUTE));

        TransactionLog log = TransactionLog.from(table,
                new TransactionColumns("MEMBER", null, "net", null, null, null), Progress.none());

        assertThat(log.columns().customer()).isEqualTo("member");
        assertThat(log.columns().amount()).isEqualTo("net");
        assertThat(log.size()).isEqualTo(1);
        assertThat(log.customerId(0)).isEqualTo("17850");
        assertThat(log.amount(0)).isEqualTo(9.0);
        assertThat(log.linesWithoutCustomerId()).isEqualTo(1);
    }

    @Test
    void anAmountColumnWinsOverQuantityAndPriceAndQuantityStillMarksReturns() {
        ImportedTable table = imported(List.of(
                StringColumn.create("Customer", "a", "a"),
                times("Date", "2024-01-01T10:00", "2024-01-02T10:00"),
                LongColumn.create("Qty", 2, -1),
                DoubleColumn.create("Price", 5.0, 5.0),
                DoubleColumn.create("Total", 10.0, 5.0)),
                List.of(ColumnRole.CUSTOMER_ID, ColumnRole.TIMESTAMP, ColumnRole.QUANTITY, ColumnRole.UNIT_PRICE,
                        ColumnRole.AMOUNT));

        TransactionLog log = TransactionLog.from(table, TransactionColumns.detect(), Progress.none());
        RfmResult rfm = new RfmCalculator().compute(log, RfmOptions.defaults(), Progress.none());

        assertThat(log.columns()).isEqualTo(new TransactionColumns("Customer", "Date", "Total", "Qty", null, null));
        // The second line's amount is written positive, but its quantity -1 makes it a return.
        assertThat(rfm.customer(0).monetary()).isEqualTo(10.0);
        assertThat(rfm.cleaning().cancellationLines()).isEqualTo(1);
    }

    @Test
    void anUnknownNamedColumnNamesItAndListsTheColumns() {
        assertThatThrownBy(() -> TransactionLog.from(retail(),
                new TransactionColumns("Client", null, null, null, null, null), Progress.none()))
                .isInstanceOf(MissingColumnException.class)
                .hasMessage("customer id column 'Client' not found in sales.csv; the columns are: "
                        + "InvoiceNo, Quantity, InvoiceDate, UnitPrice, CustomerID");
    }

    @Test
    void withoutAnyMoneyColumnTheMessageSaysWhatIsMissing() {
        ImportedTable table = imported(List.of(
                StringColumn.create("customer", "a"),
                times("date", "2024-01-01T10:00"),
                LongColumn.create("quantity", 1L)),
                List.of(ColumnRole.ATTRIBUTE, ColumnRole.ATTRIBUTE, ColumnRole.ATTRIBUTE));

        assertThatThrownBy(() -> TransactionLog.from(table, TransactionColumns.detect(), Progress.none()))
                .isInstanceOf(MissingColumnException.class)
                .hasMessageStartingWith("no unit price column found in sales.csv")
                .extracting(e -> ((MissingColumnException) e).role()).isEqualTo(ColumnRole.UNIT_PRICE);
    }

    @Test
    void aTextColumnCannotServeAsTheAmount() {
        ImportedTable table = imported(List.of(
                StringColumn.create("customer", "a"),
                times("date", "2024-01-01T10:00"),
                StringColumn.create("amount", "£10")),
                List.of(ColumnRole.CUSTOMER_ID, ColumnRole.TIMESTAMP, ColumnRole.ATTRIBUTE));

        assertThatThrownBy(() -> TransactionLog.from(table, TransactionColumns.detect(), Progress.none()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sales.csv: column 'amount' does not hold numbers (read as TEXT)");
    }

    @Test
    void aTextColumnCannotServeAsTheDate() {
        ImportedTable table = imported(List.of(
                StringColumn.create("customer", "a"),
                StringColumn.create("date", "soon"),
                DoubleColumn.create("amount", 1.0)),
                List.of(ColumnRole.CUSTOMER_ID, ColumnRole.ATTRIBUTE, ColumnRole.AMOUNT));

        assertThatThrownBy(() -> TransactionLog.from(table, TransactionColumns.detect(), Progress.none()))
                .hasMessage("sales.csv: column 'date' does not hold dates (read as TEXT)");
    }

    @Test
    void aBuilderBuildsOnce() {
        TransactionLog.Builder builder = TransactionLog.builder(false, false);
        builder.add("a", LocalDateTime.parse("2024-01-01T00:00"), 1, Double.NaN, null).build();

        assertThatThrownBy(builder::build).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aLogGrowsPastItsFirstCapacity() {
        TransactionLog.Builder builder = TransactionLog.builder(true, true, 2);
        for (int i = 0; i < 1000; i++) {
            builder.add("c" + (i % 7), (long) i * 3600, i, 1, "inv" + (i / 3));
        }

        TransactionLog log = builder.build();

        assertThat(log.size()).isEqualTo(1000);
        assertThat(log.customerCount()).isEqualTo(7);
        assertThat(log.invoiceCount()).isEqualTo(334);
        assertThat(log.amount(999)).isEqualTo(999.0);
        assertThat(log.invoiceId(log.invoiceCode(999))).isEqualTo("inv333");
    }
}
