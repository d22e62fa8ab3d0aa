package org.segmentlab.ui.workbench;

import java.nio.file.Path;

/** What the menu and tool bar can ask the workbench to do. */
public interface WorkbenchCommands {

    void newProject();

    void openProject();

    void openRecent(Path project);

    void saveProject();

    void saveProjectAs();

    void importData();

    void export();

    void exit();

    /** Opens a sample project by name, after the user settled unsaved changes. */
    void openSample(String name);
}
