package org.segmentlab.ui.predict;

import javafx.scene.Node;
import org.segmentlab.ui.common.Icon;
import org.segmentlab.ui.common.PlaceholderPanel;
import org.segmentlab.ui.common.WorkbenchStep;

/** The Predict step; for now a panel that says what it will hold. */
public final class PredictStep implements WorkbenchStep {

    @Override
    public String title() {
        return "Predict";
    }

    @Override
    public String subtitle() {
        return "Churn and propensity";
    }

    @Override
    public Icon icon() {
        return Icon.PREDICT;
    }

    @Override
    public Node view() {
        return PlaceholderPanel.of(this, "Predict: churn and propensity models — coming in a later version",
                "Here you will train classifiers on customer features, compare them (ROC, precision-recall, "
                + "calibration), see which features drive a score, and score every customer.");
    }
}
