package org.segmentlab.ui.customers;

import org.segmentlab.core.project.FeatureSettings;

/** Where the Customers step keeps its choices: the open project's feature settings. */
public interface FeatureSettingsStore {

    /** The settings of the open project ({@link FeatureSettings#DEFAULTS} when it has none). */
    FeatureSettings load();

    void save(FeatureSettings settings);
}
