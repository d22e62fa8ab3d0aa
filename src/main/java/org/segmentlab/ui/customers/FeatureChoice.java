package org.segmentlab.ui.customers;

import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.segmentlab.core.features.CustomerTableFeature;
import org.segmentlab.core.features.FeatureFamily;

/** One feature in the picker: what it is and whether the analyst keeps it in the customer table. */
public final class FeatureChoice {

    private final CustomerTableFeature feature;
    private final BooleanProperty chosen;

    public FeatureChoice(CustomerTableFeature feature, boolean chosen) {
        this.feature = Objects.requireNonNull(feature);
        this.chosen = new SimpleBooleanProperty(this, "chosen", chosen);
    }

    public String name() {
        return feature.name();
    }

    public FeatureFamily family() {
        return feature.family();
    }

    public String description() {
        return feature.description();
    }

    public boolean isChosen() {
        return chosen.get();
    }

    public BooleanProperty chosenProperty() {
        return chosen;
    }

    @Override
    public String toString() {
        return name();
    }
}
