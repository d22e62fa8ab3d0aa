package org.segmentlab.ui.customers;

import javafx.scene.Node;
import org.segmentlab.ui.common.Icon;
import org.segmentlab.ui.common.WorkbenchStep;

/** The second step: one row per customer, built from the data sources. */
public final class CustomersStep implements WorkbenchStep {

    private final CustomersViewModel model;
    private CustomersView view;

    public CustomersStep(CustomersViewModel model) {
        this.model = model;
    }

    @Override
    public String title() {
        return "Customers";
    }

    @Override
    public String subtitle() {
        return "Features per customer";
    }

    @Override
    public Icon icon() {
        return Icon.CUSTOMERS;
    }

    @Override
    public Node view() {
        if (view == null) {
            view = new CustomersView(model);
        }
        return view.node();
    }

    public CustomersViewModel model() {
        return model;
    }
}
