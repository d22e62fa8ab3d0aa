package org.segmentlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmentlab.testing.SharedDatasets;

class FeaturesCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return SegmentLabCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private Path file(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    private Path transactions() throws Exception {
        return file("transactions.csv", """
                InvoiceNo,StockCode,Quantity,InvoiceDate,UnitPrice,CustomerID
                I1,P1,2,2024-03-10 10:00,10,1
                I2,P2,1,2024-03-20 10:00,30,1
                C3,P2,-1,2024-03-21 10:00,30,1
                I4,P1,1,2024-03-30 10:00,5,2
                I5,P1,1,2024-04-02 10:00,5,2
                """);
    }

    private Path events() throws Exception {
        return file("events.csv", """
                user_id,timestamp,event_type,category
                1,2024-03-30 10:00:00,page_viewed,Shoes
                1,2024-03-30 10:30:00,item_added,Shoes
                3,2024-03-25 09:00:00,page_viewed,Bags
                3,2024-03-25 09:10:00,purchased,Bags
                """);
    }

    @Test
    void buildsTheCustomerTableFromTransactionsEventsAndAttributes() throws Exception {
        Path attributes = file("crm.csv", "customer_id,Plan,Age\n1,pro,31\n2,basic,45\n3,pro,27\n9,basic,50\n");
        Path csv = dir.resolve("customers.csv");

        int code = run("features", "--transactions", transactions().toString(), "--events", events().toString(),
                "--attributes", attributes.toString(), "--as-of", "2024-03-31", "--window-days", "28",
                "--no-include-inactive", "--out", csv.toString());

        assertThat(code).as(err.toString()).isZero();
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).startsWith("customer_id,recency_days,frequency,monetary,average_order_value,")
                .contains(",distinct_products,return_rate,event_count,session_count,").endsWith(",plan,age");
        assertThat(lines).hasSize(4);
        assertThat(lines.get(1)).startsWith("1,11,2,50,25,");
        assertThat(lines.get(3)).startsWith("3,,0,0,,");
        assertThat(err.toString()).contains("features: 3 customers × ")
                .contains("as of 2024-03-31 (window 28 days, from 2024-03-04)")
                .contains("warning: crm.csv: 3 customers matched; 1 attribute ids match no customer (9)");
    }

    @Test
    void byDefaultEveryKnownCustomerGetsARowEvenWithoutActivityInTheWindow() throws Exception {
        Path attributes = file("crm.csv", "customer_id,Plan\n1,pro\n3,pro\n9,basic\n");
        Path csv = dir.resolve("customers.csv");

        // window of 3 days: 1 is active (2024-03-30), 3 only before the window (2024-03-25), 9 only in the CRM file
        int code = run("features", "--events", events().toString(), "--attributes", attributes.toString(),
                "--as-of", "2024-03-31", "--window-days", "3", "--out", csv.toString());

        assertThat(code).as(err.toString()).isZero();
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines).extracting(line -> line.substring(0, line.indexOf(','))).containsExactly("customer_id", "1", "3", "9");
        String eventCount = lines.get(0).split(",")[1];
        assertThat(eventCount).isEqualTo("event_count");
        assertThat(lines.get(1).split(",")[1]).isEqualTo("2");
        assertThat(lines.get(2).split(",")[1]).isEqualTo("0");
    }

    @Test
    void specGivesTheFeaturesAndPreparationAndTheCommandLineTheDay() throws Exception {
        Path spec = file("spec.json", """
                {"asOf": "2020-01-01", "windowDays": 28,
                 "features": ["frequency", "monetary"],
                 "preparation": [{"type": "ratio", "numerator": "monetary", "denominator": "frequency",
                                  "name": "average_basket"}]}
                """);
        Path csv = dir.resolve("customers.csv");

        int code = run("features", "--transactions", transactions().toString(), "--spec", spec.toString(),
                "--as-of", "2024-03-31", "--out", csv.toString());

        assertThat(code).as(err.toString()).isZero();
        assertThat(Files.readAllLines(csv)).containsExactly("customer_id,frequency,monetary,average_basket",
                "1,2,50,25", "2,1,5,5");
    }

    @Test
    void withoutAnySourceItIsAUsageError() {
        int code = run("features", "--as-of", "2024-03-31", "--out", dir.resolve("c.csv").toString());

        assertThat(code).isEqualTo(SegmentLabCli.USAGE);
        assertThat(err.toString()).contains("give at least one of --transactions, --events, --attributes");
    }

    @Test
    void withoutAsOfItIsAUsageError() throws Exception {
        int code = run("features", "--events", events().toString(), "--out", dir.resolve("c.csv").toString());

        assertThat(code).isEqualTo(SegmentLabCli.USAGE);
        assertThat(err.toString()).contains("--as-of");
    }

    @Test
    void duplicateAttributeIdsAreBadInputNamingThem() throws Exception {
        Path attributes = file("crm.csv", "customer_id,plan\n1,pro\n1,basic\n2,pro\n");

        int code = run("features", "--attributes", attributes.toString(), "--as-of", "2024-03-31",
                "--out", dir.resolve("c.csv").toString());

        assertThat(code).isEqualTo(SegmentLabCli.BAD_INPUT);
        assertThat(err.toString()).isEqualTo("segmentlab: crm.csv: 1 customer id appears more than once (1);"
                + " an attribute file needs one row per customer" + System.lineSeparator());
        assertThat(dir.resolve("c.csv")).doesNotExist();
    }

    @Test
    void periodWithoutActivityIsBadInput() throws Exception {
        int code = run("features", "--events", events().toString(), "--as-of", "2020-01-01",
                "--out", dir.resolve("c.csv").toString());

        assertThat(code).isEqualTo(SegmentLabCli.BAD_INPUT);
        assertThat(err.toString()).contains("no customer has a purchase or an event from 2019-10-04 to 2020-01-01");
    }

    @Test
    void onlineRetailOverFourHundredDaysHasEveryBuyer() throws Exception {
        Path input = SharedDatasets.require("online-retail/online_retail_combined.csv");
        Path csv = dir.resolve("customers.csv");

        int code = run("features", "--transactions", input.toString(), "--as-of", "2011-12-10",
                "--window-days", "400", "--out", csv.toString());

        assertThat(code).as(err.toString()).isZero();
        List<String> lines = Files.readAllLines(csv);
        // The 4,338 buyers RFM counts, and the 34 customers RFM reports as having no purchase left.
        assertThat(lines).hasSize(1 + 4338 + 34);
        assertThat(err.toString()).contains("4,338 active in the window, 34 not (34 whose lines are all zero-value");
        assertThat(lines.get(0)).isEqualTo("customer_id,recency_days,frequency,monetary,average_order_value,"
                + "tenure_days,mean_days_between_purchases,distinct_products,return_rate");
        assertThat(lines.get(1)).startsWith("12346,326,1,77183.6,77183.6,326,,1,0.5");
    }

    @Test
    void keepsEveryKnownCustomerAndCountsTheZeroValueAndLongInactiveOnes() throws Exception {
        // 1 buys in the window; 2 has only a $0 line; 3 only a cancelled order; 4 bought 20,500 days
        // before the as-of day (beyond the 20,000-day history); 5 buys after the as-of day (not known yet).
        Path lines = file("lines.csv", """
                InvoiceNo,Quantity,InvoiceDate,UnitPrice,CustomerID
                I1,1,2024-03-30 10:00,10,1
                I2,1,2024-03-01 10:00,0,2
                C3,-1,2024-03-02 10:00,10,3
                I4,1,1968-01-04 10:00,10,4
                I5,1,2024-04-02 10:00,10,5
                """);
        Path csv = dir.resolve("customers.csv");
        int code = run("features", "--transactions", lines.toString(), "--as-of", "2024-03-31", "--out",
                csv.toString());
        assertThat(code).as(err.toString()).isZero();
        List<String> ids = Files.readAllLines(csv).stream().skip(1).map(l -> l.split(",")[0]).toList();
        assertThat(ids).containsExactly("1", "2", "3", "4");
        assertThat(err.toString()).contains("features: 4 customers")
                .contains("1 active in the window, 3 not (2 whose lines are all zero-value or cancelled, "
                        + "1 last active more than 20,000 days before the as-of day)");
    }
}
