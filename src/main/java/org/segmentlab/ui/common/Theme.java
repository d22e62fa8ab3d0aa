package org.segmentlab.ui.common;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;

/** The look of the workbench: the AtlantaFX Primer theme under our one stylesheet. */
public final class Theme {

    private static final String STYLESHEET = "/org/segmentlab/ui/segmentlab.css";

    private Theme() {
    }

    /** Sets the application-wide base theme; call once on the FX thread before building windows. */
    public static void installBase() {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }

    public static String stylesheet() {
        return Theme.class.getResource(STYLESHEET).toExternalForm();
    }

    public static void apply(Scene scene) {
        scene.getStylesheets().add(stylesheet());
    }
}
