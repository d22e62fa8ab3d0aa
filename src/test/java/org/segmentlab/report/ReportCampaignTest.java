package org.segmentlab.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmentlab.core.Progress;
import org.segmentlab.core.campaign.CampaignReadout;
import org.segmentlab.core.campaign.SegmentReadout;
import org.segmentlab.core.project.CampaignSettings;
import org.segmentlab.core.project.Project;
import org.segmentlab.core.project.ProjectStore;

/**
 * "Did the campaign work" in the report: a readout kept in the project (as the Campaigns step keeps
 * it) joined to the report's own segments by customer id, in words, as a forest plot and as a table.
 */
class ReportCampaignTest {

    private static final Path RETAIL = Path.of("sample-projects/retail-rfm/retail-rfm.slproj.json");

    @TempDir
    Path dir;

    @Test
    void aReadoutByTheProjectsSegmentsAppearsInTheReport() throws Exception {
        Project project = new ProjectStore().load(RETAIL);
        ReportModel plain = new ReportBuilder().build(project, RETAIL, ReportOptions.of(project, RETAIL),
                LocalDate.of(2026, 12, 6), Progress.none());
        assertThat(plain.campaign()).isNull();
        ReportModel.CustomerList customers = plain.customers();

        // every other customer e-mailed; a quarter of the e-mailed bought, an eighth of the others; one stranger
        StringBuilder csv = new StringBuilder("customer_id,group,converted\n");
        Map<String, int[]> bySegment = new HashMap<>();
        int[] all = new int[4];
        for (int i = 0; i < customers.ids().size(); i++) {
            boolean mailed = i % 2 == 0;
            boolean bought = mailed ? i % 4 == 0 : i % 8 == 1;
            csv.append(customers.ids().get(i)).append(',').append(mailed ? "mail" : "none").append(',')
                    .append(bought ? 1 : 0).append('\n');
            int[] cell = bySegment.computeIfAbsent(customers.segmentNames().get(i), k -> new int[4]);
            for (int[] c : List.of(cell, all)) {
                c[mailed ? 0 : 2] += bought ? 1 : 0;
                c[mailed ? 1 : 3]++;
            }
        }
        csv.append("STRANGER,mail,1\n");
        Path results = Files.writeString(dir.resolve("outcomes.csv"), csv);
        CampaignSettings.ReadoutSettings readout = new CampaignSettings.ReadoutSettings(results.toString(), "group",
                "mail", "none", "converted", null, null, "customer_id", 0.95, 0.5, "segment", null, null, null);
        Project withCampaign = project.withSettings(project.settings().withCampaign(CampaignSettings.EMPTY
                .withReadout(readout)));

        ReportModel model = new ReportBuilder().build(withCampaign, RETAIL, ReportOptions.of(withCampaign, RETAIL),
                LocalDate.of(2026, 12, 6), Progress.none());

        ReportModel.Campaign campaign = model.campaign();
        assertThat(campaign).isNotNull();
        CampaignReadout r = campaign.readout();
        assertThat(r.overall().treated()).isEqualTo(all[1] + 1);
        assertThat(r.overall().control()).isEqualTo(all[3]);
        assertThat(r.customersWithoutSegment()).isEqualTo(1);
        assertThat(r.segments()).hasSize(bySegment.size());
        for (SegmentReadout s : r.segments()) {
            int[] cell = bySegment.get(s.segment());
            assertThat(new int[] {s.convertedTreated(), s.treated(), s.convertedControl(), s.control()})
                    .as(s.segment()).containsExactly(cell);
        }
        double difference = (all[0] + 1.0) / (all[1] + 1) - (double) all[2] / all[3];
        assertThat(campaign.reading()).startsWith(String.format(Locale.ROOT,
                "The campaign (mail against none) lifted conversion by %.2f points (", 100 * difference));
        assertThat(campaign.notes()).contains("1 customer has no segment: it counts in All only.");
        assertThat(campaign.setup()).isEqualTo("outcomes.csv: 'group' = mail against none, outcome 'converted', "
                + "segments from the report's segments, by customer id, 95% intervals");

        String html = new HtmlReportWriter().render(model);
        assertThat(html).contains("<h2>Did the campaign work</h2>").contains(HtmlReportWriter.esc(campaign.reading()))
                .contains("campaign-forest").contains("<th class=\"num\">Difference, points</th>");
        assertThat(html.indexOf("<h2>Did the campaign work</h2>")).isLessThan(html.indexOf("<h2>Appendix</h2>"));
        byte[] pdf = new PdfReportWriter().render(model);
        assertThat(pdf.length).isGreaterThan(new PdfReportWriter().render(plain).length);
    }

    @Test
    void aCampaignWhoseResultsAreGoneIsSaidAndTheRestOfTheReportStands() throws Exception {
        Project project = new ProjectStore().load(RETAIL);
        CampaignSettings.ReadoutSettings readout = new CampaignSettings.ReadoutSettings(
                dir.resolve("gone.csv").toString(), "group", "mail", "none", "converted", null, "tier", null, 0.95, 0.5);
        Project withCampaign = project.withSettings(project.settings().withCampaign(CampaignSettings.EMPTY
                .withReadout(readout)));

        ReportModel model = new ReportBuilder().build(withCampaign, RETAIL, ReportOptions.of(withCampaign, RETAIL),
                LocalDate.of(2026, 12, 6), Progress.none());

        assertThat(model.campaign()).isNull();
        assertThat(model.qualityNotes()).anyMatch(n -> n.startsWith("The project's campaign could not be read out "
                + "again, so the report does not say whether it worked: ") && n.contains("gone.csv"));
        assertThat(model.segments()).isNotEmpty();
    }
}
