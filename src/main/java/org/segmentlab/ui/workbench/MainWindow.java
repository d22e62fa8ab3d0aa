package org.segmentlab.ui.workbench;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import javafx.scene.Parent;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.segmentlab.ui.common.Css;
import org.segmentlab.ui.common.WorkbenchStep;

/** The workbench window's content: menu and tool bar, navigator, the current step, status bar. */
public final class MainWindow {

    private final BorderPane root = new BorderPane();
    private final Navigator navigator;

    public MainWindow(WorkbenchViewModel model, List<WorkbenchStep> steps, ObservableList<Task<?>> running) {
        MenuBarFactory menus = new MenuBarFactory(model);
        navigator = new Navigator(steps);
        root.getStyleClass().add(Css.WORKBENCH);
        root.setTop(new VBox(menus.menuBar(model.recent().files(), model.canExportProperty()),
                menus.toolBar(model.canExportProperty())));
        root.setLeft(navigator.side());
        root.setCenter(navigator.content());
        root.setBottom(new StatusBar(model.statusProperty(), running).node());
        acceptDroppedFiles(model);
    }

    public Parent root() {
        return root;
    }

    public Navigator navigator() {
        return navigator;
    }

    private void acceptDroppedFiles(WorkbenchViewModel model) {
        root.setOnDragOver(event -> {
            if (event.getDragboard().hasFiles()) {
                event.acceptTransferModes(TransferMode.COPY);
                if (!root.getStyleClass().contains(Css.DROP_TARGET)) {
                    root.getStyleClass().add(Css.DROP_TARGET);
                }
            }
            event.consume();
        });
        root.setOnDragExited(event -> root.getStyleClass().remove(Css.DROP_TARGET));
        root.setOnDragDropped(event -> dropped(model, event));
    }

    private void dropped(WorkbenchViewModel model, DragEvent event) {
        root.getStyleClass().remove(Css.DROP_TARGET);
        boolean accepted = event.getDragboard().hasFiles();
        if (accepted) {
            List<Path> files = event.getDragboard().getFiles().stream()
                    .filter(File::isFile)
                    .map(File::toPath)
                    .collect(Collectors.toList());
            navigator.showFirst();
            model.importFiles(files);
        }
        event.setDropCompleted(accepted);
        event.consume();
    }
}
