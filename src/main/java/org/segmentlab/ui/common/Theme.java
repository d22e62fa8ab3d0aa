package org.segmentlab.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * The look of the workbench: the AtlantaFX Primer theme, light or dark, under our one stylesheet.
 * The stylesheet's dark variant hangs on the {@code :dark} pseudo-class of the scene's root.
 */
public final class Theme {

    public static final PseudoClass DARK = PseudoClass.getPseudoClass("dark");
    private static final String STYLESHEET = "/org/segmentlab/ui/segmentlab.css";

    private Theme() {
    }

    /** Sets the application-wide light base theme; call once on the FX thread before building windows. */
    public static void installBase() {
        installBase(false);
    }

    /** Sets the application-wide base theme, light or dark. */
    public static void installBase(boolean dark) {
        Application.setUserAgentStylesheet(dark
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    /** Whether the dark base theme is the one installed. */
    public static boolean isDark() {
        return new PrimerDark().getUserAgentStylesheet().equals(Application.getUserAgentStylesheet());
    }

    public static String stylesheet() {
        return Theme.class.getResource(STYLESHEET).toExternalForm();
    }

    public static void apply(Scene scene) {
        scene.getStylesheets().add(stylesheet());
        markDark(scene.getRoot(), isDark());
    }

    /** Switches the base theme and the scene's variant of our stylesheet. */
    public static void setDark(Scene scene, boolean dark) {
        installBase(dark);
        markDark(scene.getRoot(), dark);
    }

    /** Gives a node that is the root of its own styles (a dialog pane) the current variant. */
    public static void markDark(Node root, boolean dark) {
        if (root != null) {
            root.pseudoClassStateChanged(DARK, dark);
        }
    }
}
