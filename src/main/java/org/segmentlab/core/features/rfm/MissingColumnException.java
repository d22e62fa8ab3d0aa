package org.segmentlab.core.features.rfm;

import java.util.List;
import org.segmentlab.core.data.ColumnNames;
import org.segmentlab.core.data.ColumnRole;

/**
 * A transaction column that was named but is not in the file, or that is needed and could not be
 * found. The message names the file, the column and the columns the file does have.
 */
public final class MissingColumnException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final ColumnRole role;
    private final String requestedName;
    private final List<String> available;

    MissingColumnException(String source, ColumnRole role, String requestedName, List<String> available) {
        super(message(source, role, requestedName, available));
        this.role = role;
        this.requestedName = requestedName;
        this.available = List.copyOf(available);
    }

    private static String message(String source, ColumnRole role, String requestedName, List<String> available) {
        String what = role.label().toLowerCase(java.util.Locale.ROOT) + " column";
        String problem = requestedName == null
                ? "no " + what + " found in " + source
                : what + " '" + requestedName + "' not found in " + source;
        return problem + "; " + ColumnNames.forMessage(available);
    }

    /** What the missing column was for. */
    public ColumnRole role() {
        return role;
    }

    /** The name that was asked for, or null when the column was to be found by role or name. */
    public String requestedName() {
        return requestedName;
    }

    public List<String> available() {
        return available;
    }
}
