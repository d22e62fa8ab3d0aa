package org.segmentlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return SegmentLabCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void listNamesEverySample() {
        int code = run("sample", "--list");

        assertThat(code).isEqualTo(0);
        assertThat(out.toString().lines()).hasSize(org.segmentlab.core.sample.Samples.everything().size());
        assertThat(out.toString()).contains("retail-rfm").contains("saas-churn").contains("cdp-events")
                .contains("mall-demographics").contains("email-campaign").contains("shop-clv");
    }

    @Test
    void anUnknownNameExitsOneAndListsTheValidNames() {
        int code = run("sample", "retail", "--out", dir.toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString().trim()).isEqualTo(
                "segmentlab: unknown sample 'retail'; valid names: retail-rfm, saas-churn, cdp-events, mall-demographics, "
                        + "shop-clv, email-campaign");
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void writesTheSampleAndSaysWhatItWrote() {
        Path folder = dir.resolve("mall");

        int code = run("sample", "mall-demographics", "--out", folder.toString());

        assertThat(code).isEqualTo(0);
        assertThat(folder.resolve("customers.csv")).isRegularFile();
        assertThat(folder.resolve("answers.csv")).isRegularFile();
        assertThat(folder.resolve("README.md")).isRegularFile();
        assertThat(folder.resolve("mall-demographics.slproj.json")).content().contains("\"seed\": 42");
        assertThat(out.toString()).contains("Wrote sample mall-demographics (seed 42)").contains("customers.csv");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void theSeedOptionChangesTheData() throws Exception {
        run("sample", "mall-demographics", "--out", dir.resolve("a").toString());
        int code = run("sample", "mall-demographics", "--out", dir.resolve("b").toString(), "--seed", "7");

        assertThat(code).isEqualTo(0);
        assertThat(Files.readString(dir.resolve("b").resolve("customers.csv")))
                .isNotEqualTo(Files.readString(dir.resolve("a").resolve("customers.csv")));
        assertThat(dir.resolve("b").resolve("mall-demographics.slproj.json")).content().contains("\"seed\": 7");
    }

    @Test
    void withoutOutOrNameItIsAUsageError() {
        assertThat(run("sample", "mall-demographics")).isEqualTo(2);
        assertThat(err.toString()).contains("--out");
        assertThat(run("sample")).isEqualTo(2);
        assertThat(err.toString()).contains("Missing sample NAME");
    }

    @Test
    void anOutThatIsAFileIsBadInput() throws Exception {
        Path file = Files.writeString(dir.resolve("taken"), "x");

        assertThat(run("sample", "mall-demographics", "--out", file.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("taken: is a file; --out needs a folder");
    }
}
