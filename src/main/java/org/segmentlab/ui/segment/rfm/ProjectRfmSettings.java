package org.segmentlab.ui.segment.rfm;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.segmentlab.core.features.rfm.TransactionColumns;
import org.segmentlab.core.project.Project;
import org.segmentlab.core.project.ProjectSettings;
import org.segmentlab.core.project.RfmSettings;

/**
 * The RFM settings of the workbench's open project. The project's own settings are read through
 * {@code project}; what the user changes goes to {@code update}, and is also remembered here
 * until another project is opened (recognised by its settings object), so that the view reads
 * back what it wrote even where the project record has no field for it (columns, actions).
 */
public final class ProjectRfmSettings implements RfmSettingsStore {

    private final Supplier<Project> project;
    private final Consumer<RfmSettings> update;
    private ProjectSettings seen;
    private RfmStepSettings edited;

    public ProjectRfmSettings(Supplier<Project> project, Consumer<RfmSettings> update) {
        this.project = Objects.requireNonNull(project);
        this.update = Objects.requireNonNull(update);
    }

    @Override
    public RfmStepSettings load() {
        ProjectSettings settings = project.get().settings();
        if (settings != seen && (edited == null || !Objects.equals(settings.rfm(), edited.rfm()))) {
            seen = settings;
            edited = null;
        }
        if (edited != null) {
            return edited;
        }
        RfmSettings rfm = settings.rfm();
        return new RfmStepSettings(rfm, rfm == null ? null : columnsOf(rfm.columns()), rfm == null ? null : rfm.actions());
    }

    @Override
    public void save(RfmStepSettings settings) {
        edited = settings;
        seen = project.get().settings();
        update.accept(settings.rfm().withColumns(namesOf(settings.columns())).withActions(settings.actions()));
    }

    static TransactionColumns columnsOf(Map<String, String> names) {
        if (names == null) {
            return null;
        }
        return new TransactionColumns(names.get("customer"), names.get("timestamp"), names.get("amount"),
                names.get("quantity"), names.get("price"), names.get("invoice"));
    }

    static Map<String, String> namesOf(TransactionColumns columns) {
        if (columns == null) {
            return null;
        }
        Map<String, String> names = new HashMap<>();
        putIfSet(names, "customer", columns.customer());
        putIfSet(names, "timestamp", columns.timestamp());
        putIfSet(names, "amount", columns.amount());
        putIfSet(names, "quantity", columns.quantity());
        putIfSet(names, "price", columns.price());
        putIfSet(names, "invoice", columns.invoice());
        return names;
    }

    private static void putIfSet(Map<String, String> names, String part, String column) {
        if (column != null && !column.isBlank()) {
            names.put(part, column);
        }
    }
}
