package org.segmentlab.ui.workbench;

import atlantafx.base.theme.Styles;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.Region;
import org.segmentlab.ui.common.Css;
import org.segmentlab.ui.common.Icon;

/** Builds the menu bar and the tool bar over the same {@link WorkbenchCommands}. */
public final class MenuBarFactory {

    /** Open Recent's entries take Shortcut+Alt+1 to 8. */
    static final String RECENT_KEYS = "Shortcut+Alt+";
    /** Open Sample's entries take Shortcut+Shift+1 to 9. */
    static final String SAMPLE_KEYS = "Shortcut+Shift+";

    private final WorkbenchCommands commands;
    private final WindowCommands window;

    public MenuBarFactory(WorkbenchCommands commands, WindowCommands window) {
        this.commands = commands;
        this.window = window;
    }

    /**
     * @param recent      recent project files, newest first; the Open Recent menu follows it
     * @param canExport   whether Export has something to write
     */
    public MenuBar menuBar(ObservableList<Path> recent, ObservableBooleanValue canExport, List<String> samples) {
        Menu openSample = new Menu("Open Sample");
        openSample.setId("menu-open-sample");
        int number = 1;
        for (String sample : samples) {
            MenuItem entry = new MenuItem(sample);
            if (number <= 9) {
                entry.setAccelerator(KeyCombination.keyCombination(SAMPLE_KEYS + number));
            }
            number++;
            entry.setMnemonicParsing(false);
            entry.setId("menu-sample-" + sample);
            entry.setOnAction(event -> commands.openSample(sample));
            openSample.getItems().add(entry);
        }
        MenuItem guides = new MenuItem("Samples and their guides…");
        guides.setId("menu-sample-guides");
        guides.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+G"));
        guides.setOnAction(event -> window.showSamples());
        openSample.getItems().addAll(new SeparatorMenuItem(), guides);

        Menu openRecent = new Menu("Open Recent");
        openRecent.setId("menu-open-recent");
        recent.addListener((ListChangeListener<Path>) change -> fillRecent(openRecent, recent));
        fillRecent(openRecent, recent);

        MenuItem export = item("Export…", "Shortcut+E", Icon.EXPORT, commands::export);
        export.disableProperty().bind(Bindings.not(canExport));
        Menu file = new Menu("File", null,
                item("New", "Shortcut+N", Icon.NEW, commands::newProject),
                item("Open…", "Shortcut+O", Icon.OPEN, commands::openProject),
                openRecent,
                openSample,
                new SeparatorMenuItem(),
                item("Save", "Shortcut+S", Icon.SAVE, commands::saveProject),
                item("Save As…", "Shortcut+Shift+S", null, commands::saveProjectAs),
                new SeparatorMenuItem(),
                item("Import data…", "Shortcut+I", Icon.IMPORT, commands::importData),
                export,
                new SeparatorMenuItem(),
                item("Exit", "Shortcut+Q", null, commands::exit));
        CheckMenuItem dark = new CheckMenuItem("Dark theme");
        dark.setId("menu-dark-theme");
        dark.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+D"));
        dark.selectedProperty().bindBidirectional(window.darkThemeProperty());
        // The check item flips itself; the action only marks it as a command for the shortcut list.
        dark.setOnAction(event -> { });
        Menu view = new Menu("View", null, dark);
        Menu help = new Menu("Help", null,
                item("Keyboard shortcuts", "F1", null, window::showKeyboardShortcuts),
                new SeparatorMenuItem(),
                item("About SegmentLab", "Shift+F1", null, window::showAbout));
        MenuBar bar = new MenuBar(file, view, help);
        bar.setId("menu-bar");
        return bar;
    }

    public ToolBar toolBar(ObservableBooleanValue canExport) {
        Button export = button(Icon.EXPORT, "Export", "Export the selected table as CSV (Ctrl+E)", commands::export);
        export.disableProperty().bind(Bindings.not(canExport));
        ToolBar bar = new ToolBar(
                button(Icon.NEW, "New", "New project (Ctrl+N)", commands::newProject),
                button(Icon.OPEN, "Open", "Open a project (Ctrl+O)", commands::openProject),
                button(Icon.SAVE, "Save", "Save the project (Ctrl+S)", commands::saveProject),
                separator(),
                button(Icon.IMPORT, "Import", "Import a data file (Ctrl+I)", commands::importData),
                export);
        bar.getStyleClass().add(Css.TOOL_BAR);
        bar.setId("tool-bar");
        return bar;
    }

    private void fillRecent(Menu menu, List<Path> recent) {
        menu.getItems().clear();
        if (recent.isEmpty()) {
            MenuItem none = new MenuItem("No recent projects");
            none.setDisable(true);
            menu.getItems().add(none);
            return;
        }
        int number = 1;
        for (Path project : recent) {
            MenuItem entry = new MenuItem(number + "  " + project.getFileName() + "  —  " + parentOf(project));
            entry.setMnemonicParsing(false);
            entry.setAccelerator(KeyCombination.keyCombination(RECENT_KEYS + number));
            entry.setOnAction(event -> commands.openRecent(project));
            menu.getItems().add(entry);
            number++;
        }
    }

    private static String parentOf(Path project) {
        Path parent = project.toAbsolutePath().getParent();
        return parent == null ? "" : parent.toString();
    }

    private static MenuItem item(String text, String accelerator, Icon icon, Runnable action) {
        MenuItem item = new MenuItem(text, icon == null ? null : icon.node(14));
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(event -> action.run());
        return item;
    }

    private static Button button(Icon icon, String text, String tip, Runnable action) {
        Button button = new Button(text, icon.node(16));
        button.getStyleClass().add(Styles.FLAT);
        button.setTooltip(new Tooltip(tip));
        button.setOnAction(event -> action.run());
        button.setId("tool-" + text.toLowerCase(java.util.Locale.ROOT));
        button.setFocusTraversable(false);
        return button;
    }

    private static Region separator() {
        Region gap = new Region();
        gap.setPrefWidth(12);
        return gap;
    }
}
