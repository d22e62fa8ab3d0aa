package org.segmentlab.ui.segment.rfm;

import java.util.Map;
import org.segmentlab.core.features.rfm.TransactionColumns;
import org.segmentlab.core.project.RfmSettings;

/**
 * What the RFM view keeps in the project: the project's RFM settings, the columns the user chose
 * and the recommended action per segment name.
 *
 * @param columns null = found by role and name
 * @param actions segment name → action the user wrote; a segment not listed keeps its rule's action
 */
public record RfmStepSettings(RfmSettings rfm, TransactionColumns columns, Map<String, String> actions) {

    public static final RfmStepSettings DEFAULTS = new RfmStepSettings(RfmSettings.DEFAULTS, null, Map.of());

    public RfmStepSettings {
        rfm = rfm == null ? RfmSettings.DEFAULTS : rfm;
        actions = actions == null ? Map.of() : Map.copyOf(actions);
    }
}
