package org.segmentlab.ui.workbench;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Window;
import org.segmentlab.ui.common.Theme;

/**
 * Help ▸ Keyboard shortcuts: read from the menu items themselves, so the list cannot drift from
 * what the menus do.
 */
public final class KeyboardShortcuts {

    /**
     * One menu command.
     *
     * @param menu    where it sits, such as "File" or "File ▸ Open Recent"
     * @param command the menu item's text
     * @param keys    its accelerator as the platform shows it, or "" when it has none
     */
    public record Shortcut(String menu, String command, String keys) {
    }

    private KeyboardShortcuts() {
    }

    /** Every command of the menu bar, in menu order; placeholders that do nothing are left out. */
    public static List<Shortcut> of(MenuBar bar) {
        List<Shortcut> shortcuts = new ArrayList<>();
        for (Menu menu : bar.getMenus()) {
            collect(menu, menu.getText(), shortcuts);
        }
        return shortcuts;
    }

    /** The menu items that run a command: not submenus, separators or disabled placeholders. */
    public static List<MenuItem> commands(Menu menu) {
        List<MenuItem> items = new ArrayList<>();
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu) {
                items.addAll(commands((Menu) item));
            } else if (!(item instanceof SeparatorMenuItem) && item.getOnAction() != null) {
                items.add(item);
            }
        }
        return items;
    }

    private static void collect(Menu menu, String path, List<Shortcut> into) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu) {
                collect((Menu) item, path + " ▸ " + item.getText(), into);
            } else if (!(item instanceof SeparatorMenuItem) && item.getOnAction() != null) {
                String keys = item.getAccelerator() == null ? "" : item.getAccelerator().getDisplayText();
                into.add(new Shortcut(path, item.getText(), keys));
            }
        }
    }

    public static Dialog<Void> dialog(Window owner, MenuBar bar) {
        TableView<Shortcut> table = new TableView<>();
        table.setId("shortcut-table");
        table.getColumns().add(column("Keys", 150, Shortcut::keys));
        table.getColumns().add(column("Command", 220, Shortcut::command));
        table.getColumns().add(column("Menu", 180, Shortcut::menu));
        table.getColumns().get(0).getStyleClass().add("sl-shortcut-keys");
        table.getItems().setAll(of(bar));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefSize(580, 420);

        Dialog<Void> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle("Keyboard shortcuts");
        dialog.getDialogPane().setContent(table);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.getDialogPane().getStylesheets().add(Theme.stylesheet());
        Theme.markDark(dialog.getDialogPane(), Theme.isDark());
        return dialog;
    }

    private static TableColumn<Shortcut, String> column(String title, double width,
                                                        java.util.function.Function<Shortcut, String> value) {
        TableColumn<Shortcut, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }
}
