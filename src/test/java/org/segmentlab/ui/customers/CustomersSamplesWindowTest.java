package org.segmentlab.ui.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.segmentlab.core.features.CustomerTable;
import org.segmentlab.core.features.CustomerTableResult;
import org.segmentlab.core.features.CustomerTableWarning;
import org.segmentlab.core.features.CustomerTableWindow;
import org.segmentlab.core.features.FeatureFamily;
import org.segmentlab.core.features.prep.PrepStep;
import org.segmentlab.core.features.scale.FeatureScaling;
import org.segmentlab.core.project.FeatureSettings;
import org.segmentlab.core.project.ProjectStore;
import org.segmentlab.ui.testing.HeadlessScreen;
import org.segmentlab.ui.testing.RecordingDialogs;
import org.segmentlab.ui.testing.Screenshots;
import org.segmentlab.ui.testing.WorkbenchWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Customers step on the three activity samples: the table has one row per customer of the
 * sample's files (counted here from the files themselves), the families the sources give, and the
 * figures a reader of the files would compute.
 */
@ExtendWith(ApplicationExtension.class)
class CustomersSamplesWindowTest {

    static {
        HeadlessScreen.ensureRoomForTheWorkbench();
    }

    private final RecordingDialogs dialogs = new RecordingDialogs();
    @TempDir
    Path dir;
    private WorkbenchWindow window;

    @Start
    void start(Stage stage) {
        window = WorkbenchWindow.show(stage, dialogs, dir);
    }

    @AfterEach
    void close() {
        window.close();
    }

    private CustomersViewModel build(FxRobot robot, String sample) throws TimeoutException {
        window.openSample(robot, sample);
        CustomersViewModel model = window.goTo(robot, "Customers", CustomersStep.class).model();
        robot.clickOn("#customers-build");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> model.table() != null && !model.isBuilding());
        window.waitUntilIdle(60);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialogs.shown()).isEmpty();
        return model;
    }

    @SuppressWarnings("unchecked")
    private static TableView<Integer> table(FxRobot robot) {
        return robot.lookup("#customers-table").queryAs(TableView.class);
    }

    private static void showTab(FxRobot robot, String id) {
        TabPane tabs = robot.lookup("#customers-tabs").queryAs(TabPane.class);
        Tab tab = tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst().orElseThrow();
        robot.interact(() -> tabs.getSelectionModel().select(tab));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The rows of a sample file, split at commas (the samples quote nothing), header first. */
    private static List<String[]> rows(String sample, String file) throws IOException {
        List<String> lines = Files.readAllLines(Path.of("sample-projects", sample, file));
        assertThat(lines).noneMatch(line -> line.contains("\""));
        return lines.stream().filter(line -> !line.isBlank()).map(line -> line.split(",", -1)).toList();
    }

    private static Set<String> distinct(List<String[]> rows, String column) {
        int c = Arrays.asList(rows.get(0)).indexOf(column);
        Set<String> out = new HashSet<>();
        for (String[] row : rows.subList(1, rows.size())) {
            if (!row[c].isBlank()) {
                out.add(row[c]);
            }
        }
        return out;
    }

    private static Set<FeatureFamily> families(CustomersViewModel model) {
        Set<FeatureFamily> out = new HashSet<>();
        model.features().forEach(choice -> out.add(choice.family()));
        return out;
    }

    @Test
    void cdpEventsGivesEveryUserBehaviourAndAttributes(FxRobot robot) throws Exception {
        CustomersViewModel model = build(robot, "cdp-events");
        List<String[]> events = rows("cdp-events", "events.csv");
        Set<String> users = distinct(rows("cdp-events", "users.csv"), "user_id");
        users.addAll(distinct(events, "user_id"));

        CustomerTable shown = model.table();
        assertThat(shown.rowCount()).isEqualTo(users.size()).isEqualTo(2000);
        assertThat(new HashSet<>(shown.customerIds())).isEqualTo(users);
        assertThat(table(robot).getItems()).hasSize(users.size());
        assertThat(families(model)).contains(FeatureFamily.EVENTS, FeatureFamily.ATTRIBUTES)
                .doesNotContain(FeatureFamily.TRANSACTIONS);
        assertThat(shown.featureNames()).contains("event_count", "session_count", "cart_abandonment_rate",
                "age", "plan", "country").anyMatch(name -> name.startsWith("category_share_"));

        // event_count is each user's events in the 30 days up to the as-of day, counted from the file
        CustomerTableWindow period = model.resultProperty().get().window();
        LocalDateTime from = period.firstDay().atStartOfDay();
        LocalDateTime until = period.asOf().plusDays(1).atStartOfDay();
        Map<String, Integer> counted = new HashMap<>();
        for (String[] event : events.subList(1, events.size())) {
            LocalDateTime time = LocalDateTime.parse(event[1].replace(' ', 'T'));
            if (!time.isBefore(from) && time.isBefore(until)) {
                counted.merge(event[0], 1, Integer::sum);
            }
        }
        double[] eventCount = shown.numeric("event_count");
        for (int row = 0; row < shown.rowCount(); row++) {
            assertThat(eventCount[row]).as(shown.customerIds().get(row))
                    .isEqualTo((double) counted.getOrDefault(shown.customerIds().get(row), 0));
        }
        assertThat(model.warnings()).extracting(CustomerTableWarning::kind)
                .contains(CustomerTableWarning.Kind.HEAVY_SKEW)
                .doesNotContain(CustomerTableWarning.Kind.UNMATCHED_IDS, CustomerTableWarning.Kind.NO_CUSTOMERS);
        Screenshots.save(robot.window(0).getScene(), "customers-cdp-events");

        showTab(robot, "customers-correlations-tab");
        assertThat(model.correlatedFeatures()).hasSizeLessThanOrEqualTo(CustomersViewModel.MAX_HEATMAP_FEATURES);
        assertThat(model.strongestPairs(5)).isNotEmpty().allSatisfy(pair -> assertThat(Math.abs(pair.r()))
                .isLessThanOrEqualTo(1));
        Screenshots.save(robot.window(0).getScene(), "customers-cdp-events-correlations");
        showTab(robot, "customers-warnings-tab");
        Screenshots.save(robot.window(0).getScene(), "customers-cdp-events-warnings");
    }

    @Test
    void saasChurnGivesEveryAccountItsWeeklyUsageAndAccountColumns(FxRobot robot) throws Exception {
        CustomersViewModel model = build(robot, "saas-churn");
        List<String[]> usage = rows("saas-churn", "weekly_usage.csv");
        Set<String> accounts = distinct(rows("saas-churn", "accounts.csv"), "account_id");
        accounts.addAll(distinct(usage, "account_id"));

        CustomerTable shown = model.table();
        assertThat(shown.rowCount()).isEqualTo(accounts.size()).isEqualTo(5000);
        assertThat(new HashSet<>(shown.customerIds())).isEqualTo(accounts);
        assertThat(families(model)).contains(FeatureFamily.EVENTS, FeatureFamily.ATTRIBUTES);
        // weekly counts are no event log: no sessions, but counts per column and a trend
        assertThat(shown.featureNames()).contains("activity_trend", "plan", "seats")
                .doesNotContain("session_count", "avg_session_seconds");

        // logins in the window, summed from the file: weeks starting in the 42 days up to the as-of day
        CustomerTableWindow period = model.resultProperty().get().window();
        int login = Arrays.asList(usage.get(0)).indexOf("logins");
        Map<String, Integer> logins = new HashMap<>();
        for (String[] week : usage.subList(1, usage.size())) {
            LocalDate start = LocalDate.parse(week[1]);
            if (!start.isBefore(period.firstDay()) && !start.isAfter(period.asOf())) {
                logins.merge(week[0], Integer.parseInt(week[login]), Integer::sum);
            }
        }
        String loginColumn = shown.featureNames().stream().filter(name -> name.endsWith("logins")).findFirst()
                .orElseThrow();
        double[] shownLogins = shown.numeric(loginColumn);
        for (int row = 0; row < shown.rowCount(); row++) {
            assertThat(shownLogins[row]).as(shown.customerIds().get(row))
                    .isEqualTo((double) logins.getOrDefault(shown.customerIds().get(row), 0));
        }
        assertThat(model.warnings()).extracting(CustomerTableWarning::kind)
                .doesNotContain(CustomerTableWarning.Kind.UNMATCHED_IDS, CustomerTableWarning.Kind.NO_CUSTOMERS);
        Screenshots.save(robot.window(0).getScene(), "customers-saas-churn");
    }

    @Test
    void retailRfmGivesEveryBuyerTheChosenRecencyFrequencyAndMonetary(FxRobot robot) throws Exception {
        CustomersViewModel model = build(robot, "retail-rfm");
        List<String[]> lines = rows("retail-rfm", "transactions.csv");
        Set<String> buyers = distinct(lines, "CustomerID");

        CustomerTable shown = model.table();
        assertThat(shown.rowCount()).isEqualTo(buyers.size()).isEqualTo(4000);
        assertThat(families(model)).containsExactly(FeatureFamily.TRANSACTIONS);
        // the 90-day window's orders and spend say their window: RFM's frequency and monetary count the whole history
        assertThat(shown.featureNames()).containsExactly("recency_days", "frequency_90d", "monetary_90d");
        assertThat(table(robot).getColumns()).extracting(TableColumn::getText)
                .containsExactly("customer_id", "recency_days", "frequency_90d", "monetary_90d");

        // monetary_90d: quantity × price over the window's lines, cancellations (C invoices, quantity ≤ 0) left out
        CustomerTableResult built = model.resultProperty().get();
        LocalDateTime from = built.window().firstDay().atStartOfDay();
        LocalDateTime until = built.window().asOf().plusDays(1).atStartOfDay();
        List<String> header = Arrays.asList(lines.get(0));
        int invoice = header.indexOf("InvoiceNo");
        int quantity = header.indexOf("Quantity");
        int date = header.indexOf("InvoiceDate");
        int price = header.indexOf("UnitPrice");
        int customer = header.indexOf("CustomerID");
        Map<String, Double> spent = new HashMap<>();
        for (String[] line : lines.subList(1, lines.size())) {
            LocalDateTime time = LocalDateTime.parse(line[date].replace(' ', 'T'));
            double q = Double.parseDouble(line[quantity]);
            double p = Double.parseDouble(line[price]);
            if (!line[customer].isBlank() && !line[invoice].startsWith("C") && q > 0 && p > 0
                    && !time.isBefore(from) && time.isBefore(until)) {
                spent.merge(line[customer], q * p, Double::sum);
            }
        }
        double[] monetary = shown.numeric("monetary_90d");
        int compared = 0;
        for (int row = 0; row < shown.rowCount(); row++) {
            Double expected = spent.get(shown.customerIds().get(row));
            if (expected != null) {
                assertThat(monetary[row]).as(shown.customerIds().get(row)).isCloseTo(expected, within(1e-6));
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(1000);
        Screenshots.save(robot.window(0).getScene(), "customers-retail-rfm");
    }

    @Test
    void sessionGapAndPreparationStepsComeBackWhenTheProjectIsOpenedAgain(FxRobot robot) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("cdp"));
        for (String file : List.of("cdp-events.slproj.json", "events.csv", "users.csv")) {
            Files.copy(Path.of("sample-projects", "cdp-events", file), folder.resolve(file));
        }
        Path project = folder.resolve("cdp-events.slproj.json");
        window.openProject(robot, project);
        CustomersViewModel model = window.goTo(robot, "Customers", CustomersStep.class).model();
        robot.interact(() -> model.sessionGapMinutesProperty().set(45));
        robot.clickOn("#customers-build");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> model.table() != null && !model.isBuilding());
        List<String> skewed = model.skewedFeatures();
        assertThat(skewed).contains("event_count");

        showTab(robot, "customers-preparation-tab");
        robot.clickOn("#customers-add-step");
        robot.clickOn("Log of 1 + value: the skewed features");
        robot.clickOn("#customers-add-step");
        robot.clickOn("Scale: Robust (median / IQR)");
        window.waitUntilIdle(60);
        WaitForAsyncUtils.waitForFxEvents();
        List<PrepStep> steps = List.of(new PrepStep.Log1p(skewed), new PrepStep.Scale(List.of(), FeatureScaling.ROBUST));
        assertThat(model.preparation()).containsExactlyElementsOf(steps);
        // robust scaling after the log: every numeric feature that varies has median 0 in the table shown
        CustomerTable prepared = model.table();
        CustomerTable raw = model.resultProperty().get().raw();
        assertThat(prepared.numeric("event_count")).isNotEqualTo(raw.numeric("event_count"));
        for (String name : List.of("event_count", "session_count", "days_active")) {
            double[] sorted = Arrays.stream(prepared.numeric(name)).filter(v -> !Double.isNaN(v)).sorted().toArray();
            double median = (sorted[(sorted.length - 1) / 2] + sorted[sorted.length / 2]) / 2;
            assertThat(median).as(name).isCloseTo(0, within(1e-9));
        }
        assertThat(model.summary("event_count").orElseThrow().median()).isCloseTo(0, within(1e-9));
        Screenshots.save(robot.window(0).getScene(), "customers-cdp-events-preparation");

        robot.interact(() -> window.workbench().model().saveProject());
        window.waitUntilIdle(30);
        FeatureSettings saved = new ProjectStore().load(project).settings().features();
        assertThat(saved.sessionGapMinutes()).isEqualTo(45);
        assertThat(saved.preparation()).containsExactlyElementsOf(steps);

        window.openSample(robot, "retail-rfm");
        CustomersViewModel retail = window.goTo(robot, "Customers", CustomersStep.class).model();
        assertThat(retail).isNotSameAs(model);
        assertThat(retail.preparation()).isEmpty();
        assertThat(retail.sessionGapMinutesProperty().get()).isEqualTo(30);

        window.openProject(robot, project);
        WaitForAsyncUtils.waitForFxEvents();
        CustomersViewModel again = window.goTo(robot, "Customers", CustomersStep.class).model();
        assertThat(again.sessionGapMinutesProperty().get()).isEqualTo(45);
        assertThat(again.preparation()).containsExactlyElementsOf(steps);
        @SuppressWarnings("unchecked")
        ListView<PrepStep> shownSteps = robot.lookup("#customers-preparation")
                .queryAs(ListView.class);
        assertThat(shownSteps.getItems()).containsExactlyElementsOf(steps);
        assertThat(robot.lookup("#customers-session-gap").queryAs(Spinner.class).getValue())
                .isEqualTo(45);
        assertThat(dialogs.shown()).isEmpty();
    }
}
