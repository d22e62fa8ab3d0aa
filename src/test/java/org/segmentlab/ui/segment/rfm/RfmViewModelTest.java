package org.segmentlab.ui.segment.rfm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmentlab.core.features.rfm.CustomerRfm;
import org.segmentlab.core.project.CancellationMode;
import org.segmentlab.core.project.DataSourceRef;
import org.segmentlab.core.project.ImportSettings;
import org.segmentlab.core.project.RfmSettings;
import org.segmentlab.core.project.SourceKind;
import org.segmentlab.core.segment.rfm.SegmentMap;
import org.segmentlab.core.segment.rfm.SegmentRule;
import org.segmentlab.ui.data.DataReader;
import org.segmentlab.ui.data.DataViewModel;
import org.segmentlab.ui.testing.DirectTaskRunner;
import org.segmentlab.ui.testing.RecordingDialogs;

/**
 * Five customers bought on 6 to 10 January 2024, the later ones more often: A last bought on the
 * 10th with 5 invoices, B on the 9th with 4, C on the 8th with 3, D on the 7th with 2, E on the 6th
 * with 1. With 5 bins and the as-of day 11 January every score is distinct: A is R5 F5 (Champions),
 * B R4 F4 (Loyal Customers), C R3 F3 (Need Attention), D R2 F2 and E R1 F1 (both Hibernating).
 */
class RfmViewModelTest {

    @TempDir
    Path dir;

    private final AtomicInteger reads = new AtomicInteger();
    private final DirectTaskRunner tasks = new DirectTaskRunner();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final MemoryStore store = new MemoryStore();
    private DataViewModel data;
    private RfmViewModel model;

    /** Keeps what the view-model saves, as the open project would. */
    static final class MemoryStore implements RfmSettingsStore {
        RfmStepSettings settings = RfmStepSettings.DEFAULTS;
        final List<RfmStepSettings> saved = new ArrayList<>();

        @Override
        public RfmStepSettings load() {
            return settings;
        }

        @Override
        public void save(RfmStepSettings next) {
            settings = next;
            saved.add(next);
        }
    }

    @BeforeEach
    void openTransactions() throws IOException {
        Path file = dir.resolve("orders.csv");
        StringBuilder csv = new StringBuilder("InvoiceNo,CustomerID,InvoiceDate,Amount\n");
        String[] customers = {"A", "B", "C", "D", "E"};
        int invoice = 1;
        for (int c = 0; c < customers.length; c++) {
            int invoices = 5 - c;
            int lastDay = 10 - c;
            for (int k = 0; k < invoices; k++) {
                csv.append(invoice++).append(',').append(customers[c]).append(",2024-01-")
                        .append(String.format("%02d", lastDay - k)).append(" 12:00:00,").append(20 * (5 - c))
                        .append('\n');
            }
        }
        Files.writeString(file, csv);
        DataReader real = DataReader.tableImporter();
        DataReader counting = (options, progress) -> {
            reads.incrementAndGet();
            return real.read(options, progress);
        };
        data = new DataViewModel(counting, tasks, dialogs);
        model = new RfmViewModel(data, tasks, dialogs, store);
        model.runAutomatically();
        data.replaceSources(List.of(DataSourceRef.of("transactions", SourceKind.TRANSACTIONS, file,
                ImportSettings.DETECT)), null);
    }

    private int customersOf(String segment) {
        return model.segments().stream().filter(row -> row.name().equals(segment))
                .mapToInt(row -> row.summary().customers()).sum();
    }

    @Test
    void transactionsSourceIsScoredAtOnceWithColumnsFoundByRoleAndNextDayAsOf() {
        assertThat(model.customerColumnProperty().get()).isEqualTo("CustomerID");
        assertThat(model.dateColumnProperty().get()).isEqualTo("InvoiceDate");
        assertThat(model.amountColumnProperty().get()).isEqualTo("Amount");
        assertThat(model.invoiceColumnProperty().get()).isEqualTo("InvoiceNo");
        assertThat(model.result().size()).isEqualTo(5);
        assertThat(model.result().asOf()).isEqualTo(LocalDate.of(2024, 1, 11));
        assertThat(customersOf("Champions")).isEqualTo(1);
        assertThat(customersOf("Loyal Customers")).isEqualTo(1);
        assertThat(customersOf("Need Attention")).isEqualTo(1);
        assertThat(customersOf("Hibernating")).isEqualTo(2);
        assertThat(model.segments()).hasSize(10);
        assertThat(model.segmentation().grid().cells()).hasSize(25);
        assertThat(model.warnings()).isEmpty();
        assertThat(dialogs.errors()).isEmpty();
    }

    @Test
    void editingARuleMovesCustomersAtOnceWithoutReadingTheTransactionsAgain() {
        int readsBefore = reads.get();
        List<String> tasksBefore = List.copyOf(tasks.titles());
        int hibernating = indexOf("Hibernating");

        model.updateRule(hibernating, SegmentRule.onRecencyAndFrequency("Hibernating", 1, 1, 1, 2, "Let go"));

        assertThat(customersOf("Hibernating")).isEqualTo(1);
        assertThat(customersOf(SegmentMap.OTHERS)).isEqualTo(1);
        assertThat(model.segments().get(model.segments().size() - 1).name()).isEqualTo(SegmentMap.OTHERS);
        assertThat(reads.get()).isEqualTo(readsBefore);
        assertThat(tasks.titles()).isEqualTo(tasksBefore);
        RfmSettings saved = store.settings.rfm();
        assertThat(saved.segmentMap()).hasSize(10);
        assertThat(saved.segmentMap().get(hibernating).recency().to()).isEqualTo(1);

        model.moveRuleUp(hibernating);
        assertThat(model.rules().get(hibernating - 1).name()).isEqualTo("Hibernating");
        model.resetMap();
        assertThat(customersOf("Hibernating")).isEqualTo(2);
        assertThat(store.settings.rfm().segmentMap()).isNull();
    }

    @Test
    void aMapThatCannotApplyIsReportedAndTheLastGoodOneStays() {
        int champions = indexOf("Champions");
        model.updateRule(champions, SegmentRule.onRecencyAndFrequency("Loyal Customers", 5, 5, 4, 5, ""));

        assertThat(model.mapProblemProperty().get()).contains("'Loyal Customers' appears twice");
        assertThat(model.warnings()).anySatisfy(w -> assertThat(w).contains("appears twice"));
        assertThat(customersOf("Champions")).isEqualTo(1);
    }

    @Test
    void actionEditIsKeptInTheProjectSettings() {
        SegmentRow champions = model.segments().stream().filter(r -> r.name().equals("Champions")).findFirst()
                .orElseThrow();

        champions.actionProperty().set("Send the VIP catalogue");

        assertThat(store.settings.actions()).isEqualTo(Map.of("Champions", "Send the VIP catalogue"));
        assertThat(model.rules().get(indexOf("Champions")).action()).isEqualTo("Send the VIP catalogue");
        // The segmentation is applied again with the new action, and the row keeps it.
        model.selectSegment(champions.id());
        assertThat(model.segments().get(indexOf("Champions")).action()).isEqualTo("Send the VIP catalogue");
    }

    @Test
    void fourBinsLeaveEveryoneInOthersAndSaySo() {
        model.binsProperty().set(4);
        model.run();

        assertThat(model.result().bins()).isEqualTo(4);
        assertThat(customersOf(SegmentMap.OTHERS)).isEqualTo(5);
        assertThat(model.warnings()).singleElement().asString()
                .contains("for 5 bins but the scores have 4 bins").contains("Others");
        assertThat(store.settings.rfm().bins()).isEqualTo(4);
    }

    @Test
    void pickingASegmentOrASquareListsItsCustomers() {
        int hibernating = model.segments().get(indexOf("Hibernating")).id();
        model.selectSegment(hibernating);
        assertThat(model.selectedCustomers()).extracting(CustomerRfm::customerId).containsExactly("D", "E");
        assertThat(model.selectionTitleProperty().get()).isEqualTo("Hibernating: 2 customers");

        model.selectCell(5, 5);
        assertThat(model.selectedCustomers()).singleElement().satisfies(c -> {
            assertThat(c.customerId()).isEqualTo("A");
            assertThat(c.recencyDays()).isEqualTo(1);
            assertThat(c.frequency()).isEqualTo(5);
            assertThat(c.monetary()).isEqualTo(500.0);
            assertThat(c.segment()).isEqualTo("Champions");
        });
    }

    @Test
    void exportWritesEveryCustomersSegment() throws IOException {
        Path out = dir.resolve("segments.csv");
        model.export(out);

        assertThat(Files.readAllLines(out)).containsExactly(
                "customer_id,segment_id,segment_name,recency_days,frequency,monetary",
                "A,1,Champions,1,5,500.00",
                "B,2,Loyal Customers,2,4,320.00",
                "C,6,Need Attention,3,3,180.00",
                "D,10,Hibernating,4,2,80.00",
                "E,10,Hibernating,5,1,20.00");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("orders.csv",
                    "segments.csv");
        }
    }

    @Test
    void openingAProjectRestoresItsSettings() {
        store.settings = new RfmStepSettings(new RfmSettings("transactions", LocalDate.of(2024, 1, 9), 3,
                CancellationMode.NET, null), null, Map.of("Champions", "Thank them"));
        Path file = data.sources().get(0).options().file();

        data.replaceSources(List.of(DataSourceRef.of("transactions", SourceKind.TRANSACTIONS, file,
                ImportSettings.DETECT)), null);

        assertThat(model.asOfProperty().get()).isEqualTo(LocalDate.of(2024, 1, 9));
        assertThat(model.binsProperty().get()).isEqualTo(3);
        assertThat(model.rules().get(indexOf("Champions")).action()).isEqualTo("Thank them");
        assertThat(model.result().bins()).isEqualTo(3);
        assertThat(model.result().asOf()).isEqualTo(LocalDate.of(2024, 1, 9));
    }

    private int indexOf(String segment) {
        for (int i = 0; i < model.rules().size(); i++) {
            if (model.rules().get(i).name().equals(segment)) {
                return i;
            }
        }
        throw new AssertionError("no rule " + segment);
    }
}
