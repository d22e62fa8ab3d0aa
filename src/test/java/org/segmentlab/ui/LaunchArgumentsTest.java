package org.segmentlab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class LaunchArgumentsTest {

    @Test
    void readsTheSampleName() {
        assertThat(LaunchArguments.parse(List.of("--sample", "retail-rfm")).sampleName()).contains("retail-rfm");
        assertThat(LaunchArguments.parse(List.of("--sample=saas-churn")).sampleName()).contains("saas-churn");
    }

    @Test
    void readsAProjectFileAndIgnoresOtherArguments() {
        LaunchArguments arguments = LaunchArguments.parse(List.of("--verbose", "work/spring.slproj.json"));

        assertThat(arguments.projectFile()).contains(Path.of("work/spring.slproj.json"));
        assertThat(arguments.sampleName()).isEmpty();
    }

    @Test
    void nothingGivenOpensNothing() {
        LaunchArguments arguments = LaunchArguments.parse(List.of());

        assertThat(arguments.projectFile()).isEmpty();
        assertThat(arguments.sampleName()).isEmpty();
    }

    @Test
    void debugTurnsOnTheStallWatchAndMayStandBesideAProject() {
        LaunchArguments arguments = LaunchArguments.parse(List.of("--debug", "work/spring.slproj.json"));

        assertThat(arguments.debug()).isTrue();
        assertThat(arguments.projectFile()).contains(Path.of("work/spring.slproj.json"));
        assertThat(LaunchArguments.parse(List.of("work/spring.slproj.json")).debug()).isFalse();
    }
}
