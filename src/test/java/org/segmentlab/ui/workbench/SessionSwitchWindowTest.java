package org.segmentlab.ui.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.segmentlab.ui.common.WorkbenchStep;
import org.segmentlab.ui.testing.RecordingDialogs;
import org.segmentlab.ui.testing.Screenshots;
import org.segmentlab.ui.testing.WorkbenchWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Opens the four samples one after another, then a new project and an imported file, visiting every
 * step each time: no error may show, and nothing of an earlier project may be seen in any step.
 */
@ExtendWith(ApplicationExtension.class)
class SessionSwitchWindowTest {

    static {
        org.segmentlab.ui.testing.HeadlessScreen.ensureRoomForTheWorkbench();
    }

    /** What each sample's steps may show that no other project has: its data files. */
    private static final Map<String, Set<String>> FILES = Map.of(
            "retail-rfm", Set.of("transactions.csv"),
            "saas-churn", Set.of("accounts.csv", "weekly_usage.csv"),
            "cdp-events", Set.of("events.csv", "users.csv"),
            "mall-demographics", Set.of("customers.csv"),
            "shop-clv", Set.of("transactions.csv"),
            "email-campaign", Set.of("campaign.csv"));

    @TempDir
    Path dir;

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final List<Throwable> uncaught = Collections.synchronizedList(new ArrayList<>());
    private WorkbenchWindow window;

    @Start
    void start(Stage stage) {
        Thread.currentThread().setUncaughtExceptionHandler((thread, error) -> uncaught.add(error));
        window = WorkbenchWindow.show(stage, dialogs, dir.resolve("recovery"));
        // the smallest common laptop screen: every step must read cleanly there
        stage.setWidth(1366);
        stage.setHeight(768);
    }

    @AfterEach
    void stop() throws Exception {
        window.waitUntilIdle(120);
        window.close();
    }

    @Test
    void eachProjectShowsOnlyItsOwnDataInEveryStepAndNoErrors(FxRobot robot) throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(Path.of("sample-projects", "retail-rfm")),
                "no committed sample-projects here");
        List<String> opened = new ArrayList<>();
        List<ProjectSession> sessions = new ArrayList<>();
        for (String sample : List.of("retail-rfm", "saas-churn", "cdp-events", "mall-demographics", "shop-clv",
                "email-campaign")) {
            if (opened.isEmpty()) {
                window.openSample(robot, sample);
            } else {
                // the menu, as a user opens a sample
                MenuItem item = sampleMenuItem(sample);
                robot.interact(item::fire);
                Path file = Path.of("sample-projects", sample, sample + ".slproj.json").toAbsolutePath().normalize();
                WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> file.equals(window.workbench().model()
                        .projectFileProperty().get()) && window.workbench().tasks().running().isEmpty()
                        && window.workbench().data().sources().stream().allMatch(s -> s.table() != null));
            }
            opened.add(sample);
            ProjectSession now = window.workbench().session();
            for (ProjectSession before : sessions) {
                // every step of the project before is gone with its session: none is shown again
                assertThat(before.isOpen()).isFalse();
                assertThat(now.steps()).doesNotContainAnyElementsOf(before.steps());
                assertThat(now.data()).isNotSameAs(before.data());
            }
            assertThat(window.workbench().window().navigator().steps()).containsExactlyElementsOf(now.steps());
            sessions.add(now);
            List<String> foreign = new ArrayList<>();
            FILES.forEach((name, files) -> {
                if (!name.equals(sample)) {
                    files.stream().filter(file -> !FILES.get(sample).contains(file)).forEach(foreign::add);
                }
            });
            visitEveryStep(robot, sample, foreign);
        }

        robot.interact(() -> window.workbench().model().newProject());
        window.waitUntilIdle(60);
        assertThat(window.workbench().data().sources()).isEmpty();
        visitEveryStep(robot, "new", List.of("transactions.csv", "accounts.csv", "weekly_usage.csv", "events.csv",
                "users.csv", "customers.csv", "4,000", "5,000", "2,000"));

        Path mine = dir.resolve("my-orders.csv");
        Files.write(mine, List.of("CustomerID,InvoiceDate,Amount", "a,2024-01-02,10.5", "b,2024-01-03,7",
                "a,2024-02-01,3"));
        robot.interact(() -> window.workbench().model().importFiles(mine));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.workbench().data().sources().size() == 1
                && window.workbench().data().sources().get(0).table() != null
                && window.workbench().tasks().running().isEmpty());
        visitEveryStep(robot, "import", List.of("transactions.csv", "accounts.csv", "weekly_usage.csv",
                "events.csv", "users.csv", "customers.csv", "4,000 customers", "5,000", "2,000 customers"));

        assertThat(dialogs.errors()).isEmpty();
        assertThat(uncaught).isEmpty();
    }

    private MenuItem sampleMenuItem(String sample) {
        return window.workbench().window().menuBar().getMenus().get(0).getItems().stream()
                .filter(item -> "menu-open-sample".equals(item.getId()))
                .flatMap(menu -> ((javafx.scene.control.Menu) menu).getItems().stream())
                .filter(item -> ("menu-sample-" + sample).equals(item.getId()))
                .findFirst().orElseThrow();
    }

    private void visitEveryStep(FxRobot robot, String project, List<String> foreign) throws Exception {
        for (WorkbenchStep step : window.workbench().window().navigator().steps()) {
            window.goTo(robot, step.title(), WorkbenchStep.class);
            window.waitUntilIdle(180);
            WaitForAsyncUtils.waitForFxEvents();
            if (step.title().equals("Data") && window.workbench().data().selected() != null) {
                // what the chosen source holds is shown, though it was chosen before the step was built
                javafx.scene.control.ComboBox<?> kind = robot.lookup("#data-source-kind")
                        .queryAs(javafx.scene.control.ComboBox.class);
                assertThat(kind.getValue()).as("what %s's source holds", project)
                        .isEqualTo(window.workbench().data().selected().kind());
            }
            if (step.title().equals("Segments") && (project.equals("mall-demographics") || project.equals("retail-rfm"))) {
                // a project without transactions opens on its clustering, not on an empty RFM grid
                assertThat(visibleTabs(robot).get(0).getTabPane().getSelectionModel().getSelectedItem().getText())
                        .as("the tab the Segments step opens on in %s", project)
                        .isEqualTo(project.equals("mall-demographics") ? "Clusters" : "RFM");
            }
            for (Tab tab : visibleTabs(robot)) {
                robot.interact(() -> tab.getTabPane().getSelectionModel().select(tab));
                window.waitUntilIdle(180);
                WaitForAsyncUtils.waitForFxEvents();
                assertShowsNothingOf(robot, project, step.title() + " ▸ " + tab.getText(), foreign);
                assertThat(org.segmentlab.ui.testing.TruncatedText.find(robot.window(0).getScene().getRoot()))
                        .as("text cut off in %s ▸ %s ▸ %s", project, step.title(), tab.getText()).isEmpty();
                assertThat(org.segmentlab.ui.testing.TruncatedText.emptyTablesWithoutAWord(
                        robot.window(0).getScene().getRoot()))
                        .as("empty tables saying only 'No content in table' in %s ▸ %s ▸ %s", project, step.title(),
                                tab.getText()).isEmpty();
            }
            assertShowsNothingOf(robot, project, step.title(), foreign);
            // no text cut off without a tooltip that gives all of it
            assertThat(org.segmentlab.ui.testing.TruncatedText.find(robot.window(0).getScene().getRoot()))
                    .as("text cut off in %s ▸ %s", project, step.title()).isEmpty();
            if (!project.equals("import")) {
                assertThat(window.workbench().model().isModified())
                        .as("looking at %s ▸ %s changed the project", project, step.title()).isFalse();
            }
            Screenshots.save(robot.window(0).getScene(), "session-" + project + "-"
                    + step.title().toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
            // the same in the dark theme: nothing cut off, and a picture of it to look at
            robot.interact(() -> window.workbench().window().darkThemeProperty().set(true));
            WaitForAsyncUtils.waitForFxEvents();
            chartsRedrawn(robot, true);
            assertThat(org.segmentlab.ui.testing.TruncatedText.find(robot.window(0).getScene().getRoot()))
                    .as("text cut off in %s ▸ %s (dark)", project, step.title()).isEmpty();
            Screenshots.save(robot.window(0).getScene(), "session-" + project + "-"
                    + step.title().toLowerCase(java.util.Locale.ROOT).replace(' ', '-') + "-dark");
            robot.interact(() -> window.workbench().window().darkThemeProperty().set(false));
            WaitForAsyncUtils.waitForFxEvents();
            chartsRedrawn(robot, false);
            assertThat(dialogs.errors()).as("errors after %s ▸ %s", project, step.title()).isEmpty();
            assertThat(uncaught).as("uncaught errors after %s ▸ %s", project, step.title()).isEmpty();
        }
    }

    /** Waits until every chart on screen that shows a picture has drawn it again for the theme. */
    private static void chartsRedrawn(FxRobot robot, boolean dark) throws Exception {
        List<org.segmentlab.ui.common.ChartPicture> pictures = robot.lookup(".sl-chart-picture")
                .queryAllAs(org.segmentlab.ui.common.ChartPicture.class).stream()
                .filter(org.segmentlab.ui.testing.ChartPictures::shownOnScreen).toList();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> pictures.stream()
                .filter(p -> p.shown() != null)
                .allMatch(p -> p.drawsDark() == dark && p.upToDate())).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The first-level tabs of the step on screen (e.g. RFM and Clusters of Segments). */
    private static List<Tab> visibleTabs(FxRobot robot) {
        List<Tab> tabs = new ArrayList<>();
        for (Node node : robot.lookup(".tab-pane").queryAll()) {
            if (node.isVisible() && node.getScene() != null && node.getParent() != null && isShowing(node)) {
                TabPane pane = (TabPane) node;
                if (tabs.stream().noneMatch(tab -> tab.getTabPane() == pane)) {
                    tabs.addAll(pane.getTabs());
                }
                break;
            }
        }
        return tabs;
    }

    private static boolean isShowing(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static void assertShowsNothingOf(FxRobot robot, String project, String where, List<String> foreign) {
        List<String> texts = new ArrayList<>();
        robot.interact(() -> collect(robot.window(0).getScene().getRoot(), texts));
        for (String text : texts) {
            for (String other : foreign) {
                assertThat(text).as("%s ▸ %s shows \"%s\"", project, where, text).doesNotContain(other);
            }
        }
    }

    private static void collect(Node node, List<String> into) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null) {
            into.add(labeled.getText());
        } else if (node instanceof Text text && text.getText() != null) {
            into.add(text.getText());
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, into);
            }
        }
    }
}
