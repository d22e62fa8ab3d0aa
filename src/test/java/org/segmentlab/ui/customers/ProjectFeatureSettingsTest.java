package org.segmentlab.ui.customers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.segmentlab.core.project.FeatureSettings;
import org.segmentlab.core.project.Project;

class ProjectFeatureSettingsTest {

    @Test
    void choicesGoIntoTheProjectAndComeBackFromIt() {
        AtomicReference<Project> project = new AtomicReference<>(Project.named("events"));
        ProjectFeatureSettings store = new ProjectFeatureSettings(project::get,
                features -> project.set(project.get().withSettings(project.get().settings().withFeatures(features))));
        FeatureSettings chosen = new FeatureSettings(LocalDate.of(2025, 1, 1), 30, List.of("sessions"),
                List.of("session_count", "conversion_rate"));

        store.save(chosen);

        assertThat(project.get().settings().features()).isEqualTo(chosen);
        assertThat(store.load()).isEqualTo(chosen);
    }

    @Test
    void anotherProjectBringsItsOwnSettings() {
        AtomicReference<Project> project = new AtomicReference<>(Project.named("a"));
        ProjectFeatureSettings store = new ProjectFeatureSettings(project::get, features -> { });
        store.save(new FeatureSettings(LocalDate.of(2025, 1, 1), 30, List.of(), List.of("session_count")));

        FeatureSettings other = new FeatureSettings(LocalDate.of(2020, 6, 1), 90, List.of(), List.of("monetary"));
        project.set(Project.named("b").withSettings(Project.named("b").settings().withFeatures(other)));

        assertThat(store.load()).isEqualTo(other);
    }
}
