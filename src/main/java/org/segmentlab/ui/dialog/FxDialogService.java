package org.segmentlab.ui.dialog;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.segmentlab.ui.common.Css;
import org.segmentlab.ui.common.Theme;

/** Dialogs as JavaFX alerts and file choosers, owned by the workbench window. */
public final class FxDialogService implements DialogService {

    private final Supplier<Window> owner;
    private File lastDirectory;

    /** @param owner the window dialogs belong to (looked up when a dialog opens; may give null) */
    public FxDialogService(Supplier<Window> owner) {
        this(owner, null);
    }

    /** @param opener opens a file or folder URI with the desktop's own application (null: none) */
    public FxDialogService(Supplier<Window> owner, java.util.function.Consumer<String> opener) {
        this.owner = owner;
        this.opener = opener;
    }

    private final java.util.function.Consumer<String> opener;

    @Override
    public void showWritten(String title, String message, Path written) {
        if (opener == null || written == null) {
            showInformation(title, message);
            return;
        }
        Path folder = java.nio.file.Files.isDirectory(written) ? written : written.toAbsolutePath().getParent();
        org.controlsfx.control.Notifications notice = org.controlsfx.control.Notifications.create()
                .title(title).text(message).hideAfter(javafx.util.Duration.seconds(15))
                .position(javafx.geometry.Pos.BOTTOM_RIGHT);
        Window window = owner.get();
        if (window != null) {
            notice.owner(window);
        }
        List<org.controlsfx.control.action.Action> actions = new java.util.ArrayList<>();
        if (!java.nio.file.Files.isDirectory(written)) {
            actions.add(new org.controlsfx.control.action.Action("Open",
                    event -> opener.accept(written.toUri().toString())));
        }
        if (folder != null) {
            actions.add(new org.controlsfx.control.action.Action("Show in folder",
                    event -> opener.accept(folder.toUri().toString())));
        }
        notice.action(actions.toArray(new org.controlsfx.control.action.Action[0])).showInformation();
    }

    @Override
    public void showError(String title, String message) {
        Alert alert = alert(Alert.AlertType.ERROR, title, message);
        alert.showAndWait();
    }

    @Override
    public void showException(String title, String message, Throwable error) {
        Alert alert = exceptionAlert(title, message, error);
        alert.showAndWait();
    }

    /** The alert {@link #showException} shows, built but not shown (tests look at it). */
    public Alert exceptionAlert(String title, String message, Throwable error) {
        Alert alert = alert(Alert.AlertType.ERROR, title, message);
        TextArea trace = new TextArea(StackTraces.format(error));
        trace.setEditable(false);
        trace.setWrapText(false);
        trace.getStyleClass().add(Css.STACK_TRACE);
        trace.setPrefRowCount(14);
        trace.setPrefColumnCount(90);
        VBox.setVgrow(trace, Priority.ALWAYS);
        VBox details = new VBox(6, new Label("Stack trace (also written to the log file):"), trace);
        alert.getDialogPane().setExpandableContent(details);
        return alert;
    }

    @Override
    public void showInformation(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, message).showAndWait();
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel, String declineLabel) {
        ButtonType yes = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(declineLabel, ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message);
        alert.getButtonTypes().setAll(yes, no);
        return alert.showAndWait().filter(yes::equals).isPresent();
    }

    @Override
    public SaveChoice askToSaveChanges(String projectName) {
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't save", ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, "Unsaved changes",
                "Save the changes to \"" + projectName + "\" first?");
        alert.getButtonTypes().setAll(save, discard, cancel);
        ButtonType answer = alert.showAndWait().orElse(cancel);
        if (answer == save) {
            return SaveChoice.SAVE;
        }
        return answer == discard ? SaveChoice.DISCARD : SaveChoice.CANCEL;
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, List<FileType> types) {
        FileChooser chooser = chooser(title, types);
        File file = chooser.showOpenDialog(owner.get());
        return remember(file);
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, List<FileType> types) {
        FileChooser chooser = chooser(title, types);
        chooser.setInitialFileName(suggestedName);
        File file = chooser.showSaveDialog(owner.get());
        return remember(file);
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        if (lastDirectory != null && lastDirectory.isDirectory()) {
            chooser.setInitialDirectory(lastDirectory);
        }
        File folder = chooser.showDialog(owner.get());
        if (folder == null) {
            return Optional.empty();
        }
        lastDirectory = folder;
        return Optional.of(folder.toPath());
    }

    private Optional<Path> remember(File file) {
        if (file == null) {
            return Optional.empty();
        }
        lastDirectory = file.getParentFile();
        return Optional.of(file.toPath());
    }

    private FileChooser chooser(String title, List<FileType> types) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        for (FileType type : types) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(type.description(), type.patterns()));
        }
        if (lastDirectory != null && lastDirectory.isDirectory()) {
            chooser.setInitialDirectory(lastDirectory);
        }
        return chooser;
    }

    private Alert alert(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type);
        Window window = owner.get();
        if (window != null) {
            alert.initOwner(window);
        }
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.setContentText(message);
        alert.getDialogPane().setMinWidth(460);
        alert.getDialogPane().getStyleClass().add(Css.DIALOG);
        alert.getDialogPane().getStylesheets().add(Theme.stylesheet());
        Theme.markDark(alert.getDialogPane(), Theme.isDark());
        return alert;
    }
}
