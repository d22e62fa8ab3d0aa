package org.segmentlab.report;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.jfree.chart.JFreeChart;
import org.segmentlab.report.charts.CampaignCharts;
import org.segmentlab.core.project.AtomicFiles;
import org.segmentlab.core.track.TrackResult;
import org.segmentlab.report.charts.ChartExport;
import org.segmentlab.report.charts.Palette;
import org.segmentlab.report.charts.TextFit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The report as an A4 PDF: the one-page summary first, then a card per segment, then the appendix.
 * Charts are drawn as images at twice the printed size so they stay sharp on paper.
 *
 * <p>Fonts: the first TrueType sans-serif found in the usual system folders (DejaVu Sans, Liberation
 * Sans, Arial) is embedded, so the PDF looks the same everywhere. Where none is found the PDF falls
 * back to the standard Helvetica, which readers supply themselves and which cannot show every
 * character: those characters are replaced by '?'.
 */
public final class PdfReportWriter {

    private static final Logger LOG = LoggerFactory.getLogger(PdfReportWriter.class);

    static final List<List<String>> FONT_CANDIDATES = List.of(
            List.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
            List.of("/usr/share/fonts/dejavu/DejaVuSans.ttf", "/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf"),
            List.of("/usr/share/fonts/TTF/DejaVuSans.ttf", "/usr/share/fonts/TTF/DejaVuSans-Bold.ttf"),
            List.of("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
                    "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"),
            List.of("/usr/share/fonts/liberation-sans/LiberationSans-Regular.ttf",
                    "/usr/share/fonts/liberation-sans/LiberationSans-Bold.ttf"),
            List.of("/System/Library/Fonts/Supplemental/Arial.ttf", "/System/Library/Fonts/Supplemental/Arial Bold.ttf"),
            List.of("/Library/Fonts/Arial.ttf", "/Library/Fonts/Arial Bold.ttf"),
            List.of("C:\\Windows\\Fonts\\arial.ttf", "C:\\Windows\\Fonts\\arialbd.ttf"));

    static final float MARGIN = 50;
    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float WIDTH = PAGE.getWidth() - 2 * MARGIN;
    private static final float CHART_SCALE = 2;
    private static final Color INK = new Color(0x1f, 0x29, 0x33);
    private static final Color MUTED = new Color(0x62, 0x7d, 0x98);
    private static final Color RULE = new Color(0xd9, 0xe2, 0xec);
    private static final Color SHADE = new Color(0xf0, 0xf4, 0xf8);
    private static final Color RISK = new Color(0x7c, 0x2d, 0x12);
    private static final float LOGO_HEIGHT = 40;
    private static final float LOGO_MAX_WIDTH = 160;

    private final List<List<String>> fontCandidates;

    public PdfReportWriter() {
        this(FONT_CANDIDATES);
    }

    /** With other font files to try (each a regular and a bold TrueType file); an empty list means Helvetica. */
    PdfReportWriter(List<List<String>> fontCandidates) {
        this.fontCandidates = fontCandidates;
    }

    /** Writes the report to {@code file} atomically. */
    public void write(ReportModel model, Path file) throws IOException {
        byte[] bytes = render(model);
        AtomicFiles.write(file, bytes);
    }

    public byte[] render(ReportModel model) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(model.title());
            if (!model.author().isEmpty()) {
                info.setAuthor(model.author());
            }
            info.setCreator("SegmentLab");
            Sheet sheet = new Sheet(doc, fonts(doc));
            header(sheet, model);
            boolean first = true;
            for (ReportSection section : model.sections()) {
                if (!first) {
                    sheet.newPage();
                }
                first = false;
                switch (section) {
                    case SUMMARY:
                        summary(sheet, model);
                        break;
                    case SEGMENTS:
                        cards(sheet, model);
                        break;
                    case PRIORITIES:
                        priorities(sheet, model);
                        break;
                    case APPENDIX:
                    default:
                        if (model.lifetime() != null) {
                            lifetime(sheet, model);
                            sheet.newPage();
                        }
                        if (model.movement() != null) {
                            movement(sheet, model);
                            sheet.newPage();
                        }
                        if (model.campaign() != null) {
                            campaign(sheet, model);
                            sheet.newPage();
                        }
                        appendix(sheet, model);
                        break;
                }
            }
            if (model.lifetime() != null && !model.includes(ReportSection.APPENDIX)) {
                sheet.newPage();
                lifetime(sheet, model);
            }
            if (model.movement() != null && !model.includes(ReportSection.APPENDIX)) {
                sheet.newPage();
                movement(sheet, model);
            }
            if (model.campaign() != null && !model.includes(ReportSection.APPENDIX)) {
                sheet.newPage();
                campaign(sheet, model);
            }
            sheet.finish(model.title());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    // ---- the sections

    private static void header(Sheet s, ReportModel model) throws IOException {
        float textWidth = WIDTH;
        if (model.logo() != null) {
            PDImageXObject logo = PDImageXObject.createFromByteArray(s.doc, model.logo().bytes(), "logo");
            float height = LOGO_HEIGHT;
            float width = logo.getWidth() * height / Math.max(1, logo.getHeight());
            if (width > LOGO_MAX_WIDTH) {
                width = LOGO_MAX_WIDTH;
                height = logo.getHeight() * width / Math.max(1, logo.getWidth());
            }
            s.cs.drawImage(logo, MARGIN + WIDTH - width, s.y - height, width, height);
            textWidth = WIDTH - width - 12;
        }
        float top = s.y;
        s.indentRight = WIDTH - textWidth;
        s.paragraph(model.title(), s.bold, 20, INK, 3);
        s.paragraph((model.author().isEmpty() ? "" : model.author() + "  \u00b7  ") + model.dateLine(),
                s.regular, 10, MUTED, 10);
        s.indentRight = 0;
        if (model.logo() != null) {
            s.y = Math.min(s.y, top - LOGO_HEIGHT - 8);
        }
    }

    private static void summary(Sheet s, ReportModel model) throws IOException {
        s.heading("The question");
        s.paragraph(model.question(), s.regular, 10, INK, 4);
        s.heading("The data");
        StringBuilder facts = new StringBuilder();
        for (ReportModel.Fact f : model.facts()) {
            facts.append(facts.length() == 0 ? "" : "  \u00b7  ").append(f.value()).append(' ').append(f.label());
        }
        s.paragraph(facts.toString(), s.bold, 10, INK, 2);
        s.paragraph(model.dataLine(), s.regular, 9, INK, 4);
        s.heading("How the segments were made");
        s.paragraph(model.method(), s.regular, 9, INK, 4);
        s.heading("Segments at a glance");
        s.chart(ReportCharts.quadrant(model), WIDTH, 190);
        table(s, model);
    }

    private static void table(Sheet s, ReportModel model) throws IOException {
        boolean risk = model.model() != null;
        // RFM traits are short ("R 5, F 4–5"); a clustering's name its features and need room
        float traits = model.kind() == ReportModel.Kind.RFM ? 62 : 100;
        float[] widths = risk ? new float[] {92, 54, 40, 40, 40, traits, WIDTH - 266 - traits}
                : new float[] {96, 54, 40, 40, traits, WIDTH - 230 - traits};
        String valueHead = model.kind() == ReportModel.Kind.RFM ? "% rev." : "% value";
        String[] header = risk ? new String[] {"Segment", "Customers", "% cust.", valueHead, "Risk", "Defined by",
            "Recommended action"} : new String[] {"Segment", "Customers", "% cust.", valueHead, "Defined by",
                "Recommended action"};
        boolean[] right = risk ? new boolean[] {false, true, true, true, true, false, false}
                : new boolean[] {false, true, true, true, false, false};
        float size = 7f;
        s.row(header, widths, right, s.bold, size, SHADE, null);
        Palette palette = Palette.standard();
        for (ReportModel.SegmentEntry e : model.segments()) {
            String[] cells = risk ? new String[] {e.name(), ReportText.count(e.customers()),
                ReportText.percent(e.customerShare()), ReportText.percent(e.valueShare()),
                Double.isNaN(e.meanRisk()) ? "\u2013" : ReportText.percent(e.meanRisk()), HtmlReportWriter.shortTraits(e), e.action()}
                : new String[] {e.name(), ReportText.count(e.customers()), ReportText.percent(e.customerShare()),
                    ReportText.percent(e.valueShare()), HtmlReportWriter.shortTraits(e), e.action()};
            if (s.breaksPage(s.rowHeight(cells, widths, s.regular, size))) {
                // a table that goes on over a page break shows its header again
                s.newPage();
                s.row(header, widths, right, s.bold, size, SHADE, null);
            }
            s.row(cells, widths, right, s.regular, size, null, palette.segment(e.colour()));
        }
    }

    private static void cards(Sheet s, ReportModel model) throws IOException {
        s.paragraph("The segments", s.bold, 16, INK, 6);
        Palette palette = Palette.standard();
        float inner = WIDTH - 24;
        for (ReportModel.SegmentEntry e : model.populatedSegments()) {
            String size = ReportText.count(e.customers()) + " customers (" + ReportText.percent(e.customerShare())
                    + ") hold " + ReportText.percent(e.valueShare()) + " of " + HtmlReportWriter.valueWord(model)
                    + "  \u00b7  " + e.traits();
            String apart = "What sets it apart: " + e.apart();
            String risk = model.model() != null && !Double.isNaN(e.meanRisk())
                    ? HtmlReportWriter.capital(model.model().riskWord()) + ": " + HtmlReportWriter.riskLine(model, e)
                    : null;
            String action = HtmlReportWriter.actionLabel(e.action()) + ": " + HtmlReportWriter.actionText(e.action());
            String lifetime = e.lifetime() == null ? null : "Lifetime value: " + HtmlReportWriter.valueLine(e.lifetime());
            String campaignLine = HtmlReportWriter.campaignLine(model, e);
            String campaign = campaignLine == null ? null : "Campaign: " + campaignLine;
            float chartHeight = ReportCharts.profileHeight(e) * 0.8f;
            float needed = 6 + 13 * 1.3f + 2 + s.height(size, s.regular, 9, inner) + 2 + chartHeight + 4
                    + s.height(apart, s.regular, 9, inner) + 3
                    + (risk == null ? 0 : s.height(risk, s.regular, 9, inner) + 3)
                    + (lifetime == null ? 0 : s.height(lifetime, s.regular, 9, inner) + 3)
                    + (campaign == null ? 0 : s.height(campaign, s.regular, 9, inner) + 3)
                    + s.height(action, s.bold, 9, inner) + 4 + 14;
            s.ensure(needed);
            float top = s.y;
            s.y -= 6;
            s.indent = 12;
            s.indentRight = 12;
            s.paragraph(e.name(), s.bold, 13, INK, 2);
            s.paragraph(size, s.regular, 9, MUTED, 2);
            s.chart(ReportCharts.profile(e), inner, chartHeight);
            s.paragraph(apart, s.regular, 9, INK, 3);
            if (risk != null) {
                s.paragraph(risk, s.regular, 9, RISK, 3);
            }
            if (lifetime != null) {
                s.paragraph(lifetime, s.regular, 9, INK, 3);
            }
            if (campaign != null) {
                s.paragraph(campaign, s.regular, 9, INK, 3);
            }
            s.paragraph(action, s.bold, 9, INK, 4);
            s.indent = 0;
            s.indentRight = 0;
            s.y -= 4;
            s.bar(top, s.y, palette.segment(e.colour()));
            s.y -= 10;
        }
    }

    private static void priorities(Sheet s, ReportModel model) throws IOException {
        s.paragraph("Where to start", s.bold, 16, INK, 6);
        s.paragraph(HtmlReportWriter.priorityIntro(model), s.regular, 9, INK, 6);
        s.chart(ReportCharts.priorities(model), WIDTH, 300);
        float[] widths = {18, 110, 62, 52, 40, WIDTH - 282};
        String[] header = {"#", "Segment", "Place", "Potential", "Ease", "Recommended action"};
        boolean[] right = {true, false, false, true, true, false};
        float size = 7.5f;
        s.row(header, widths, right, s.bold, size, SHADE, null);
        for (ReportModel.Priority p : model.priorities()) {
            String[] cells = {Integer.toString(p.rank()), p.name(), HtmlReportWriter.quadrantName(p.quadrant()),
                ReportText.percent(p.potentialShare()), p.ease() + (p.easeScored() ? "" : "*"), p.action()};
            if (s.breaksPage(s.rowHeight(cells, widths, s.regular, size))) {
                s.newPage();
                s.row(header, widths, right, s.bold, size, SHADE, null);
            }
            s.row(cells, widths, right, s.regular, size, null, null);
        }
        if (model.priorities().stream().anyMatch(p -> !p.easeScored())) {
            s.y -= 4;
            s.paragraph("* not scored by the analyst: taken as 3.", s.regular, 8, MUTED, 2);
        }
    }

    private static void lifetime(Sheet s, ReportModel model) throws IOException {
        ReportModel.Lifetime v = model.lifetime();
        s.paragraph("Customer lifetime value", s.bold, 16, INK, 6);
        s.paragraph(v.model(), s.regular, 9, INK, 4);
        if (v.spend() != null) {
            s.paragraph(v.spend(), s.regular, 9, INK, 4);
        }
        s.paragraph(v.rule(), s.regular, 9, INK, 4);
        if (v.holdout() != null) {
            s.paragraph(v.holdout(), s.regular, 9, INK, 4);
        }
        s.headedChart("Lifetime value by segment", ReportCharts.valueBySegment(v), WIDTH,
                Math.min(380, 100 + 22 * v.rows().size()));
        float[] widths = {WIDTH - 300, 60, 70, 55, 60, 55};
        boolean[] right = {false, true, true, true, true, true};
        float size = 7.5f;
        java.util.Map<String, Integer> colours = new java.util.HashMap<>();
        model.segments().forEach(e -> colours.put(e.name(), e.colour()));
        Palette palette = Palette.standard();
        s.row(HtmlReportWriter.VALUE_HEADER, widths, right, s.bold, size, SHADE, null);
        List<String[]> rows = HtmlReportWriter.valueRows(v);
        for (String[] cells : rows) {
            if (s.breaksPage(s.rowHeight(cells, widths, s.regular, size))) {
                s.newPage();
                s.row(HtmlReportWriter.VALUE_HEADER, widths, right, s.bold, size, SHADE, null);
            }
            s.row(cells, widths, right, s.regular, size, null, palette.segment(colours.getOrDefault(cells[0], -1)));
        }
        s.headedChart("Who is still buying", ReportCharts.aliveMatrix(v), WIDTH, 380);
        if (v.check() != null) {
            s.headedChart("The model against what customers did", ReportCharts.valueTracking(v), WIDTH, 250);
        }
        for (String note : v.notes()) {
            s.paragraph("\u2022 " + note, s.regular, 8, MUTED, 2);
        }
    }

    private static void movement(Sheet s, ReportModel model) throws IOException {
        TrackResult result = model.movement();
        s.paragraph("How the segments move", s.bold, 16, INK, 6);
        for (String line : MovementFindings.lines(result)) {
            s.paragraph(line, s.regular, 9, INK, 4);
        }
        s.headedChart("Customers per segment over time", MovementCharts.sizes(result), WIDTH, 250);
        int n = MovementFindings.overall(result).segments().size() + 1;
        s.headedChart("Where the customers went, first snapshot to last", MovementCharts.flow(result, 0,
                result.snapshots().size() - 1), WIDTH, Math.min(420, 140 + 20 * n));
        s.headedChart("Migration between the first and the last snapshot", MovementCharts.migration(result), WIDTH,
                Math.min(420, 110 + 22 * n));
        s.headedChart("Drift (population stability index)", MovementCharts.drift(result), WIDTH,
                Math.min(300, 80 + 22 * MovementFindings.overallDrift(result).size()));
        JFreeChart stability = MovementCharts.stability(result);
        if (stability != null) {
            s.headedChart("Bootstrap stability of each segment", stability, WIDTH,
                    Math.min(300, 80 + 22 * result.stability().size()));
        }
    }

    private static void campaign(Sheet s, ReportModel model) throws IOException {
        ReportModel.Campaign c = model.campaign();
        s.paragraph("Did the campaign work", s.bold, 16, INK, 6);
        s.paragraph(c.reading(), s.regular, 9, INK, 4);
        s.headedChart("Difference in conversion per segment", CampaignCharts.forestPlot(
                "Difference in conversion, treated \u2212 control", c.readout()), WIDTH,
                Math.min(380, 110 + 22 * c.readout().rows().size()));
        float[] widths = {WIDTH - 404, 42, 42, 42, 42, 112, 50, 74};
        boolean[] right = {false, true, true, true, true, true, true, true};
        float size = 7f;
        s.row(HtmlReportWriter.CAMPAIGN_HEADER, widths, right, s.bold, size, SHADE, null);
        for (String[] cells : HtmlReportWriter.campaignRows(c)) {
            if (s.breaksPage(s.rowHeight(cells, widths, s.regular, size))) {
                s.newPage();
                s.row(HtmlReportWriter.CAMPAIGN_HEADER, widths, right, s.bold, size, SHADE, null);
            }
            s.row(cells, widths, right, s.regular, size, null, null);
        }
        for (String note : c.notes()) {
            s.paragraph(note, s.regular, 8, MUTED, 2);
        }
        s.paragraph(c.setup(), s.regular, 8, MUTED, 2);
    }

    private static void appendix(Sheet s, ReportModel model) throws IOException {
        s.paragraph("Appendix", s.bold, 16, INK, 6);
        JFreeChart sweep = ReportCharts.sweep(model);
        if (sweep != null) {
            s.ensure(40 + 30 + 420);
            s.heading("Choosing the number of segments");
            s.paragraph(model.sweep().reason(), s.regular, 9, INK, 4);
            s.chart(sweep, WIDTH, 420);
        }
        if (model.kind() == ReportModel.Kind.RFM) {
            s.headedChart("Customers by recency and frequency score", ReportCharts.grid(model), WIDTH, 330);
        } else {
            s.headedChart("Segment profiles", ReportCharts.heatmap(model), WIDTH,
                    Math.min(420, 90 + 26 * model.populatedSegments().size()));
        }
        s.headedChart("Share of customers and of " + HtmlReportWriter.valueWord(model), ReportCharts.shares(model),
                WIDTH, 250);
        if (model.kind() == ReportModel.Kind.RFM) {
            s.ensure(40 + 310);
            s.heading("Distributions");
            List<JFreeChart> histograms = ReportCharts.histograms(model);
            float w = (WIDTH - 10) / 2;
            float top = s.y;
            s.chartAt(histograms.get(0), MARGIN, top, w, 150);
            s.chartAt(histograms.get(1), MARGIN + w + 10, top, w, 150);
            s.y = top - 156;
            s.chart(histograms.get(2), w, 150);
        }
        if (model.model() != null) {
            ReportModel.ModelSummary m = model.model();
            s.ensure(40 + 60 + 244);
            s.heading("The " + m.riskWord() + " model");
            s.paragraph(HtmlReportWriter.modelLine(m), s.regular, 9, INK, 4);
            float w = (WIDTH - 10) / 2;
            s.ensure(244);
            float top = s.y;
            s.chartAt(ReportCharts.roc(model), MARGIN, top, w, 240);
            s.chartAt(ReportCharts.lift(model), MARGIN + w + 10, top, w, 240);
            s.y = top - 246;
            if (!m.drivers().isEmpty()) {
                s.chart(ReportCharts.drivers(model), WIDTH, 50 + 22 * m.drivers().size());
            }
        }
        s.heading("Data quality");
        for (String note : model.qualityNotes()) {
            s.paragraph("\u2022 " + note, s.regular, 9, INK, 2);
        }
        ReportModel.Reproducibility r = model.reproducibility();
        // the block stays on one page: it is read (and copied) as a whole
        s.ensure(40 + (r.files().size() * 2 + r.settings().size() + 2) * 8.5f * 1.3f + 6);
        s.heading("Reproducibility");
        for (ReportModel.FileHash f : r.files()) {
            s.paragraph("Data file: " + f.name() + ", SHA-256 " + f.sha256(), s.regular, 8.5f, INK, 1);
        }
        for (String line : r.settings()) {
            s.paragraph(line, s.regular, 8.5f, INK, 1);
        }
        s.paragraph("Project seed: " + r.seed(), s.regular, 8.5f, INK, 1);
        s.paragraph("SegmentLab version: " + r.version(), s.regular, 8.5f, INK, 1);
    }

    // ---- fonts

    private Fonts fonts(PDDocument doc) throws IOException {
        for (List<String> pair : fontCandidates) {
            Path regular = Path.of(pair.get(0));
            Path bold = Path.of(pair.get(1));
            if (Files.isReadable(regular) && Files.isReadable(bold)) {
                try {
                    return new Fonts(PDType0Font.load(doc, regular.toFile()), PDType0Font.load(doc, bold.toFile()));
                } catch (IOException e) {
                    LOG.warn("Font {} cannot be used, trying the next", regular, e);
                }
            }
        }
        LOG.info("No TrueType font found; the PDF uses the standard Helvetica");
        return new Fonts(new PDType1Font(Standard14Fonts.FontName.HELVETICA),
                new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD));
    }

    private record Fonts(PDFont regular, PDFont bold) {
    }

    /** Text the font can show: characters it lacks become '?', line breaks and tabs become spaces. */
    static String showable(PDFont font, String text) {
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            String ch = Character.isWhitespace(cp) ? " " : new String(Character.toChars(cp));
            try {
                font.encode(ch);
                sb.append(ch);
            } catch (IOException | IllegalArgumentException e) {
                sb.append('?');
            }
        });
        return sb.toString();
    }

    // ---- page layout

    /** A flow of pages with a cursor moving down; a block that does not fit starts a new page. */
    private static final class Sheet {
        final PDDocument doc;
        final PDFont regular;
        final PDFont bold;
        PDPageContentStream cs;
        float y;
        float indent;
        float indentRight;

        Sheet(PDDocument doc, Fonts fonts) throws IOException {
            this.doc = doc;
            this.regular = fonts.regular();
            this.bold = fonts.bold();
            newPage();
        }

        void newPage() throws IOException {
            if (cs != null) {
                cs.close();
            }
            PDPage page = new PDPage(PAGE);
            doc.addPage(page);
            cs = new PDPageContentStream(doc, page);
            y = PAGE.getHeight() - MARGIN;
        }

        void ensure(float height) throws IOException {
            if (breaksPage(height)) {
                newPage();
            }
        }

        boolean breaksPage(float height) {
            return y - height < MARGIN - 12;
        }

        float rowHeight(String[] cells, float[] widths, PDFont font, float size) throws IOException {
            int lines = 1;
            for (int c = 0; c < cells.length; c++) {
                lines = Math.max(lines, wrap(cells[c], font, size, widths[c] - 8 - (c == 0 ? 9 : 0)).size());
            }
            return lines * size * 1.3f + 5;
        }

        /** A heading and the chart under it, kept on one page. */
        void headedChart(String text, JFreeChart chart, float width, float height) throws IOException {
            ensure(40 + height + 4);
            heading(text);
            chart(chart, width, height);
        }

        void heading(String text) throws IOException {
            ensure(40);
            y -= 8;
            paragraph(text, bold, 12, new Color(0x24, 0x3b, 0x53), 2);
            line(MARGIN, y + 1, MARGIN + WIDTH, RULE);
            y -= 5;
        }

        void paragraph(String text, PDFont font, float size, Color colour, float after) throws IOException {
            float leading = size * 1.3f;
            for (String l : wrap(text, font, size, WIDTH - indent - indentRight)) {
                ensure(leading);
                y -= leading;
                show(l, font, size, colour, MARGIN + indent, y + size * 0.25f);
            }
            y -= after;
        }

        float height(String text, PDFont font, float size, float width) throws IOException {
            return wrap(text, font, size, width).size() * size * 1.3f;
        }

        void row(String[] cells, float[] widths, boolean[] right, PDFont font, float size, Color fill, Color swatch)
                throws IOException {
            float leading = size * 1.3f;
            List<List<String>> wrapped = new ArrayList<>();
            int lines = 1;
            for (int c = 0; c < cells.length; c++) {
                List<String> w = wrap(cells[c], font, size, widths[c] - 8 - (c == 0 && swatch != null ? 9 : 0));
                wrapped.add(w);
                lines = Math.max(lines, w.size());
            }
            float height = lines * leading + 5;
            ensure(height);
            if (fill != null) {
                cs.setNonStrokingColor(fill);
                cs.addRect(MARGIN, y - height, WIDTH, height);
                cs.fill();
            }
            float x = MARGIN;
            for (int c = 0; c < cells.length; c++) {
                float textX = x + 4;
                if (c == 0 && swatch != null) {
                    cs.setNonStrokingColor(swatch);
                    cs.addRect(textX, y - 3 - size, 6, 6);
                    cs.fill();
                    textX += 9;
                }
                for (int i = 0; i < wrapped.get(c).size(); i++) {
                    String l = wrapped.get(c).get(i);
                    float at = right[c] ? x + widths[c] - 4 - width(l, font, size) : textX;
                    show(l, font, size, INK, at, y - 3 - (i + 1) * leading + size * 0.25f);
                }
                x += widths[c];
            }
            y -= height;
            line(MARGIN, y, MARGIN + WIDTH, RULE);
        }

        void chart(JFreeChart chart, float width, float height) throws IOException {
            ensure(height + 4);
            chartAt(chart, MARGIN + indent, y, width, height);
            y -= height + 4;
        }

        void chartAt(JFreeChart chart, float x, float top, float width, float height) throws IOException {
            BufferedImage image = ChartExport.image(chart, Math.round(width * CHART_SCALE),
                    Math.round(height * CHART_SCALE));
            PDImageXObject xobject = PdfImages.lossless(doc, image);
            cs.drawImage(xobject, x, top - height, width, height);
        }

        void bar(float top, float bottom, Color colour) throws IOException {
            cs.setNonStrokingColor(colour);
            cs.addRect(MARGIN, bottom, 4, top - bottom);
            cs.fill();
            cs.setStrokingColor(RULE);
            cs.setLineWidth(0.7f);
            cs.addRect(MARGIN, bottom, WIDTH, top - bottom);
            cs.stroke();
        }

        private void line(float x1, float yy, float x2, Color colour) throws IOException {
            cs.setStrokingColor(colour);
            cs.setLineWidth(0.7f);
            cs.moveTo(x1, yy);
            cs.lineTo(x2, yy);
            cs.stroke();
        }

        private void show(String text, PDFont font, float size, Color colour, float x, float baseline)
                throws IOException {
            cs.beginText();
            cs.setFont(font, size);
            cs.setNonStrokingColor(colour);
            cs.newLineAtOffset(x, baseline);
            cs.showText(showable(font, text));
            cs.endText();
        }

        private static float width(String text, PDFont font, float size) throws IOException {
            return font.getStringWidth(showable(font, text)) / 1000 * size;
        }

        private static List<String> wrap(String text, PDFont font, float size, float width) {
            return TextFit.wrap(text, width, t -> {
                try {
                    return width(t, font, size);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }

        void finish(String title) throws IOException {
            cs.close();
            int pages = doc.getNumberOfPages();
            for (int i = 0; i < pages; i++) {
                try (PDPageContentStream footer = new PDPageContentStream(doc, doc.getPage(i),
                        PDPageContentStream.AppendMode.APPEND, true, true)) {
                    String text = title + "  \u00b7  page " + (i + 1) + " of " + pages;
                    footer.beginText();
                    footer.setFont(regular, 8);
                    footer.setNonStrokingColor(MUTED);
                    footer.newLineAtOffset(MARGIN, 20);
                    footer.showText(showable(regular, text));
                    footer.endText();
                }
            }
        }
    }
}
