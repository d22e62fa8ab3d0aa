package org.segmentlab.ui.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.segmentlab.ui.testing.MemoryPreferences;

class RecentProjectsTest {

    @Test
    void keepsTheEightNewestFirstWithoutDuplicates() {
        RecentProjects recent = new RecentProjects(new MemoryPreferences());
        for (int i = 1; i <= 10; i++) {
            recent.add(Path.of("/p/" + i + ".slproj.json"));
        }

        recent.add(Path.of("/p/5.slproj.json"));

        assertThat(recent.files()).extracting(Path::toString).containsExactly(
                "/p/5.slproj.json", "/p/10.slproj.json", "/p/9.slproj.json", "/p/8.slproj.json",
                "/p/7.slproj.json", "/p/6.slproj.json", "/p/4.slproj.json", "/p/3.slproj.json");
    }

    @Test
    void comesBackFromThePreferencesInTheSameOrder() {
        MemoryPreferences preferences = new MemoryPreferences();
        RecentProjects first = new RecentProjects(preferences);
        first.add(Path.of("/p/a.slproj.json"));
        first.add(Path.of("/p/b.slproj.json"));
        first.remove(Path.of("/p/a.slproj.json"));
        first.add(Path.of("/p/c.slproj.json"));

        RecentProjects second = new RecentProjects(preferences);

        assertThat(second.files()).extracting(Path::toString).containsExactly("/p/c.slproj.json", "/p/b.slproj.json");
    }
}
