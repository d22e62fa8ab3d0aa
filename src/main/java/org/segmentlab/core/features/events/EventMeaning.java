package org.segmentlab.core.features.events;

/** What an event type means to the behavioural features, whatever the data calls it. */
public enum EventMeaning {
    PAGE_VIEW,
    ADD_TO_CART,
    PURCHASE,
    SEARCH,
    SUPPORT_CONTACT,
    CHECKOUT_START,
    LOGIN,
    /** Any event type the vocabulary does not name: it still counts as activity. */
    OTHER
}
