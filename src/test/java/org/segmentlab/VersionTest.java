package org.segmentlab;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VersionTest {

    /** Run from classes (no manifest), the version is still the build's: the one the pom gives. */
    @Test
    void theVersionIsTheBuildsEvenWithoutAJar() throws Exception {
        String pom = java.nio.file.Files.readString(java.nio.file.Path.of("pom.xml"));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                "<artifactId>segmentlab</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
        assertThat(m.find()).isTrue();
        assertThat(Version.current()).isEqualTo(m.group(1));
    }
}
