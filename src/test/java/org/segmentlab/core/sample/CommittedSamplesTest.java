package org.segmentlab.core.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.segmentlab.core.Progress;

/** The samples under sample-projects/ are exactly what the generator writes with the default seed. */
class CommittedSamplesTest {

    static final Path COMMITTED = Path.of(System.getProperty("basedir", ".")).resolve("sample-projects");
    private static final long FIVE_MB = 5_000_000;

    @TempDir
    Path dir;

    static Iterable<String> sampleNames() {
        return Samples.everyName();
    }

    @ParameterizedTest
    @MethodSource("sampleNames")
    void regeneratingWithTheDefaultSeedReproducesTheCommittedFiles(String name) throws Exception {
        Path committed = COMMITTED.resolve(name);
        assertThat(committed).as("committed sample folder").isDirectory();

        SampleResult result = Samples.find(name).orElseThrow().write(dir.resolve(name), 42, Progress.none());

        Map<String, String> expected = SampleFiles.hashes(committed);
        assertThat(SampleFiles.hashes(result.folder()))
                .as("files of %s; regenerate with: segmentlab sample %s --out sample-projects/%s", name, name, name)
                .isEqualTo(expected);
    }

    @ParameterizedTest
    @MethodSource("sampleNames")
    void eachCommittedSampleIsUnderFiveMegabytes(String name) throws Exception {
        assertThat(SampleFiles.folderBytes(COMMITTED.resolve(name))).isLessThan(FIVE_MB);
    }

    @ParameterizedTest
    @MethodSource("sampleNames")
    void eachCommittedSampleHasItsProjectDataAndGuide(String name) {
        Path folder = COMMITTED.resolve(name);
        assertThat(folder.resolve(name + ".slproj.json")).isRegularFile();
        assertThat(folder.resolve("README.md")).isRegularFile();
        assertThat(Files.exists(COMMITTED.resolve("README.md"))).isTrue();
    }
}
