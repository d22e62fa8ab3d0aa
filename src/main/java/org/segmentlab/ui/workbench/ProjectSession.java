package org.segmentlab.ui.workbench;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.segmentlab.ui.common.WorkbenchStep;
import org.segmentlab.ui.data.DataViewModel;

/**
 * Everything one open project has: its data sources, the view-models and views of its steps, and the
 * background work they started. Opening or creating a project replaces the session whole; nothing of
 * the one before can show or fire, because its views are dropped and its {@link SessionScope} closed.
 */
public final class ProjectSession {

    private final SessionScope scope;
    private final DataViewModel data;
    private final List<WorkbenchStep> steps;
    private final Object[] parts;

    /**
     * @param parts further view-models of the session that callers may look up by type
     */
    public ProjectSession(SessionScope scope, DataViewModel data, List<WorkbenchStep> steps, Object... parts) {
        this.scope = Objects.requireNonNull(scope);
        this.data = Objects.requireNonNull(data);
        this.steps = List.copyOf(steps);
        this.parts = parts.clone();
    }

    public SessionScope scope() {
        return scope;
    }

    public DataViewModel data() {
        return data;
    }

    /** The steps of the navigator, in order. */
    public List<WorkbenchStep> steps() {
        return steps;
    }

    /** The session's view-model of this type, if it has one. */
    public <T> Optional<T> part(Class<T> type) {
        for (Object part : parts) {
            if (type.isInstance(part)) {
                return Optional.of(type.cast(part));
            }
        }
        for (WorkbenchStep step : steps) {
            if (type.isInstance(step)) {
                return Optional.of(type.cast(step));
            }
        }
        return Optional.empty();
    }

    public boolean isOpen() {
        return scope.isOpen();
    }

    void close() {
        scope.close();
    }

    /** Builds the session of a project that is being opened, over the scope it is to use. */
    @FunctionalInterface
    public interface Factory {
        ProjectSession create(SessionScope scope);
    }
}
