package org.segmentlab.core.features.attributes;

import java.util.List;

/** An attribute file lists a customer more than once, so its values cannot be joined one to one. */
public final class DuplicateCustomerIdsException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final transient List<String> firstDuplicates;
    private final int duplicateCount;

    public DuplicateCustomerIdsException(String source, int duplicateCount, List<String> firstDuplicates) {
        super(source + ": " + duplicateCount + (duplicateCount == 1 ? " customer id appears" : " customer ids appear")
                + " more than once (" + String.join(", ", firstDuplicates)
                + (duplicateCount > firstDuplicates.size() ? ", ..." : "")
                + "); an attribute file needs one row per customer");
        this.duplicateCount = duplicateCount;
        this.firstDuplicates = List.copyOf(firstDuplicates);
    }

    /** How many distinct ids appear more than once. */
    public int duplicateCount() {
        return duplicateCount;
    }

    /** The first few of them, in file order. */
    public List<String> firstDuplicates() {
        return firstDuplicates;
    }
}
