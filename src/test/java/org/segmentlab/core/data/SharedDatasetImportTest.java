package org.segmentlab.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.segmentlab.core.data.TestFiles.column;
import static org.segmentlab.core.data.TestFiles.read;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.segmentlab.testing.SharedDatasets;
import tech.tablesaw.api.Table;

/**
 * Every real dataset beside the repository imports with the row counts, types and roles its
 * SOURCE.md documents. Skipped, with the reason printed, where the datasets are absent.
 */
class SharedDatasetImportTest {

    /** Expected shape of one file: "column=TYPE/ROLE" for the columns that matter. */
    static Stream<Arguments> datasets() {
        return Stream.of(
                Arguments.of("online-retail/online_retail_combined.csv", ',', true, 541_909, 8, 135_080,
                        expect("InvoiceNo=TEXT/INVOICE", "StockCode=TEXT/ATTRIBUTE", "Description=TEXT/ATTRIBUTE",
                                "Quantity=INTEGER/QUANTITY", "InvoiceDate=DATE_TIME/TIMESTAMP",
                                "UnitPrice=DECIMAL/UNIT_PRICE", "CustomerID=TEXT/CUSTOMER_ID", "Country=TEXT/ATTRIBUTE")),
                Arguments.of("telco-churn/WA_Fn-UseC_-Telco-Customer-Churn.csv", ',', true, 7_043, 21, 0,
                        expect("customerID=TEXT/CUSTOMER_ID", "tenure=INTEGER/ATTRIBUTE",
                                "MonthlyCharges=DECIMAL/ATTRIBUTE", "TotalCharges=DECIMAL/ATTRIBUTE",
                                "Churn=BOOLEAN/LABEL")),
                Arguments.of("telco-churn/Telco-Customer-Churn.csv", ',', true, 7_043, 21, 0,
                        expect("customerID=TEXT/CUSTOMER_ID", "TotalCharges=DECIMAL/ATTRIBUTE", "Churn=BOOLEAN/LABEL")),
                Arguments.of("cdnow/CDNOW_master.txt", ' ', true, 69_659, 4, 0,
                        expect("customer_id=TEXT/CUSTOMER_ID", "date=DATE/TIMESTAMP", "number_of_cds=INTEGER/QUANTITY",
                                "dollar_value=DECIMAL/AMOUNT")),
                Arguments.of("cdnow/CDNOW_sample.txt", ' ', false, 6_919, 5, 0,
                        expect("column_1=TEXT/ATTRIBUTE", "column_3=DATE/TIMESTAMP", "column_4=INTEGER/ATTRIBUTE",
                                "column_5=DECIMAL/ATTRIBUTE")),
                Arguments.of("mall-customers/Mall_Customers.csv", ',', true, 200, 5, 0,
                        expect("CustomerID=TEXT/CUSTOMER_ID", "Gender=TEXT/ATTRIBUTE", "Age=INTEGER/ATTRIBUTE",
                                "Annual Income (k$)=INTEGER/ATTRIBUTE", "Spending Score (1-100)=INTEGER/ATTRIBUTE")),
                Arguments.of("marketing-campaign/marketing_campaign.csv", '\t', true, 2_240, 29, 0,
                        expect("ID=TEXT/CUSTOMER_ID", "Income=INTEGER/ATTRIBUTE", "Dt_Customer=DATE/TIMESTAMP",
                                "Marital_Status=TEXT/ATTRIBUTE", "Response=INTEGER/LABEL")),
                Arguments.of("bank-marketing/bank-additional-full.csv", ';', true, 41_188, 21, 0,
                        expect("age=INTEGER/ATTRIBUTE", "job=TEXT/ATTRIBUTE", "euribor3m=DECIMAL/ATTRIBUTE",
                                "y=BOOLEAN/LABEL")),
                Arguments.of("bank-marketing/bank-additional.csv", ';', true, 4_119, 21, 0,
                        expect("y=BOOLEAN/LABEL")),
                Arguments.of("bank-marketing/bank-full.csv", ';', true, 45_211, 17, 0,
                        expect("balance=INTEGER/ATTRIBUTE", "day=INTEGER/ATTRIBUTE", "y=BOOLEAN/LABEL")),
                Arguments.of("bank-marketing/bank.csv", ';', true, 4_521, 17, 0,
                        expect("y=BOOLEAN/LABEL")),
                Arguments.of("online-shoppers/online_shoppers_intention.csv", ';', true, 12_330, 18, 0,
                        expect("Month=TEXT/ATTRIBUTE", "Weekend=BOOLEAN/ATTRIBUTE", "Revenue=BOOLEAN/LABEL",
                                "ExitRates=DECIMAL/ATTRIBUTE")),
                Arguments.of("wholesale-customers/Wholesale customers data.csv", ',', true, 440, 8, 0,
                        expect("Channel=INTEGER/ATTRIBUTE", "Fresh=INTEGER/ATTRIBUTE", "Delicassen=INTEGER/ATTRIBUTE")));
    }

    private static Map<String, String> expect(String... columns) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String c : columns) {
            int eq = c.lastIndexOf('=');
            m.put(c.substring(0, eq), c.substring(eq + 1));
        }
        return m;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("datasets")
    void importsWithTheDocumentedShape(String relative, char delimiter, boolean header, long rows, int columns,
                                       long withoutCustomerId, Map<String, String> expected) throws Exception {
        Path file = SharedDatasets.require(relative);
        ImportedTable t = read(file);
        ImportReport r = t.report();
        assertThat(r.delimiter()).isEqualTo(delimiter);
        assertThat(r.header()).isEqualTo(header);
        assertThat(r.rowsRead()).isEqualTo(rows);
        assertThat(r.rowsKept()).isEqualTo(rows);
        assertThat(r.rejections()).isEmpty();
        assertThat(r.columns()).hasSize(columns);
        assertThat(t.rowCount()).isEqualTo((int) rows);
        assertThat(r.rowsWithoutCustomerId()).isEqualTo(withoutCustomerId);
        expected.forEach((name, typeAndRole) -> {
            ColumnInfo c = column(t, name);
            assertThat(c.type() + "/" + c.role()).as(name).isEqualTo(typeAndRole);
        });
        assertThat(r.columns().stream().filter(c -> c.role() == ColumnRole.CUSTOMER_ID)).hasSizeLessThanOrEqualTo(1);
        assertThat(r.columns().stream().filter(c -> c.role() == ColumnRole.TIMESTAMP)).hasSizeLessThanOrEqualTo(1);
    }

    @Test
    void onlineRetailMatchesThePublishedFigures() throws Exception {
        Table t = read(SharedDatasets.require("online-retail/online_retail_combined.csv")).table();
        assertThat(t.stringColumn("CustomerID").get(0)).isEqualTo("17850");
        assertThat(t.stringColumn("CustomerID").countUnique()).isEqualTo(4_372 + 1); // plus the empty id
        assertThat(t.stringColumn("InvoiceNo").countUnique()).isEqualTo(25_900);
        assertThat(t.stringColumn("StockCode").countUnique()).isEqualTo(4_070);
        assertThat(t.stringColumn("Country").countUnique()).isEqualTo(38);
        assertThat(t.stringColumn("Description").countMissing()).isEqualTo(1_454);
        assertThat(t.longColumn("Quantity").sum()).isEqualTo(5_176_450.0);
        assertThat(t.doubleColumn("UnitPrice").sum()).isCloseTo(2_498_803.97, within(0.01));
        assertThat(t.dateTimeColumn("InvoiceDate").min()).isEqualTo(LocalDateTime.of(2010, 12, 1, 8, 26));
        assertThat(t.dateTimeColumn("InvoiceDate").max()).isEqualTo(LocalDateTime.of(2011, 12, 9, 12, 50));
        assertThat(t.stringColumn("InvoiceNo").startsWith("C").size()).isEqualTo(9_288);
        assertThat(t.stringColumn("Description").containsString("£").size()).isEqualTo(32);
    }

    @Test
    void cdnowMasterMatchesThePublishedFigures() throws Exception {
        Table t = read(SharedDatasets.require("cdnow/CDNOW_master.txt")).table();
        assertThat(t.stringColumn("customer_id").countUnique()).isEqualTo(23_570);
        assertThat(t.longColumn("number_of_cds").sum()).isEqualTo(167_881.0);
        assertThat(t.doubleColumn("dollar_value").sum()).isCloseTo(2_500_315.63, within(0.005));
        assertThat(t.dateColumn("date").min()).isEqualTo(LocalDate.of(1997, 1, 1));
        assertThat(t.dateColumn("date").max()).isEqualTo(LocalDate.of(1998, 6, 30));
    }

    @Test
    void cdnowSampleHasNoHeaderAndItsCustomers() throws Exception {
        Table t = read(SharedDatasets.require("cdnow/CDNOW_sample.txt")).table();
        assertThat(t.stringColumn("column_1").countUnique()).isEqualTo(2_357);
        assertThat(t.stringColumn("column_1").get(0)).isEqualTo("00004");
    }

    @Test
    void telcoReadsBlankChargesAsMissingAndCountsChurn() throws Exception {
        for (String name : new String[] {"telco-churn/WA_Fn-UseC_-Telco-Customer-Churn.csv",
            "telco-churn/Telco-Customer-Churn.csv"}) {
            ImportedTable t = read(SharedDatasets.require(name));
            assertThat(column(t, "TotalCharges").missing()).as(name).isEqualTo(11);
            assertThat(t.table().booleanColumn("Churn").isTrue().size()).isEqualTo(1_869);
            assertThat(t.table().stringColumn("customerID").countUnique()).isEqualTo(7_043);
        }
    }

    @Test
    void marketingCampaignReadsDayFirstDatesAndTrimsTheResponse() throws Exception {
        ImportedTable t = read(SharedDatasets.require("marketing-campaign/marketing_campaign.csv"));
        assertThat(column(t, "Dt_Customer").datePattern()).isEqualTo("dd-MM-yyyy");
        assertThat(t.table().dateColumn("Dt_Customer").get(0)).isEqualTo(LocalDate.of(2012, 9, 4));
        assertThat(column(t, "Income").missing()).isEqualTo(24);
        assertThat(t.table().longColumn("Response").sum()).isEqualTo(334.0);
        assertThat(t.report().notes()).anyMatch(n -> n.startsWith("Dt_Customer: read as day-month-year"));
    }

    @Test
    void labelsCountAsPublished() throws Exception {
        assertThat(read(SharedDatasets.require("bank-marketing/bank-additional-full.csv")).table()
                .booleanColumn("y").isTrue().size()).isEqualTo(4_640);
        assertThat(read(SharedDatasets.require("bank-marketing/bank-full.csv")).table()
                .booleanColumn("y").isTrue().size()).isEqualTo(5_289);
        Table shoppers = read(SharedDatasets.require("online-shoppers/online_shoppers_intention.csv")).table();
        assertThat(shoppers.booleanColumn("Revenue").isTrue().size()).isEqualTo(1_908);
        assertThat(shoppers.booleanColumn("Weekend").isTrue().size()).isEqualTo(2_868);
    }

    @Test
    void smallClusteringSetsCountAsPublished() throws Exception {
        Table mall = read(SharedDatasets.require("mall-customers/Mall_Customers.csv")).table();
        assertThat(mall.stringColumn("Gender").isEqualTo("Female").size()).isEqualTo(112);
        Table wholesale = read(SharedDatasets.require("wholesale-customers/Wholesale customers data.csv")).table();
        assertThat(wholesale.longColumn("Channel").isEqualTo(1).size()).isEqualTo(298);
    }
}
