package org.segmentlab.ui.customers;

import javafx.scene.Node;
import org.segmentlab.ui.common.Icon;
import org.segmentlab.ui.common.PlaceholderPanel;
import org.segmentlab.ui.common.WorkbenchStep;

/** The Customers step; for now a panel that says what it will hold. */
public final class CustomersStep implements WorkbenchStep {

    @Override
    public String title() {
        return "Customers";
    }

    @Override
    public String subtitle() {
        return "RFM and behaviour per customer";
    }

    @Override
    public Icon icon() {
        return Icon.CUSTOMERS;
    }

    @Override
    public Node view() {
        return PlaceholderPanel.of(this, "Customers: RFM and behavioural features — coming in a later version",
                "Here you will build one row per customer from the data sources: recency, frequency and monetary"
                + " value, event counts and attributes, with the as-of date and time window you choose.");
    }
}
