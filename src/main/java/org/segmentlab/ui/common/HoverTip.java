package org.segmentlab.ui.common;

import java.util.Objects;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.stage.Modality;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import javafx.util.Duration;

/**
 * A tooltip a node shows and moves itself, as the mouse goes over the marks of a chart. JavaFX's own
 * tooltip handling does not look after it, so it looks after itself: it hides when its window loses
 * the focus, when another window opens (a dialog, a menu), when its node leaves the scene (another
 * step, another project) and when its window closes; and it does not show while a modal dialog
 * blocks its window. So a chart's tooltip never stays drawn over a dialog.
 */
final class HoverTip {

    private final Node owner;
    private final Tooltip tip = new Tooltip();
    private final ChangeListener<Boolean> focusWatch = (obs, was, now) -> {
        if (!now) {
            hide();
        }
    };
    private final ListChangeListener<Window> windowsWatch = this::windowsChanged;
    /** The window whose focus is watched while the tip shows; null while it is hidden. */
    private Window watched;
    private Runnable onHidden = () -> { };

    HoverTip(Node owner) {
        this.owner = Objects.requireNonNull(owner);
        tip.setShowDelay(Duration.ZERO);
        tip.setHideDelay(Duration.ZERO);
        tip.setWrapText(true);
        tip.setMaxWidth(360);
        tip.addEventHandler(WindowEvent.WINDOW_SHOWN, event -> watch());
        tip.addEventHandler(WindowEvent.WINDOW_HIDDEN, event -> {
            unwatch();
            onHidden.run();
        });
        owner.sceneProperty().addListener((obs, old, now) -> hide());
    }

    /** Called whenever the tip hides, whatever hid it. */
    void setOnHidden(Runnable onHidden) {
        this.onHidden = Objects.requireNonNull(onHidden);
    }

    /**
     * Shows {@code text} with its top-left corner at this point of the screen, or moves it there when
     * it shows already; returns false, hiding it, when the node is in no showing window or a modal
     * dialog blocks that window.
     */
    boolean show(String text, double screenX, double screenY) {
        Window window = owner.getScene() == null ? null : owner.getScene().getWindow();
        if (window == null || !window.isShowing() || blockedByDialog(window)) {
            hide();
            return false;
        }
        if (!text.equals(tip.getText())) {
            tip.setText(text);
        }
        if (tip.isShowing()) {
            tip.setAnchorX(screenX);
            tip.setAnchorY(screenY);
        } else {
            tip.show(owner, screenX, screenY);
        }
        return true;
    }

    void hide() {
        if (tip.isShowing()) {
            tip.hide();
        }
    }

    boolean isShowing() {
        return tip.isShowing();
    }

    String text() {
        return tip.getText();
    }

    private void watch() {
        unwatch();
        watched = owner.getScene() == null ? null : owner.getScene().getWindow();
        if (watched == null) {
            hide();
            return;
        }
        watched.focusedProperty().addListener(focusWatch);
        Window.getWindows().addListener(windowsWatch);
    }

    private void unwatch() {
        if (watched != null) {
            watched.focusedProperty().removeListener(focusWatch);
            watched = null;
        }
        Window.getWindows().removeListener(windowsWatch);
    }

    /** Another window opened while the tip shows: it hides, after the list of windows is done changing. */
    private void windowsChanged(ListChangeListener.Change<? extends Window> change) {
        while (change.next()) {
            if (change.wasAdded() && change.getAddedSubList().stream().anyMatch(window -> window != tip)) {
                Platform.runLater(this::hide);
                return;
            }
        }
    }

    /**
     * Whether a modal stage that shows blocks {@code window}: one modal to the application that
     * {@code window} does not belong to, or one modal to {@code window} or to a window that owns it.
     */
    static boolean blockedByDialog(Window window) {
        for (Window other : Window.getWindows()) {
            if (other == window || !other.isShowing() || !(other instanceof Stage stage)) {
                continue;
            }
            if (stage.getModality() == Modality.APPLICATION_MODAL && !ownedBy(window, stage)) {
                return true;
            }
            if (stage.getModality() == Modality.WINDOW_MODAL && stage.getOwner() != null
                    && (stage.getOwner() == window || ownedBy(stage.getOwner(), window))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code ancestor} owns {@code window}, directly or through other windows. */
    private static boolean ownedBy(Window window, Window ancestor) {
        for (Window up = ownerOf(window); up != null; up = ownerOf(up)) {
            if (up == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static Window ownerOf(Window window) {
        if (window instanceof Stage stage) {
            return stage.getOwner();
        }
        if (window instanceof PopupWindow popup) {
            return popup.getOwnerWindow();
        }
        return null;
    }
}
