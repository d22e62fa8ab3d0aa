package org.segmentlab.core.segment.rfm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmentlab.core.data.DataFileException;

class SegmentMapFileTest {

    @TempDir
    Path dir;

    private final SegmentMapFile files = new SegmentMapFile();

    @Test
    void aMapSurvivesAWriteAndARead() throws Exception {
        SegmentMap map = new SegmentMap(4, List.of(
                new SegmentRule("Top", 4, 4, 3, 4, 3, null, "Thank them"),
                SegmentRule.onRecencyAndFrequency("Rest", 1, 4, 1, 4, "")));
        Path file = dir.resolve("map.json");

        files.write(file, map);

        assertThat(files.read(file)).isEqualTo(map);
        assertThat(Files.readString(file)).contains("\"rMin\" : 4").contains("\"mMax\" : null");
        try (var left = Files.list(dir)) {
            assertThat(left).containsExactly(file);
        }
    }

    @Test
    void theStandardMapSurvivesAWriteAndARead() throws Exception {
        Path file = dir.resolve("standard.json");

        files.write(file, SegmentMap.standard());

        assertThat(files.read(file)).isEqualTo(SegmentMap.standard());
    }

    @Test
    void aHandWrittenMapMayLeaveOutTheMonetaryBoundsAndTheAction() throws Exception {
        Path file = dir.resolve("mine.json");
        Files.writeString(file, "{\"bins\": 3, \"rules\": [{\"name\": \"Best\", \"rMin\": 3, \"rMax\": 3,"
                + " \"fMin\": 2, \"fMax\": 3}]}");

        SegmentMap map = files.read(file);

        assertThat(map.rules()).containsExactly(new SegmentRule("Best", 3, 3, 2, 3, null, null, ""));
    }

    @Test
    void anInvalidMapIsReportedWithTheFileNameAndTheProblem() throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\"bins\": 5, \"rules\": [{\"name\": \"Top\", \"rMin\": 5, \"rMax\": 6,"
                + " \"fMin\": 1, \"fMax\": 5}]}");

        assertThatThrownBy(() -> files.read(file)).isInstanceOf(DataFileException.class)
                .hasMessageStartingWith("bad.json: ").hasMessageContaining("'Top' uses score 6");
    }

    @Test
    void brokenJsonIsReportedWithItsLine() throws Exception {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\"bins\": 5,\n \"rules\": [\n oops ]}");

        assertThatThrownBy(() -> files.read(file)).isInstanceOf(DataFileException.class)
                .hasMessageStartingWith("broken.json: not a valid segment map (line 3)");
    }

    @Test
    void aMissingFileIsReportedByName() {
        assertThatThrownBy(() -> files.read(dir.resolve("none.json"))).isInstanceOf(DataFileException.class)
                .hasMessage("none.json: file not found");
    }
}
