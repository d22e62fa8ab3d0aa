package org.segmentlab.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmentlab.core.Progress;
import org.segmentlab.core.clv.ClvResult;
import org.segmentlab.core.project.ClvSettings;
import org.segmentlab.core.project.Project;
import org.segmentlab.core.project.ProjectStore;
import org.segmentlab.core.project.SavedClv;
import org.segmentlab.core.project.SavedSources;

/** A project with a value model: its report gives each segment's CLV, summed customer by customer. */
class ValueFindingsTest {

    private static final Path SHOP = Path.of("sample-projects/shop-clv/shop-clv.slproj.json");

    @TempDir
    Path dir;

    @Test
    void eachSegmentCardGivesTheCustomerLifetimeValueOfItsCustomers() throws Exception {
        Project sample = new ProjectStore().load(SHOP);
        Project project = sample.withSettings(sample.settings().withClv(ClvSettings.DEFAULTS));
        SavedSources sources = new SavedSources(project, SHOP.toAbsolutePath());
        ReportModel report = new ReportBuilder().build(sources, ReportOptions.of(project, SHOP.toAbsolutePath()),
                LocalDate.of(2025, 1, 6),
                Progress.none());
        ClvResult value = new SavedClv().replay(sources, Progress.none()).result();

        // by hand: every RFM customer's CLV added to their segment
        Map<String, Double> bySegment = new HashMap<>();
        double total = 0;
        ReportModel.CustomerList list = report.customers();
        for (int i = 0; i < list.ids().size(); i++) {
            OptionalInt row = value.values().rowOf(list.ids().get(i));
            if (row.isPresent()) {
                bySegment.merge(list.segmentNames().get(i), value.values().clv(row.getAsInt()), Double::sum);
                total += value.values().clv(row.getAsInt());
            }
        }
        assertThat(report.populatedSegments()).isNotEmpty();
        double shares = 0;
        for (ReportModel.SegmentEntry e : report.populatedSegments()) {
            assertThat(e.lifetime()).as(e.name()).isNotNull();
            assertThat(e.lifetime().totalClv()).isCloseTo(bySegment.get(e.name()), within(1e-6));
            assertThat(e.lifetime().meanClv()).isCloseTo(e.lifetime().totalClv() / e.customers(), within(1e-6));
            assertThat(e.lifetime().meanPAlive()).isBetween(0.0, 1.0);
            shares += e.lifetime().clvShare();
        }
        assertThat(shares).isCloseTo(1.0, within(1e-9));
        assertThat(total).isPositive();
        assertThat(report.reproducibility().settings()).anyMatch(l -> l.startsWith("Value model: bgnbd per"));

        Path html = dir.resolve("report.html");
        new HtmlReportWriter().write(report, html);
        assertThat(Files.readString(html)).contains("<b>Lifetime value.</b> CLV ");
    }
}
