package org.segmentlab.ui.segment.rfm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.segmentlab.core.features.rfm.TransactionColumns;
import org.segmentlab.core.project.CancellationMode;
import org.segmentlab.core.project.Project;
import org.segmentlab.core.project.RfmSettings;
import org.junit.jupiter.api.Test;

class ProjectRfmSettingsTest {

    @Test
    void chosenColumnsAndActionsGoIntoTheProjectsRfmSettings() {
        AtomicReference<Project> project = new AtomicReference<>(Project.named("shop"));
        ProjectRfmSettings store = new ProjectRfmSettings(project::get,
                rfm -> project.set(project.get().withSettings(project.get().settings().withRfm(rfm))));

        RfmSettings rfm = new RfmSettings("tx", LocalDate.of(2024, 3, 1), 5, CancellationMode.NET, null);
        store.save(new RfmStepSettings(rfm, new TransactionColumns("Client", null, null, "Qty", "Price", null),
                Map.of("At Risk", "Call them")));

        RfmSettings saved = project.get().settings().rfm();
        assertThat(saved.columns()).containsOnly(Map.entry("customer", "Client"), Map.entry("quantity", "Qty"),
                Map.entry("price", "Price"));
        assertThat(saved.actions()).containsOnly(Map.entry("At Risk", "Call them"));
        assertThat(saved.asOf()).isEqualTo(LocalDate.of(2024, 3, 1));
    }

    @Test
    void aProjectOpenedWithSavedColumnsAndActionsGivesThemBackToTheView() {
        RfmSettings rfm = RfmSettings.DEFAULTS.withColumns(Map.of("customer", "Client", "amount", "Total"))
                .withActions(Map.of("Champions", "Thank them"));
        Project opened = Project.named("shop").withSettings(Project.named("x").settings().withRfm(rfm));
        ProjectRfmSettings store = new ProjectRfmSettings(() -> opened, changed -> { });

        RfmStepSettings loaded = store.load();

        assertThat(loaded.columns().customer()).isEqualTo("Client");
        assertThat(loaded.columns().amount()).isEqualTo("Total");
        assertThat(loaded.columns().quantity()).isNull();
        assertThat(loaded.actions()).containsEntry("Champions", "Thank them");
    }
}
