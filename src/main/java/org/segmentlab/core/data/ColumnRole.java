package org.segmentlab.core.data;

/** What a column means to the analysis; guessed on import, overridable by the user. */
public enum ColumnRole {
    CUSTOMER_ID("Customer id"),
    TIMESTAMP("Timestamp"),
    AMOUNT("Amount"),
    QUANTITY("Quantity"),
    UNIT_PRICE("Unit price"),
    INVOICE("Invoice"),
    EVENT_TYPE("Event type"),
    LABEL("Label"),
    ATTRIBUTE("Attribute"),
    IGNORE("Ignore");

    private final String label;

    ColumnRole(String label) {
        this.label = label;
    }

    /** The name shown to the user. */
    public String label() {
        return label;
    }

    /** True for roles whose values must parse: a bad value there rejects the row. */
    public boolean isStrict() {
        return this == TIMESTAMP || this == AMOUNT || this == QUANTITY || this == UNIT_PRICE;
    }
}
