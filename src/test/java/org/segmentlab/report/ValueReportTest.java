package org.segmentlab.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.segmentlab.core.Progress;
import org.segmentlab.core.clv.ClvResult;
import org.segmentlab.core.clv.PurchaseModelKind;
import org.segmentlab.core.clv.SegmentValues;
import org.segmentlab.core.project.Project;
import org.segmentlab.core.project.ProjectStore;
import org.segmentlab.core.project.SavedClv;
import org.segmentlab.core.project.SavedSources;

/**
 * The report of a project with a value model has a section on it: the fit in words, each segment's
 * lifetime value as the core adds it up, the charts; a project without one has no such section.
 */
class ValueReportTest {

    private static final Path SHOP = Path.of("sample-projects/shop-clv/shop-clv.slproj.json").toAbsolutePath();
    private static final LocalDate TODAY = LocalDate.of(2025, 1, 6);

    private static ReportModel report(Project project, ReportBuilder builder) throws Exception {
        return builder.build(new SavedSources(project, SHOP), ReportOptions.of(project, SHOP), TODAY, Progress.none());
    }

    @Test
    void theValueSectionGivesEachSegmentsLifetimeValueAsTheCoreAddsItUp() throws Exception {
        Project project = new ProjectStore().load(SHOP);
        ReportModel report = report(project, new ReportBuilder());

        // the core's own sums, from the value model fitted again and the report's customers and segments
        ClvResult value = new SavedClv().replay(new SavedSources(project, SHOP), Progress.none()).result();
        Map<String, String> segmentOf = new HashMap<>();
        ReportModel.CustomerList customers = report.customers();
        for (int i = 0; i < customers.ids().size(); i++) {
            segmentOf.put(customers.ids().get(i), customers.segmentNames().get(i));
        }
        SegmentValues core = SegmentValues.of(value.values(), segmentOf);

        ReportModel.Lifetime lifetime = report.lifetime();
        assertThat(lifetime).isNotNull();
        List<SegmentValues.Segment> rows = lifetime.rows();
        assertThat(rows).hasSize((int) core.segments().stream().filter(s -> s.customers() > 0).count());
        double shares = 0;
        for (SegmentValues.Segment row : rows) {
            SegmentValues.Segment expected = core.of(row.name()).orElseThrow();
            assertThat(row.customers()).as(row.name()).isEqualTo(expected.customers());
            assertThat(row.totalClv()).as(row.name()).isCloseTo(expected.totalClv(), within(1e-6));
            assertThat(row.meanClv()).as(row.name()).isCloseTo(expected.meanClv(), within(1e-9));
            assertThat(row.clvShare()).as(row.name()).isCloseTo(expected.clvShare(), within(1e-12));
            assertThat(row.meanPAlive()).as(row.name()).isCloseTo(expected.meanPAlive(), within(1e-12));
            // the segment card says the same
            ReportModel.SegmentEntry card = report.segments().stream().filter(e -> e.name().equals(row.name()))
                    .findFirst().orElseThrow();
            assertThat(card.lifetime().totalClv()).isCloseTo(expected.totalClv(), within(1e-6));
            shares += row.clvShare();
        }
        assertThat(shares).isCloseTo(1.0, within(1e-9));
        // largest first, as the chart draws them
        for (int i = 1; i < rows.size(); i++) {
            assertThat(rows.get(i).totalClv()).isLessThanOrEqualTo(rows.get(i - 1).totalClv());
        }
        // the fit in words: the sample is a BG/NBD fit with a holdout
        assertThat(value.purchaseModel().kind()).isEqualTo(PurchaseModelKind.BG_NBD);
        assertThat(lifetime.model()).startsWith("BG/NBD model of repeat purchases")
                .contains(String.format(java.util.Locale.US, "%.3f", value.purchaseModel().parameter("r")));
        assertThat(lifetime.holdout()).contains(ReportText.count(value.holdout().actual()) + " repeat purchases");
        assertThat(lifetime.check()).isNotNull();

        // HTML: the section, its table with the core's numbers, its three charts
        String html = new HtmlReportWriter().render(report);
        String section = html.substring(html.indexOf("<section id=\"value\""));
        section = section.substring(0, section.indexOf("</section>"));
        assertThat(section).contains("<h2>Customer lifetime value</h2>",
                "Lifetime value by segment over the next 365 days", "P(alive): how likely a customer is still buying",
                "Cumulative repeat purchases, week by week");
        SegmentValues.Segment top = rows.get(0);
        assertThat(section).contains(HtmlReportWriter.esc(top.name()) + "</td><td class=\"num\">"
                + ReportText.count(top.customers()) + "</td><td class=\"num\">" + ReportText.number(top.totalClv(), 0)
                + "</td><td class=\"num\">" + ReportText.percent(top.clvShare()) + "</td>");

        // PDF: the same section and numbers
        String pdfText;
        try (PDDocument doc = Loader.loadPDF(new PdfReportWriter().render(report))) {
            pdfText = new PDFTextStripper().getText(doc);
        }
        assertThat(pdfText).contains("Customer lifetime value", "Who is still buying",
                ReportText.number(top.totalClv(), 0), ReportText.number(top.meanClv(), 2));
    }

    /** With a value model a segment's value potential is its customers' total CLV, so its share is its CLV share. */
    @Test
    void theValuePotentialOfTheSegmentsIsTheirTotalLifetimeValue() throws Exception {
        Project project = new ProjectStore().load(SHOP);
        ReportModel report = report(project, new ReportBuilder());
        double total = 0;
        for (ReportModel.SegmentEntry s : report.segments()) {
            total += s.customers() > 0 ? s.lifetime().totalClv() : 0;
        }
        assertThat(report.priorities()).isNotEmpty();
        for (ReportModel.Priority p : report.priorities()) {
            ReportModel.SegmentEntry s = report.segments().stream().filter(e -> e.name().equals(p.name()))
                    .findFirst().orElseThrow();
            assertThat(p.potentialShare()).as(p.name()).isCloseTo(s.lifetime().totalClv() / total, within(1e-12));
        }
        assertThat(HtmlReportWriter.priorityIntro(report)).contains("total lifetime value");
        assertThat(ReportCharts.priorities(report).getSubtitles()).filteredOn(
                t -> t instanceof org.jfree.chart.title.TextTitle).extracting(
                t -> ((org.jfree.chart.title.TextTitle) t).getText())
                .anyMatch(t -> String.valueOf(t).contains("value potential is the segment's total lifetime value"));

        Project plain = project.withSettings(project.settings().withClv(null));
        ReportModel without = report(plain, new ReportBuilder());
        double revenue = 0;
        for (ReportModel.SegmentEntry s : without.segments()) {
            revenue += s.customers() > 0 ? s.customers() * s.meanValue() : 0;
        }
        for (ReportModel.Priority p : without.priorities()) {
            ReportModel.SegmentEntry s = without.segments().stream().filter(e -> e.name().equals(p.name()))
                    .findFirst().orElseThrow();
            assertThat(p.potentialShare()).as(p.name()).isCloseTo(s.customers() * s.meanValue() / revenue,
                    within(1e-12));
        }
        assertThat(HtmlReportWriter.priorityIntro(without)).contains("customers \u00d7 mean");
    }

    /** With a value model, a segment it values none of adds nothing, not its mean revenue, to the potential. */
    @Test
    void aSegmentTheValueModelDoesNotValueHasNoValuePotential() {
        ReportModel.SegmentEntry unvalued = new ReportModel.SegmentEntry(1, 0, "New", 40, 0.1, 4000, 0.1, 100, 2,
                "", "", "", 3, false, List.of(), Double.NaN, List.of());
        assertThat(unvalued.potentialPerCustomer(false)).isEqualTo(100.0);
        assertThat(unvalued.potentialPerCustomer(true)).isZero();
        ReportModel.SegmentEntry valued = unvalued.withValue(new ReportModel.Value(2000, 50, 0.2, 0.7));
        assertThat(valued.potentialPerCustomer(true)).isEqualTo(50.0);
    }

    @Test
    void aProjectWithoutAValueModelHasNoValueSection() throws Exception {
        Project sample = new ProjectStore().load(SHOP);
        Project project = sample.withSettings(sample.settings().withClv(null));
        ReportModel report = report(project, new ReportBuilder());

        assertThat(report.lifetime()).isNull();
        assertThat(report.customers().hasValue()).isFalse();
        String html = new HtmlReportWriter().render(report);
        assertThat(html).doesNotContain("id=\"value\"").doesNotContain("Customer lifetime value");
        try (PDDocument doc = Loader.loadPDF(new PdfReportWriter().render(report))) {
            assertThat(new PDFTextStripper().getText(doc)).doesNotContain("Customer lifetime value");
        }
    }

    @Test
    void reportsBuiltAgainReuseTheValueFitUntilItsSettingsChange() throws Exception {
        Project project = new ProjectStore().load(SHOP);
        ValueFits fits = new ValueFits();
        ReportBuilder builder = new ReportBuilder(fits);
        SavedSources sources = new SavedSources(project, SHOP);

        ReportModel first = builder.build(sources, ReportOptions.of(project, SHOP), TODAY, Progress.none());
        ReportModel again = builder.build(sources, ReportOptions.of(project, SHOP).withTitle("Another title"), TODAY,
                Progress.none());
        assertThat(fits.fits()).isEqualTo(1);
        assertThat(again.lifetime().rows().get(0).totalClv()).isEqualTo(first.lifetime().rows().get(0).totalClv());

        Project pareto = project.withSettings(project.settings().withClv(project.settings().clv()
                .withModel(PurchaseModelKind.PARETO_NBD)));
        ReportModel changed = builder.build(new SavedSources(pareto, SHOP, sources.tablesRead()),
                ReportOptions.of(pareto, SHOP), TODAY, Progress.none());
        assertThat(fits.fits()).isEqualTo(2);
        assertThat(changed.lifetime().model()).startsWith("Pareto/NBD model");
    }
}
