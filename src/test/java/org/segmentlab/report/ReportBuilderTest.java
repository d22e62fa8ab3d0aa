package org.segmentlab.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmentlab.core.Progress;

class ReportBuilderTest {

    @TempDir
    Path dir;

    @Test
    void customMapAndEditedActionsOfTheProjectAreApplied() throws Exception {
        ReportModel model = new ReportBuilder().build(ReportFixtures.hostileProject(dir), null, null,
                LocalDate.of(2026, 3, 4), Progress.none());

        assertThat(model.title()).isEqualTo("Names <b>test</b>");
        assertThat(model.author()).isEqualTo("A & B");
        assertThat(model.dateLine()).isEqualTo("RFM segments \u00b7 prepared 4 March 2026");
        assertThat(model.kind()).isEqualTo(ReportModel.Kind.RFM);
        assertThat(model.facts()).extracting(ReportModel.Fact::value).containsExactly("2024-01-12 to 2024-01-30",
                "10", "55", "550");
        assertThat(model.customers().ids()).hasSize(10);
        assertThat(model.segments()).extracting(ReportModel.SegmentEntry::name)
                .containsExactly(ReportFixtures.SCRIPT, ReportFixtures.FORMULA);
        ReportModel.SegmentEntry recent = model.segments().get(0);
        // c05..c10 buy 5+6+...+10 = 45 of the 55 lines, 10.00 each
        assertThat(recent.customers()).isEqualTo(6);
        assertThat(recent.valueShare()).isCloseTo(45.0 / 55, within(1e-9));
        assertThat(recent.value()).isCloseTo(450.0, within(1e-9));
        assertThat(recent.traits()).isEqualTo("R 3\u20135, F 1\u20135");
        assertThat(recent.action()).isEqualTo(ReportFixtures.SCRIPT_ACTION);
        // no action written for the other segment of the project's map: one is suggested from its profile
        assertThat(model.segments().get(1).action())
                .startsWith(org.segmentlab.core.segment.cluster.ActionSuggester.PREFIX).contains("win-back");
        assertThat(model.reproducibility().seed()).isEqualTo(42);
    }

    @Test
    void retailSampleSegmentsCoverEveryCustomerAndRevenueOnce() throws Exception {
        ReportModel model = ReportFixtures.retail(LocalDate.of(2026, 1, 1));

        assertThat(model.title()).isEqualTo("Retail customers");
        assertThat(model.dataLine()).contains("scored as of 2025-01-01");
        assertThat(model.segments().stream().mapToLong(ReportModel.SegmentEntry::customers).sum())
                .isEqualTo(model.customers().ids().size());
        assertThat(model.segments().stream().mapToDouble(ReportModel.SegmentEntry::valueShare).sum())
                .isCloseTo(1.0, within(1e-9));
        assertThat(model.segments().get(0).name()).isEqualTo("Champions");
        assertThat(model.segments().get(0).traits()).isEqualTo("R 5, F 4\u20135");
        assertThat(model.segments().get(0).action()).startsWith("Reward them");
    }

    @Test
    void reproducibilityFingerprintsTheDataFile() throws Exception {
        Path project = ReportFixtures.hostileProject(dir);
        ReportModel model = new ReportBuilder().build(project, "T", null, LocalDate.of(2026, 1, 1), Progress.none());

        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(Files.readAllBytes(dir.resolve("sales.csv"))));
        assertThat(model.reproducibility().files()).containsExactly(new ReportModel.FileHash("sales.csv", expected));
        assertThat(model.reproducibility().settings()).contains("As-of day: 2024-02-01", "Score bins: 5");
        assertThat(model.title()).isEqualTo("T");
    }
}
