package org.segmentlab.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmentlab.core.Progress;
import org.segmentlab.core.project.CampaignSettings;
import org.segmentlab.core.project.NamedSegment;
import org.segmentlab.core.project.Project;
import org.segmentlab.core.project.ProjectStore;

/**
 * A project whose only segments are those of its campaign's results file (the readout's segment
 * column): the report describes them by the file's other numbers and says whether the campaign worked
 * in each, instead of finding nothing to report on.
 */
class CampaignSegmentReportTest {

    private static final Path EMAIL = Path.of("sample-projects/email-campaign/email-campaign.slproj.json");
    private static final Path RETAIL = Path.of("sample-projects/retail-rfm/retail-rfm.slproj.json");
    private static final LocalDate DAY = LocalDate.of(2026, 12, 6);

    @TempDir
    Path dir;

    @Test
    void theEmailCampaignSampleIsReportedByTheSegmentsOfItsFile() throws Exception {
        Project project = new ProjectStore().load(EMAIL);
        ReportModel model = new ReportBuilder().build(project, EMAIL, ReportOptions.of(project, EMAIL), DAY,
                Progress.none());

        assertThat(model.kind()).isEqualTo(ReportModel.Kind.CAMPAIGN);
        assertThat(model.dateLine()).startsWith("Campaign segments \u00b7 prepared");
        // the planted sizes, from the sample's own answers
        Map<String, Integer> planted = new HashMap<>();
        List<String> answers = Files.readAllLines(EMAIL.resolveSibling("answers.csv"));
        for (String line : answers.subList(1, answers.size())) {
            String[] cells = line.split(",");
            planted.put(cells[0], Integer.parseInt(cells[1]));
        }
        assertThat(model.segments()).extracting(ReportModel.SegmentEntry::name)
                .containsExactly("Deal seekers", "Inbox fatigued", "Lapsing customers", "Loyal regulars", "New customers");
        for (ReportModel.SegmentEntry s : model.segments()) {
            assertThat(s.customers()).as(s.name()).isEqualTo((long) planted.get(s.name()));
        }

        // each segment's mean spend, worked out here from the file
        Map<String, double[]> spend = new HashMap<>();
        List<String> lines = Files.readAllLines(EMAIL.resolveSibling("campaign.csv"));
        List<String> header = List.of(lines.get(0).split(","));
        int segment = header.indexOf("segment");
        int spent = header.indexOf("spend_12m");
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            double[] sum = spend.computeIfAbsent(cells[segment], k -> new double[2]);
            sum[0] += Double.parseDouble(cells[spent]);
            sum[1]++;
        }
        for (ReportModel.SegmentEntry s : model.segments()) {
            double[] sum = spend.get(s.name());
            assertThat(s.meanValue()).as(s.name()).isCloseTo(sum[0] / sum[1], within(1e-9));
            assertThat(s.profile()).extracting(ReportModel.Measure::name).containsExactly("recency_days", "orders_12m",
                    "spend_12m", "email_opens_90d", "complaints_12m", "tenure_months");
        }
        assertThat(model.qualityNotes()).contains("The campaign's own columns ('group', 'converted', 'revenue') do not "
                + "describe the segments: they were measured after the send.");
        assertThat(model.campaign()).isNotNull();
        assertThat(model.campaign().readout().segments()).hasSize(5);
        // each card says what the campaign did there: the figures of the sample's guide
        String html = new HtmlReportWriter().render(model);
        assertThat(html).contains("<b>Campaign.</b> The campaign lifted conversion by 5.06 points (3.77 to 6.40).",
                "<b>Campaign.</b> The campaign lowered conversion by 3.76 points (-4.94 to -2.64).",
                "<b>Campaign.</b> No clear effect on conversion: +0.60 points (-0.92 to 2.11).");
        // where the campaign clearly helped or hurt, the suggested action follows it; elsewhere the profile's
        Map<String, String> actions = new HashMap<>();
        model.segments().forEach(seg -> actions.put(seg.name(), seg.action()));
        assertThat(actions.get("Lapsing customers")).isEqualTo("Suggested: keep them in the next send: the campaign "
                + "lifted their conversion by 5.06 points (3.77 to 6.40).");
        assertThat(actions.get("Inbox fatigued")).isEqualTo("Suggested: leave them out of the next send: the "
                + "campaign lowered their conversion by 3.76 points (-4.94 to -2.64).");
        assertThat(actions.get("Deal seekers")).startsWith("Suggested: ").doesNotContain("next send");
        assertThat(model.priorities()).filteredOn(p -> p.name().equals("Inbox fatigued"))
                .extracting(ReportModel.Priority::action).singleElement().asString().contains("leave them out");
        String lapsingCard = html.substring(html.indexOf("<h3>Lapsing customers</h3>"));
        assertThat(lapsingCard.substring(0, lapsingCard.indexOf("</div>"))).contains("lifted conversion by 5.06");
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(
                new PdfReportWriter().render(model))) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replace('\n', ' ');
            assertThat(text).contains("Campaign: The campaign lifted conversion by 5.06 points",
                    "Campaign: No clear effect on conversion: +0.60 points");
        }
        assertThat(model.customers().ids()).hasSize(20_000);
    }

    @Test
    void anActionTheAnalystWroteStaysWhateverTheCampaignDid() throws Exception {
        Project sample = new ProjectStore().load(EMAIL);
        // segments are numbered in the order of their names: Inbox fatigued is the second
        Project written = sample.withSettings(sample.settings().withSegment(
                new NamedSegment(NamedSegment.CAMPAIGN_RUN, 1, null, null, "Call the ten largest accounts.", 2)));

        ReportModel model = new ReportBuilder().build(written, EMAIL, ReportOptions.of(written, EMAIL), DAY,
                Progress.none());

        ReportModel.SegmentEntry fatigued = model.segments().get(1);
        assertThat(fatigued.name()).isEqualTo("Inbox fatigued");
        assertThat(fatigued.action()).isEqualTo("Call the ten largest accounts.");
        assertThat(fatigued.ease()).isEqualTo(2);
        assertThat(model.segments().get(2).action()).contains("keep them in the next send");
    }

    @Test
    void aSegmentsSettingsFollowItsNameWhenALaterResultsFileAddsASegmentThatSortsBeforeIt() throws Exception {
        Path first = Files.writeString(dir.resolve("results.csv"),
                "cid,seg,spend,grp,conv\na,North,10,t,1\nb,South,30,c,0\nc,South,5,t,0\n");
        Project project = campaignOnly(first, "seg");
        // as the Report step saves them: by number and by the name the file gives the segment
        project = project.withSettings(project.settings()
                .withSegment(new NamedSegment(NamedSegment.CAMPAIGN_RUN, 0, "North", null, "Call them.", 5))
                .withSegment(new NamedSegment(NamedSegment.CAMPAIGN_RUN, 1, "South", null, null, 1)));
        ReportModel before = new ReportBuilder().build(project, null, ReportOptions.defaults(), DAY, Progress.none());
        assertThat(before.segments()).extracting(ReportModel.SegmentEntry::name).containsExactly("North", "South");

        // the next results file has a segment whose name sorts first
        Files.writeString(first, "cid,seg,spend,grp,conv\na,North,10,t,1\nb,South,30,c,0\nc,South,5,t,0\n"
                + "d,Central,8,t,0\ne,Central,9,c,1\n");
        ReportModel after = new ReportBuilder().build(project, null, ReportOptions.defaults(), DAY, Progress.none());

        Map<String, ReportModel.SegmentEntry> byName = new HashMap<>();
        after.segments().forEach(e -> byName.put(e.name(), e));
        assertThat(byName.get("North").action()).isEqualTo("Call them.");
        assertThat(byName.get("North").ease()).isEqualTo(5);
        assertThat(byName.get("South").ease()).isEqualTo(1);
        assertThat(byName.get("Central").ease()).isEqualTo(NamedSegment.DEFAULT_EASE);
        assertThat(byName.get("Central").action()).isNotEqualTo("Call them.");
        // the saved segments keep their numbers (and so their colours); the new one takes the free number
        assertThat(byName.get("North").id()).isEqualTo(0);
        assertThat(byName.get("South").id()).isEqualTo(1);
        assertThat(byName.get("Central").id()).isEqualTo(2);
        assertThat(byName.get("Central").customers()).isEqualTo(2L);
    }

    @Test
    void segmentsAreNumberedByNameExceptThoseWithSavedSettingsAndOldSettingsAreKnownByNumber() {
        java.util.TreeSet<String> names = new java.util.TreeSet<>(List.of("A", "B", "C", "D"));
        NamedSegment savedD = new NamedSegment(NamedSegment.CAMPAIGN_RUN, 0, "D", null, null, 4);
        NamedSegment gone = new NamedSegment(NamedSegment.CAMPAIGN_RUN, 1, "Gone", null, null, 2);
        NamedSegment outOfRange = new NamedSegment(NamedSegment.CAMPAIGN_RUN, 9, "B", null, null, 5);
        NamedSegment old = new NamedSegment(NamedSegment.CAMPAIGN_RUN, 2, null, null, "old note", 3);

        List<String> numbered = CampaignSegmentFindings.numbered(names, List.of(savedD, gone, outOfRange, old));

        // D keeps 0; a segment no longer in the file holds no number; B's saved number is past the count
        assertThat(numbered).containsExactly("D", "A", "B", "C");
        Map<Integer, NamedSegment> named = CampaignSegmentFindings.named(List.of(savedD, gone, outOfRange, old),
                numbered);
        assertThat(named).containsEntry(0, savedD).containsEntry(2, outOfRange).doesNotContainValue(gone);
        // settings of an older version, without a name, are known by number where nothing named claims it
        assertThat(named.get(3)).isNull();
        assertThat(CampaignSegmentFindings.named(List.of(old), List.of("A", "B", "C"))).containsEntry(2, old);
        assertThat(CampaignSegmentFindings.named(List.of(old, new NamedSegment(NamedSegment.CAMPAIGN_RUN, 5, "C",
                null, null, 1)), List.of("A", "B", "C")).get(2).ease()).isEqualTo(1);
    }

    @Test
    void aResultsFileThatIsAProjectSourceIsReadAsThatSourceOnce() throws Exception {
        Project project = new ProjectStore().load(EMAIL);
        org.segmentlab.core.project.SavedSources sources = new org.segmentlab.core.project.SavedSources(project, EMAIL);

        new ReportBuilder().build(sources, ReportOptions.of(project, EMAIL), DAY, Progress.none());

        // kept among the tables read, so a preview built again with these sources does not read it again
        assertThat(sources.tablesRead()).containsOnlyKeys("campaign");
    }

    @Test
    void whatTheFileLacksIsSaidAndTheMeansAreThoseOfTheCustomersKept() throws Exception {
        Path results = Files.writeString(dir.resolve("results.csv"), String.join("\n",
                "cid,seg,spend,visits,city,grp,conv",
                "a,North,10,1,Oslo,t,1",
                "b,North,30,3,Oslo,c,0",
                "c,South,5,2,Rome,t,0",
                ",South,999,9,Rome,c,1",
                "d,,7,7,Rome,t,1",
                "b,South,1000,1,Rome,t,1",
                "e,South,7,,Rome,c,0") + "\n");
        ReportModel model = new ReportBuilder().build(campaignOnly(results, "seg"), null,
                ReportOptions.defaults(), DAY, Progress.none());

        assertThat(model.segments()).extracting(ReportModel.SegmentEntry::name).containsExactly("North", "South");
        assertThat(model.segments()).extracting(ReportModel.SegmentEntry::customers).containsExactly(2L, 2L);
        ReportModel.SegmentEntry north = model.segments().get(0);
        ReportModel.SegmentEntry south = model.segments().get(1);
        assertThat(north.meanValue()).isEqualTo(20.0);
        assertThat(south.meanValue()).isEqualTo(6.0);
        assertThat(north.valueShare()).isCloseTo(40.0 / 52.0, within(1e-12));
        // visits: North 1 and 3, South 2 and (missing): the mean of what is known
        assertThat(south.profile().get(1).mean()).isEqualTo(2.0);
        assertThat(north.profile().get(1).populationMean()).isCloseTo(2.0, within(1e-12));
        assertThat(model.qualityNotes()).contains(
                "The campaign's own columns ('grp', 'conv') do not describe the segments: they were measured after "
                        + "the send.",
                "Columns that are not numbers do not describe the segments: 'city'.",
                "1 row of results.csv has no customer id and was left out.",
                "1 customer of results.csv has no 'seg' and is in no segment.",
                "1 row of results.csv repeats a customer id; each customer counts once, as first listed.");
    }

    @Test
    void campaignColumnsAreKnownAsTheReadoutFindsThemAndIdsAndSegmentsReadAsItReadsThem() throws Exception {
        // the outcome named in another case, numeric segments and ids: the readout's rules, not exact names
        Path results = Files.writeString(dir.resolve("results.csv"), String.join("\n",
                "cid,seg,spend,grp,CONV",
                "101,1,10,t,1",
                "102,1,30,c,0",
                "103,2,5,t,0") + "\n");
        ReportModel model = new ReportBuilder().build(campaignOnly(results, "seg"), null,
                ReportOptions.defaults(), DAY, Progress.none());

        assertThat(model.customers().measures()).containsExactly("spend");
        assertThat(model.customers().ids()).containsExactly("101", "102", "103");
        assertThat(model.segments()).extracting(ReportModel.SegmentEntry::name).containsExactly("1", "2");
        assertThat(model.campaign().readout().segments()).extracting(r -> r.segment()).containsExactly("1", "2");
    }

    @Test
    void aResultsFileWithoutTheSegmentColumnIsRefusedByName() throws Exception {
        Path results = Files.writeString(dir.resolve("results.csv"), "cid,spend,grp,conv\na,1,t,1\nb,2,c,0\n");
        assertThatThrownBy(() -> new ReportBuilder().build(campaignOnly(results, "seg"), null,
                ReportOptions.defaults(), DAY, Progress.none()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("results.csv: no segment column 'seg'; the columns are cid, spend, grp, conv");
    }

    @Test
    void aProjectWithTransactionsReportsItsRfmSegmentsUnlessTheCampaignsAreChosen() throws Exception {
        Project retail = new ProjectStore().load(RETAIL);
        Path results = Files.writeString(dir.resolve("results.csv"),
                "cid,seg,spend,grp,conv\na,North,10,t,1\nb,South,30,c,0\nc,South,5,t,0\n");
        Project both = retail.withSettings(retail.settings().withCampaign(campaignOnly(results, "seg").settings()
                .campaign()));

        ReportModel rfm = new ReportBuilder().build(both, RETAIL, ReportOptions.of(both, RETAIL), DAY, Progress.none());
        ReportModel campaign = new ReportBuilder().build(both, RETAIL, ReportOptions.of(both, RETAIL)
                .withRunId(NamedSegment.CAMPAIGN_RUN), DAY, Progress.none());

        assertThat(rfm.kind()).isEqualTo(ReportModel.Kind.RFM);
        assertThat(campaign.kind()).isEqualTo(ReportModel.Kind.CAMPAIGN);
        assertThat(campaign.segments()).extracting(ReportModel.SegmentEntry::customers).containsExactly(1L, 2L);
        assertThat(ReportBuilder.campaignSegmentColumn(both)).hasValue("seg");
        assertThat(ReportBuilder.campaignSegmentColumn(retail)).isEmpty();
    }

    @Test
    void askingForTheCampaignsSegmentsOfAProjectWithoutOneSaysSo() throws Exception {
        Project retail = new ProjectStore().load(RETAIL);
        assertThatThrownBy(() -> new ReportBuilder().build(retail, RETAIL, ReportOptions.of(retail, RETAIL)
                .withRunId(NamedSegment.CAMPAIGN_RUN), DAY, Progress.none()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(retail.name() + ": the project keeps no campaign readout by a segment column of its "
                        + "results, with customer ids, to report on");
    }

    /** A project with no data source of its own, whose campaign readout reads {@code results} by {@code by}. */
    private static Project campaignOnly(Path results, String by) {
        CampaignSettings.ReadoutSettings readout = new CampaignSettings.ReadoutSettings(results.toAbsolutePath()
                .toString(), "grp", "t", "c", "conv", null, by, "cid", 0.95, 0.5);
        Project empty = Project.named("Campaign only");
        return empty.withSettings(empty.settings().withCampaign(CampaignSettings.EMPTY.withReadout(readout)));
    }
}
