package org.segmentlab.core.data.scan;

import java.util.List;

/** Class names found by {@link ScanResult}. */
public final class ClassInfoList {

    private final List<String> names;

    ClassInfoList(List<String> names) {
        this.names = List.copyOf(names);
    }

    /** The fully qualified names. */
    public List<String> getNames() {
        return names;
    }
}
