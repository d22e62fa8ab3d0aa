package org.segmentlab.ui.segment.rfm;

/** Where the RFM view reads its settings from and writes them back to: the open project. */
public interface RfmSettingsStore {

    /** The settings of the open project; {@link RfmStepSettings#DEFAULTS} when it has none. */
    RfmStepSettings load();

    /** Keeps the settings in the project (which then has unsaved changes). */
    void save(RfmStepSettings settings);
}
