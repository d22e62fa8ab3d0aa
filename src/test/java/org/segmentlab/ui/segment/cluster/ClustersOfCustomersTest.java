package org.segmentlab.ui.segment.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmentlab.core.features.FeatureMatrix;
import org.segmentlab.core.features.scale.FeatureScaling;
import org.segmentlab.core.project.SourceKind;
import org.segmentlab.core.segment.cluster.ClusteringService;
import org.segmentlab.ui.data.DataReader;
import org.segmentlab.ui.data.DataViewModel;
import org.segmentlab.ui.testing.DirectTaskRunner;
import org.segmentlab.ui.testing.RecordingDialogs;

/** Clustering the customers of a transactions log on the features computed from their purchases. */
class ClustersOfCustomersTest {

    @TempDir
    Path dir;

    private final DirectTaskRunner tasks = new DirectTaskRunner();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final DataViewModel data = new DataViewModel(DataReader.tableImporter(), tasks, dialogs);
    private final ProjectSettingsAccess project = ProjectSettingsAccess.inMemory();
    private final ClustersViewModel model = new ClustersViewModel(data, project, tasks, dialogs,
            new ClusteringService(1));

    /**
     * Twelve loyal customers (L1..L12: four weekly orders in December 2024, the last on the 25th) and
     * twelve lapsed ones (S1..S12: one small order in January or February 2024).
     */
    private void loadTwoGroups() throws Exception {
        StringBuilder csv = new StringBuilder("InvoiceNo,Quantity,InvoiceDate,UnitPrice,CustomerID\n");
        int invoice = 1000;
        for (int c = 1; c <= 12; c++) {
            for (int week = 0; week < 4; week++) {
                csv.append(String.format(Locale.ROOT, "%d,2,2024-12-%02d 10:00:00,%.2f,L%d%n", invoice++,
                        2 + week * 7 + c % 3, 20.0 + c, c));
            }
        }
        for (int c = 1; c <= 12; c++) {
            csv.append(String.format(Locale.ROOT, "%d,1,2024-%02d-%02d 10:00:00,%.2f,S%d%n", invoice++,
                    1 + c % 2, 3 + c, 2 + c * 0.1, c));
        }
        Path file = dir.resolve("shop.csv");
        Files.writeString(file, csv.toString());
        data.importFile(file);
        assertThat(data.selected().kind()).isEqualTo(SourceKind.TRANSACTIONS);
    }

    private ClusterChoice customersChoice() {
        return model.choices().stream().filter(ClusterChoice::customers).findFirst().orElseThrow();
    }

    @Test
    void aTransactionsLogIsOfferedAsItsTableAndAsItsCustomers() throws Exception {
        loadTwoGroups();

        assertThat(model.choices()).hasSize(2);
        assertThat(model.choices().get(0).customers()).isFalse();
        assertThat(customersChoice().label()).isEqualTo("Customers of " + data.selected().name()
                + " (RFM and purchase features)");
    }

    @Test
    void theCustomersInputOffersRfmFeaturesChosenAndLogScaled() throws Exception {
        loadTwoGroups();

        model.choiceProperty().set(customersChoice());

        assertThat(model.idColumnProperty().get()).isEqualTo("customer_id");
        assertThat(model.numericColumns()).contains("recency_days", "frequency", "monetary");
        assertThat(model.features()).containsExactly("recency_days", "frequency", "monetary");
        assertThat(model.scalingProperty().get()).isEqualTo(FeatureScaling.LOG_ZSCORE);
        assertThat(model.statusProperty().get()).startsWith("24 customers with ")
                .endsWith("as of 2024-12-26 (records from 2024-01-05)");
        assertThat(dialogs.shown()).isEmpty();
    }

    @Test
    void twoSegmentsOfTheCustomersSeparateTheLoyalFromTheLapsed() throws Exception {
        loadTwoGroups();
        model.choiceProperty().set(customersChoice());
        model.minKProperty().set(2);
        model.maxKProperty().set(4);

        model.run();
        model.applyK(2);

        assertThat(dialogs.shown()).isEmpty();
        ClusterOutcome outcome = model.outcome();
        assertThat(outcome.k()).isEqualTo(2);
        FeatureMatrix matrix = outcome.matrix();
        assertThat(matrix.customerCount()).isEqualTo(24);
        int[] segment = outcome.result().assignments();
        Set<Integer> loyal = new HashSet<>();
        Set<Integer> lapsed = new HashSet<>();
        for (int i = 0; i < segment.length; i++) {
            (matrix.customerIds().get(i).startsWith("L") ? loyal : lapsed).add(segment[i]);
        }
        assertThat(loyal).hasSize(1);
        assertThat(lapsed).hasSize(1).doesNotContainAnyElementsOf(loyal);
        assertThat(model.segments()).extracting(SegmentRow::size).containsExactlyInAnyOrder(12, 12);
    }

    @Test
    void theValueEngagementMatrixStartsWithSpendAgainstPurchaseCount() throws Exception {
        loadTwoGroups();
        model.choiceProperty().set(customersChoice());

        model.run();

        assertThat(model.valueMeasureProperty().get()).isEqualTo("monetary");
        assertThat(model.engagementMeasureProperty().get()).isEqualTo("frequency");
    }

    @Test
    void choosingATableAgainOffersItsOwnColumns() throws Exception {
        loadTwoGroups();
        model.choiceProperty().set(customersChoice());

        model.choiceProperty().set(model.choices().get(0));

        assertThat(model.idColumnProperty().get()).isEqualTo("CustomerID");
        assertThat(model.numericColumns()).doesNotContain("recency_days");
    }
}
