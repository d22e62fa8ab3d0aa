package org.segmentlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmentlab.core.segment.rfm.SegmentMap;
import org.segmentlab.core.segment.rfm.SegmentMapFile;
import org.segmentlab.core.segment.rfm.SegmentRule;
import org.segmentlab.testing.SharedDatasets;

class RfmCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /**
     * Four customers; 1006 has no customer id and C1003 is a cancellation. The last purchase is on
     * 2024-01-21, so as-of is 2024-01-22.
     * <pre>
     * 101: 1001 (2 × 5 + 1 × 2.5) on 01-10, 1002 (5) on 01-20   R 2,  F 2, M 17.50
     * 102: 1004 (3 × 10) on 01-05                                R 17, F 1, M 30.00
     * 103: 1005 (4 × 2.5) on 01-15                               R 7,  F 1, M 10.00
     * 104: 1007 (10 × 1) on 01-21                                R 1,  F 1, M 10.00
     * </pre>
     * n = 4, bins 5: score = 1 + floor(5 × worse / 4).
     * R: 101 has 2 larger -> 3; 102 none -> 1; 103 one -> 2; 104 three -> 4.
     * F: 101 has 3 smaller -> 4; the others none -> 1.
     * M: 101 has 2 smaller -> 3; 102 three -> 4; 103 and 104 tie with none smaller -> 1.
     */
    private Path retailLike() throws Exception {
        Path file = dir.resolve("sales.csv");
        Files.writeString(file, String.join("\n",
                "InvoiceNo,StockCode,Quantity,InvoiceDate,UnitPrice,CustomerID",
                "1001,A,2,2024-01-10 09:00:00,5.00,101",
                "1001,B,1,2024-01-10 09:00:00,2.50,101",
                "1002,A,1,2024-01-20 10:00:00,5.00,101",
                "C1003,A,-1,2024-01-21 10:00:00,5.00,101",
                "1004,A,3,2024-01-05 11:00:00,10.00,102",
                "1005,B,4,2024-01-15 12:00:00,2.50,103",
                "1006,B,1,2024-01-21 12:00:00,2.50,",
                "1007,A,10,2024-01-21 15:00:00,1.00,104") + "\n");
        return file;
    }

    private int run(String... args) {
        return SegmentLabCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private static List<String> lines(Path file) throws Exception {
        return Files.readAllLines(file, StandardCharsets.UTF_8);
    }

    @Test
    void writesTheContractColumnsWithHandComputedValues() throws Exception {
        Path csv = dir.resolve("rfm.csv");

        int code = run("rfm", "--input", retailLike().toString(), "--out", csv.toString());

        assertThat(code).as(err.toString()).isZero();
        assertThat(lines(csv)).containsExactly(
                "customer_id,recency_days,frequency,monetary,r_score,f_score,m_score,rfm_cell,segment",
                "101,2,2,17.50,3,4,3,343,Loyal Customers",
                "102,17,1,30.00,1,1,4,114,Hibernating",
                "103,7,1,10.00,2,1,1,211,Hibernating",
                "104,1,1,10.00,4,1,1,411,Promising");
        assertThat(err.toString()).contains("4 customers from 8 lines").contains("as of 2024-01-22")
                .contains("1 without customer id").contains("1 cancellations/returns")
                .contains("Hibernating 2").contains("Promising 1");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void columnsRfmDoesNotUseAreNotReadAndTheSummarySaysWhich() throws Exception {
        Path csv = dir.resolve("rfm.csv");
        int code = run("rfm", "--input", retailLike().toString(), "--out", csv.toString());
        assertThat(code).as(err.toString()).isZero();
        assertThat(err.toString()).contains("import: Not read, as this task does not use them: StockCode.");
        // named explicitly, a column is read whatever its name suggests
        err.getBuffer().setLength(0);
        code = run("rfm", "--input", retailLike().toString(), "--out", csv.toString(), "--invoice", "StockCode");
        assertThat(code).as(err.toString()).isZero();
        assertThat(err.toString()).contains("invoice StockCode").contains("Not read, as this task does not use them: InvoiceNo.");
    }

    @Test
    void namedColumnsAreFoundWhateverTheirCase() throws Exception {
        Path csv = dir.resolve("rfm.csv");

        int code = run("rfm", "--input", retailLike().toString(), "--customer", "customerid", "--date", "INVOICEDATE",
                "--quantity", "quantity", "--price", "unitprice", "--invoice", "invoiceno", "--out", csv.toString());

        assertThat(code).as(err.toString()).isZero();
        assertThat(lines(csv)).hasSize(5).element(1).isEqualTo("101,2,2,17.50,3,4,3,343,Loyal Customers");
    }

    @Test
    void anAsOfDayInTheMiddleLeavesLaterLinesOut() throws Exception {
        Path csv = dir.resolve("rfm.csv");

        int code = run("rfm", "--input", retailLike().toString(), "--as-of", "2024-01-15", "--out", csv.toString());

        // Kept: 1001 (101, 01-10), 1004 (102, 01-05), 1005 (103, on the as-of day). n = 3.
        // R: 101 5, 102 10, 103 0 -> 101 one larger -> 1 + floor(5/3) = 2; 102 -> 1; 103 two larger -> 4.
        // F all 1 -> 1. M: 101 12.50 one smaller -> 2; 102 30 -> 1 + floor(10/3) = 4; 103 10 -> 1.
        assertThat(code).as(err.toString()).isZero();
        assertThat(lines(csv)).containsExactly(
                "customer_id,recency_days,frequency,monetary,r_score,f_score,m_score,rfm_cell,segment",
                "101,5,1,12.50,2,1,2,212,Hibernating",
                "102,10,1,30.00,1,1,4,114,Hibernating",
                "103,0,1,10.00,4,1,1,411,Promising");
        assertThat(err.toString()).contains("3 after the as-of day");
    }

    @Test
    void nettedCancellationsLowerMonetary() throws Exception {
        Path csv = dir.resolve("rfm.csv");

        int code = run("rfm", "--input", retailLike().toString(), "--cancellations", "net", "--out", csv.toString());

        assertThat(code).as(err.toString()).isZero();
        assertThat(lines(csv).get(1)).startsWith("101,2,2,12.50,");
    }

    @Test
    void textIdsAreQuotedWhenNeededAndDaysCountWithoutAnInvoiceColumn() throws Exception {
        Path input = dir.resolve("orders.csv");
        Files.writeString(input, String.join("\n",
                "customer,date,amount",
                "\"Smith, J\",2024-03-01,20",
                "\"Smith, J\",2024-03-01,5",
                "\"Smith, J\",2024-03-03,10",
                "Jones,2024-03-02,40") + "\n");
        Path csv = dir.resolve("rfm.csv");

        int code = run("rfm", "--input", input.toString(), "--out", csv.toString());

        // as-of 03-04. Smith: R 1, F 2 days, M 35; Jones: R 2, F 1, M 40. n = 2: one worse -> 1 + floor(5/2) = 3.
        assertThat(code).as(err.toString()).isZero();
        assertThat(lines(csv)).containsExactly(
                "customer_id,recency_days,frequency,monetary,r_score,f_score,m_score,rfm_cell,segment",
                "Jones,2,1,40.00,1,1,3,113,Hibernating",
                "\"Smith, J\",1,2,35.00,3,3,1,331,Need Attention");
        assertThat(err.toString()).contains("frequency = purchase days");
    }

    @Test
    void fourBinsShowEveryoneAsOthersAndSaySo() throws Exception {
        Path csv = dir.resolve("rfm.csv");

        int code = run("rfm", "--input", retailLike().toString(), "--bins", "4", "--out", csv.toString());

        assertThat(code).as(err.toString()).isZero();
        assertThat(lines(csv).subList(1, 5)).allSatisfy(line -> assertThat(line).endsWith(",Others"));
        assertThat(err.toString()).contains("warning: The segment map is for 5 bins but the scores have 4 bins");
    }

    @Test
    void aSegmentMapFileReplacesTheStandardMap() throws Exception {
        Path map = dir.resolve("map.json");
        new SegmentMapFile().write(map, new SegmentMap(5, List.of(
                new SegmentRule("Big basket", 1, 5, 1, 5, 4, 5, "Thank them"),
                SegmentRule.onRecencyAndFrequency("Recent", 3, 5, 1, 5, ""))));
        Path csv = dir.resolve("rfm.csv");

        int code = run("rfm", "--input", retailLike().toString(), "--segments", map.toString(), "--out", csv.toString());

        // 101 343 -> Recent; 102 114 -> Big basket; 103 211 -> Others; 104 411 -> Recent.
        assertThat(code).as(err.toString()).isZero();
        Map<String, String> segmentById = lines(csv).stream().skip(1).map(l -> l.split(","))
                .collect(Collectors.toMap(f -> f[0], f -> f[8]));
        assertThat(segmentById).containsExactlyInAnyOrderEntriesOf(
                Map.of("101", "Recent", "102", "Big basket", "103", "Others", "104", "Recent"));
    }

    @Test
    void anUnknownColumnNameIsBadInputNamingItAndTheColumnsThere() throws Exception {
        Path csv = dir.resolve("rfm.csv");

        int code = run("rfm", "--input", retailLike().toString(), "--customer", "Client", "--out", csv.toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("'Client'").contains("sales.csv")
                .contains("InvoiceNo, StockCode, Quantity, InvoiceDate, UnitPrice, CustomerID")
                .doesNotContain("Exception");
        assertThat(csv).doesNotExist();
    }

    @Test
    void aFileWithoutMoneyColumnsIsBadInputWithAHint() throws Exception {
        Path input = dir.resolve("visits.csv");
        Files.writeString(input, "customer_id,date,page\n1,2024-01-01,home\n2,2024-01-02,cart\n");

        int code = run("rfm", "--input", input.toString(), "--out", dir.resolve("rfm.csv").toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("no amount column found in visits.csv").contains("--amount");
    }

    @Test
    void amountWithQuantityIsAUsageError() throws Exception {
        int code = run("rfm", "--input", retailLike().toString(), "--amount", "x", "--quantity", "Quantity",
                "--price", "UnitPrice", "--out", dir.resolve("rfm.csv").toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--amount cannot be combined");
    }

    @Test
    void binsOutsideTheRangeAreAUsageError() throws Exception {
        int code = run("rfm", "--input", retailLike().toString(), "--bins", "12", "--out",
                dir.resolve("rfm.csv").toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--bins must be between 3 and 10");
    }

    @Test
    void aBadAsOfDayIsAUsageError() throws Exception {
        int code = run("rfm", "--input", retailLike().toString(), "--as-of", "2024-13-01", "--out",
                dir.resolve("rfm.csv").toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("'2024-13-01' is not a day of the form yyyy-MM-dd");
    }

    @Test
    void anAsOfDayBeforeEveryPurchaseIsBadInput() throws Exception {
        int code = run("rfm", "--input", retailLike().toString(), "--as-of", "2023-01-01", "--out",
                dir.resolve("rfm.csv").toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("sales.csv: No customer has a purchase on or before 2023-01-01");
    }

    /**
     * The acceptance run on UCI Online Retail. 4,338 customers is the published count after
     * dropping lines without CustomerID, cancellations and non-positive quantities (and the 40
     * zero-price lines, which leave out one more customer). The row of 12347 matches pandas 1.5.3
     * on the same file (R from calendar days: last purchase 2011-12-07, as-of 2011-12-10).
     */
    @Test
    void onlineRetailGivesFourThousandThreeHundredThirtyEightCustomers() throws Exception {
        Path input = SharedDatasets.require("online-retail/online_retail_combined.csv");
        Path csv = dir.resolve("rfm.csv");

        int code = run("rfm", "--input", input.toString(), "--out", csv.toString());

        assertThat(code).as(err.toString()).isZero();
        List<String> lines = lines(csv);
        assertThat(lines).hasSize(1 + 4338);
        assertThat(lines.get(0)).isEqualTo(RfmCommand.HEADER);
        assertThat(lines).contains("12347,3,7,4310.00,5,5,5,555,Champions", "12346,326,1,77183.60,1,1,5,115,Hibernating");
        Map<String, Long> bySegment = lines.stream().skip(1).map(l -> l.substring(l.lastIndexOf(',') + 1))
                .collect(Collectors.groupingBy(s -> s, Collectors.counting()));
        assertThat(bySegment.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(4338);
        assertThat(bySegment).doesNotContainKey("Others");
    }

    @Test
    void missingValueWordsInTheCustomerColumnAreNoCustomers() throws Exception {
        Path file = dir.resolve("words.csv");
        Files.writeString(file, String.join("\n",
                "CustomerID,InvoiceDate,Amount",
                "c1,2024-01-02,10",
                "NULL,2024-01-02,10",
                "NA,2024-01-02,10",
                "null,2024-01-02,10",
                "N/A,2024-01-03,10",
                "c2,2024-01-03,5") + "\n");
        Path target = dir.resolve("rfm.csv");
        assertThat(run("rfm", "--input", file.toString(), "--out", target.toString())).as(err.toString()).isZero();
        assertThat(Files.readAllLines(target)).hasSize(3);
        assertThat(err.toString()).contains("4 without customer id").contains("read as missing");
    }

    @Test
    void hugeAmountsAreSummedExactlyRankedInOrderAndWarnedAbout() throws Exception {
        Path file = dir.resolve("huge.csv");
        Files.writeString(file, String.join("\n",
                "CustomerID,InvoiceDate,Amount",
                "big,2024-01-02,1e308",
                "wide,2024-01-02,9999999999999999999999",
                "small,2024-01-03,12.5") + "\n");
        Path target = dir.resolve("rfm.csv");
        assertThat(run("rfm", "--input", file.toString(), "--out", target.toString())).as(err.toString()).isZero();
        Map<String, String[]> rows = Files.readAllLines(target).stream().skip(1).map(l -> l.split(","))
                .collect(Collectors.toMap(f -> f[0], f -> f));
        // 9999999999999999999999 is read as the nearest double, 1e22
        assertThat(rows.get("wide")[3]).isEqualTo("10000000000000000000000.00");
        assertThat(rows.get("big")[3]).isEqualTo("1" + "0".repeat(308) + ".00");
        assertThat(rows.get("small")[3]).isEqualTo("12.50");
        // M scores follow the amounts: small < wide < big
        assertThat(Integer.parseInt(rows.get("big")[6])).isGreaterThan(Integer.parseInt(rows.get("wide")[6]));
        assertThat(Integer.parseInt(rows.get("wide")[6])).isGreaterThan(Integer.parseInt(rows.get("small")[6]));
        assertThat(err.toString()).contains("warning:").contains("2 lines with an amount of 1,000,000,000,000 or more");
    }

    @Test
    void aSumBeyondTheLargestNumberIsRefusedNamingTheCustomer() throws Exception {
        Path file = dir.resolve("overflow.csv");
        Files.writeString(file, String.join("\n",
                "CustomerID,InvoiceDate,Amount",
                "big,2024-01-02,1.7e308",
                "big,2024-01-03,1.7e308",
                "small,2024-01-03,12.5") + "\n");
        Path target = dir.resolve("rfm.csv");
        assertThat(run("rfm", "--input", file.toString(), "--out", target.toString())).isEqualTo(1);
        assertThat(err.toString().strip().lines()).hasSize(1);
        assertThat(err.toString()).contains("overflow.csv").contains("big").contains("too large");
        assertThat(target).doesNotExist();
    }

    @Test
    void aFarFutureDateDoesNotMoveTheAsOfDaySilently() throws Exception {
        Path file = dir.resolve("future.csv");
        Files.writeString(file, String.join("\n",
                "CustomerID,InvoiceDate,Amount",
                "a,2024-01-02,10",
                "b,2024-01-05,10",
                "c,2999-12-31,10") + "\n");
        Path target = dir.resolve("rfm.csv");
        assertThat(run("rfm", "--input", file.toString(), "--out", target.toString())).as(err.toString()).isZero();
        assertThat(err.toString()).contains("warning:").contains("2999-12-31").contains("3000-01-01")
                .contains("--as-of");
    }
}
