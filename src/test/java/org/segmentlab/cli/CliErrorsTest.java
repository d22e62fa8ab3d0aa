package org.segmentlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CliErrorsTest {

    @Test
    void javaClassNamesAreTakenOutOfMessages() {
        assertThat(CliErrors.oneLine("sales.slproj.json: bad date '2024-13-01' (java.time.format.DateTimeParseException)"))
                .isEqualTo("sales.slproj.json: bad date '2024-13-01'");
        assertThat(CliErrors.oneLine("p.slproj.json: cannot read java.util.ArrayList<org.segmentlab.core.project.DataSourceRef> here"))
                .isEqualTo("p.slproj.json: cannot read here");
        assertThat(CliErrors.oneLine("p.slproj.json: nesting too deep (see "
                + "com.fasterxml.jackson.core.StreamReadConstraints.getMaxNestingDepth())"))
                .isEqualTo("p.slproj.json: nesting too deep (see");
    }

    @Test
    void fileNamesWithDotsStay() {
        assertThat(CliErrors.oneLine("my.sales.2024.csv: no rows")).isEqualTo("my.sales.2024.csv: no rows");
    }

    @Test
    void aMessageOfSeveralLinesBecomesOne() {
        assertThat(CliErrors.oneLine("first\nsecond\r\nthird")).isEqualTo("first; second; third");
    }

    @Test
    void theSuggestedHeapIsTwiceWhatJavaHadOrTenTimesTheFileInWholeGigabytes() {
        long mb = 1L << 20;
        assertThat(CliErrors.suggestedHeap(1024 * mb, 100 * mb)).isEqualTo("2g");
        assertThat(CliErrors.suggestedHeap(1024 * mb, 400 * mb)).isEqualTo("4g");
        assertThat(CliErrors.suggestedHeap(16 * mb, 14 * mb)).isEqualTo("1g");
    }

    @Test
    void theFileNamedForMemoryIsTheInputNotTheOutput() {
        assertThat(CliErrors.inputOf(new String[] {"rfm", "--out", "o.csv", "--input", "in.csv"}))
                .isEqualTo(Path.of("in.csv"));
        assertThat(CliErrors.inputOf(new String[] {"features", "--transactions=t.csv", "--out", "o.csv"}))
                .isEqualTo(Path.of("t.csv"));
    }
}
