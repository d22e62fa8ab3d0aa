package org.segmentlab.ui.workbench;

import javafx.beans.property.BooleanProperty;

/** What the View and Help menus ask of the window itself, apart from the project. */
public interface WindowCommands {

    /** True for the dark theme; the View menu's check item is bound to it. */
    BooleanProperty darkThemeProperty();

    void showKeyboardShortcuts();

    void showAbout();

    /** Shows the sample projects with their guides (the first-start screen). */
    void showSamples();
}
