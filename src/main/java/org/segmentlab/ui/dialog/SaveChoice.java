package org.segmentlab.ui.dialog;

/** The answer to "save your changes first?". */
public enum SaveChoice {
    SAVE,
    DISCARD,
    CANCEL
}
