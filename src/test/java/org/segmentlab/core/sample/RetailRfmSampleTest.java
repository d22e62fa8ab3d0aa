package org.segmentlab.core.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmentlab.core.Progress;
import org.segmentlab.core.data.ColumnRole;
import org.segmentlab.core.project.DataSourceRef;
import org.segmentlab.core.project.Project;
import org.segmentlab.core.project.ProjectStore;
import org.segmentlab.core.project.SourceKind;

class RetailRfmSampleTest {

    @TempDir
    static Path dir;

    private static SampleResult result;
    private static List<String[]> lines;
    private static Map<String, String> plantedGroup;

    /** What the tests of this class share is let go once they are done: other classes need the memory. */
    @AfterAll
    static void release() {
        result = null;
        lines = null;
        plantedGroup = null;
    }

    @BeforeAll
    static void generate() throws Exception {
        result = new RetailRfmSample().write(dir, 42, Progress.none());
        lines = SampleFiles.rows(dir.resolve("transactions.csv"));
        plantedGroup = new HashMap<>();
        for (String[] row : SampleFiles.rows(dir.resolve("answers.csv")).subList(1, RetailRfmSample.CUSTOMERS + 1)) {
            plantedGroup.put(row[0], row[1]);
        }
    }

    @Test
    void transactionsHaveTheOnlineRetailLayout() {
        assertThat(lines.get(0)).containsExactly("InvoiceNo", "StockCode", "Description", "Quantity", "InvoiceDate",
                "UnitPrice", "CustomerID", "Country");
        Pattern dateTime = Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
        Pattern price = Pattern.compile("\\d+\\.\\d{2}");
        List<String> bad = new ArrayList<>();
        for (String[] line : lines.subList(1, lines.size())) {
            if (line.length != 8 || !dateTime.matcher(line[4]).matches() || !price.matcher(line[5]).matches()) {
                bad.add(String.join(",", line));
            }
        }
        assertThat(bad).isEmpty();
        assertThat(lines.size() - 1).isBetween(70_000, 85_000);
    }

    @Test
    void aboutFourThousandCustomersEachWithAPlantedGroup() {
        Set<String> customers = new HashSet<>();
        for (String[] line : lines.subList(1, lines.size())) {
            if (!line[6].isEmpty()) {
                customers.add(line[6]);
            }
        }
        assertThat(customers).hasSize(RetailRfmSample.CUSTOMERS);
        assertThat(plantedGroup.keySet()).isEqualTo(customers);
        assertThat(new HashSet<>(plantedGroup.values())).containsExactlyInAnyOrder("champions", "loyal", "new",
                "at_risk", "hibernating", "one_off_big_spender");
    }

    @Test
    void cancellationsAreCInvoicesWithNegativeQuantitiesOnAboutOnePointFivePercentOfLines() {
        int cancelled = 0;
        List<String> mismatched = new ArrayList<>();
        for (String[] line : lines.subList(1, lines.size())) {
            boolean cInvoice = line[0].startsWith("C");
            if ((Integer.parseInt(line[3]) < 0) != cInvoice) {
                mismatched.add(String.join(",", line));
            }
            cancelled += cInvoice ? 1 : 0;
        }
        assertThat(mismatched).isEmpty();
        assertThat((double) cancelled / (lines.size() - 1)).isBetween(0.01, 0.02);
    }

    @Test
    void twoToThreePercentOfLinesHaveNoCustomerId() {
        long missing = lines.subList(1, lines.size()).stream().filter(l -> l[6].isEmpty()).count();
        assertThat((double) missing / (lines.size() - 1)).isBetween(0.02, 0.03);
    }

    @Test
    void thePlantedGroupsDifferInRecencyFrequencyAndSpendAsDescribed() {
        Map<String, LocalDate> lastPurchase = new HashMap<>();
        Map<String, Set<String>> invoices = new HashMap<>();
        Map<String, Double> spend = new HashMap<>();
        for (String[] line : lines.subList(1, lines.size())) {
            if (line[6].isEmpty() || line[0].startsWith("C")) {
                continue;
            }
            LocalDate day = LocalDateTime.parse(line[4].replace(' ', 'T')).toLocalDate();
            lastPurchase.merge(line[6], day, (a, b) -> a.isAfter(b) ? a : b);
            invoices.computeIfAbsent(line[6], c -> new HashSet<>()).add(line[0]);
            spend.merge(line[6], Integer.parseInt(line[3]) * Double.parseDouble(line[5]), Double::sum);
        }
        Map<String, List<Long>> recency = new HashMap<>();
        Map<String, List<Integer>> frequency = new HashMap<>();
        Map<String, List<Double>> money = new HashMap<>();
        for (Map.Entry<String, String> customer : plantedGroup.entrySet()) {
            String id = customer.getKey();
            String group = customer.getValue();
            recency.computeIfAbsent(group, g -> new ArrayList<>())
                    .add(ChronoUnit.DAYS.between(lastPurchase.get(id), RetailRfmSample.AS_OF));
            frequency.computeIfAbsent(group, g -> new ArrayList<>()).add(invoices.get(id).size());
            money.computeIfAbsent(group, g -> new ArrayList<>()).add(spend.get(id));
        }

        assertThat(recency.get("champions")).allMatch(days -> days <= 15);
        assertThat(recency.get("at_risk")).allMatch(days -> days >= 121 && days <= 361);
        assertThat(recency.get("hibernating")).allMatch(days -> days >= 201);
        assertThat(frequency.get("one_off_big_spender")).allMatch(f -> f == 1);
        assertThat(SampleText.median(frequency.get("champions"))).isGreaterThan(SampleText.median(frequency.get("loyal")));
        assertThat(SampleText.median(frequency.get("loyal"))).isGreaterThan(SampleText.median(frequency.get("hibernating")));
        double bigSpend = SampleText.median(money.get("one_off_big_spender"));
        for (String group : List.of("champions", "loyal", "new", "at_risk", "hibernating")) {
            assertThat(bigSpend).as("median spend of big spenders vs %s", group)
                    .isGreaterThan(2 * SampleText.median(money.get(group)));
        }
    }

    @Test
    void theProjectNamesTheRolesAndKeepsTheDataPathRelative() throws Exception {
        Project project = new ProjectStore().load(result.projectFile());

        DataSourceRef transactions = project.source("transactions").orElseThrow();
        assertThat(transactions.kind()).isEqualTo(SourceKind.TRANSACTIONS);
        assertThat(ProjectStore.resolve(transactions, result.projectFile())).isEqualTo(dir.resolve("transactions.csv"));
        assertThat(transactions.options().roles()).containsEntry("CustomerID", ColumnRole.CUSTOMER_ID)
                .containsEntry("InvoiceDate", ColumnRole.TIMESTAMP).containsEntry("Quantity", ColumnRole.QUANTITY)
                .containsEntry("UnitPrice", ColumnRole.UNIT_PRICE).containsEntry("InvoiceNo", ColumnRole.INVOICE);
        assertThat(project.seed()).isEqualTo(42L);
        assertThat(project.settings().rfm().asOf()).isEqualTo(RetailRfmSample.AS_OF);
        assertThat(result.projectFile()).content().contains("\"path\": \"transactions.csv\"");
    }

    @Test
    void theGuideGivesThePlantedFiguresAndTheCommands() {
        assertThat(dir.resolve("README.md")).content()
                .contains("| `champions` | 400 |")
                .contains("segmentlab rfm --input transactions.csv --as-of 2025-01-01 --out rfm.csv")
                .contains("What you should find");
    }
}
