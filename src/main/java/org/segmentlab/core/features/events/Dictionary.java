package org.segmentlab.core.features.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Gives each distinct text a small int code, in order of first appearance. */
final class Dictionary {

    private final Map<String, Integer> codes = new HashMap<>();
    private final List<String> values = new ArrayList<>();
    private String lastValue;
    private int lastCode = -1;

    int codeOf(String value) {
        // event files repeat the same customer many rows in a row; skip the hash lookup then
        if (value.equals(lastValue)) {
            return lastCode;
        }
        Integer code = codes.get(value);
        if (code == null) {
            code = values.size();
            codes.put(value, code);
            values.add(value);
        }
        lastValue = value;
        lastCode = code;
        return code;
    }

    List<String> values() {
        return List.copyOf(values);
    }
}
