package org.segmentlab.ui.dialog;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Every question and message the workbench puts to the user. View-models talk to this interface
 * only, so tests can answer for the user and check what was shown.
 */
public interface DialogService {

    /** A problem the user can act on, told in one line (no stack trace). */
    void showError(String title, String message);

    /** An unexpected failure: the message, with the stack trace behind a "Details" expander. */
    void showException(String title, String message, Throwable error);

    void showInformation(String title, String message);

    /**
     * Says that a file or folder was written, without stopping the user: a notification that offers
     * to open it and to show it in its folder.
     */
    default void showWritten(String title, String message, Path written) {
        showInformation(title, message);
    }

    /** A yes/no question; true when the user chose {@code confirmLabel}. */
    boolean confirm(String title, String message, String confirmLabel, String declineLabel);

    /** Asked before unsaved changes would be lost. */
    SaveChoice askToSaveChanges(String projectName);

    Optional<Path> chooseFileToOpen(String title, List<FileType> types);

    Optional<Path> chooseFileToSave(String title, String suggestedName, List<FileType> types);

    /** A folder to write several files into; the user may make a new one in the chooser. */
    Optional<Path> chooseFolder(String title);
}
