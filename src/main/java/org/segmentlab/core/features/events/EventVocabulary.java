package org.segmentlab.core.features.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which event type names mean what. Names are compared after normalising: case, surrounding blanks
 * and the separators space, '-' and '.' do not matter ({@code Add To Cart} = {@code add_to_cart}).
 * The project file keeps the vocabulary, so a data source with its own names can be mapped once.
 *
 * @param names for each meaning, the event type names that carry it
 */
public record EventVocabulary(Map<EventMeaning, List<String>> names) {

    @JsonCreator
    public EventVocabulary(@JsonProperty("names") Map<EventMeaning, List<String>> names) {
        Map<EventMeaning, List<String>> copy = new EnumMap<>(EventMeaning.class);
        Map<String, EventMeaning> owner = new HashMap<>();
        if (names != null) {
            names.forEach((meaning, list) -> {
                if (meaning == EventMeaning.OTHER) {
                    throw new IllegalArgumentException("OTHER is what unnamed event types mean; it takes no names");
                }
                List<String> normalised = new ArrayList<>();
                for (String name : list) {
                    String key = normalise(name);
                    EventMeaning before = owner.put(key, meaning);
                    if (before != null && before != meaning) {
                        throw new IllegalArgumentException("event type '" + name + "' is given two meanings: "
                                + before + " and " + meaning);
                    }
                    normalised.add(key);
                }
                copy.put(meaning, List.copyOf(normalised));
            });
        }
        this.names = Collections.unmodifiableMap(copy);
    }

    /** The names most event exports use. */
    public static EventVocabulary defaults() {
        Map<EventMeaning, List<String>> names = new EnumMap<>(EventMeaning.class);
        names.put(EventMeaning.PAGE_VIEW, List.of("page_viewed", "view", "pageview", "page_view"));
        names.put(EventMeaning.ADD_TO_CART, List.of("item_added", "add_to_cart", "cart_add", "added_to_cart"));
        names.put(EventMeaning.PURCHASE, List.of("purchased", "purchase", "order"));
        names.put(EventMeaning.SEARCH, List.of("search", "searched"));
        names.put(EventMeaning.SUPPORT_CONTACT, List.of("support_contacted", "support", "ticket", "tickets",
                "support_tickets", "support_contacts"));
        names.put(EventMeaning.CHECKOUT_START, List.of("checkout_started"));
        names.put(EventMeaning.LOGIN, List.of("login", "logins"));
        return new EventVocabulary(names);
    }

    /** This vocabulary with {@code eventType} meaning {@code meaning} (and nothing else). */
    public EventVocabulary with(String eventType, EventMeaning meaning) {
        String key = normalise(eventType);
        Map<EventMeaning, List<String>> copy = new EnumMap<>(EventMeaning.class);
        names.forEach((m, list) -> copy.put(m, list.stream().filter(n -> !n.equals(key)).toList()));
        if (meaning != EventMeaning.OTHER) {
            List<String> list = new ArrayList<>(copy.getOrDefault(meaning, List.of()));
            list.add(key);
            copy.put(meaning, list);
        }
        return new EventVocabulary(copy);
    }

    /** The meaning of an event type name; OTHER when the vocabulary does not name it. */
    public EventMeaning meaningOf(String eventType) {
        if (eventType == null) {
            return EventMeaning.OTHER;
        }
        String key = normalise(eventType);
        for (Map.Entry<EventMeaning, List<String>> entry : names.entrySet()) {
            if (entry.getValue().contains(key)) {
                return entry.getKey();
            }
        }
        return EventMeaning.OTHER;
    }

    static String normalise(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s.\\-]+", "_");
    }
}
