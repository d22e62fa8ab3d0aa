package org.segmentlab.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.segmentlab.report.charts.CampaignCharts;
import org.segmentlab.core.project.AtomicFiles;
import org.segmentlab.core.segment.Prioritisation;
import org.segmentlab.core.track.TrackResult;
import org.segmentlab.report.charts.ChartExport;
import org.segmentlab.report.charts.Palette;

/**
 * The report as one self-contained HTML file: styles inline, charts inline as SVG, the logo as a data
 * URI, so it opens offline and can be mailed as it is. The same model gives the same bytes.
 */
public final class HtmlReportWriter {

    private static final String STYLE = String.join("\n",
            "body{font-family:'Segoe UI',Helvetica,Arial,sans-serif;color:#1f2933;margin:0;background:#f4f5f7}",
            "main{max-width:980px;margin:0 auto;padding:32px 40px;background:#fff}",
            "h1{font-size:28px;margin:0 0 4px}h2{font-size:19px;margin:28px 0 8px;color:#243b53;"
                    + "border-bottom:1px solid #d9e2ec;padding-bottom:4px}h3{font-size:17px;margin:0 0 6px}",
            ".meta{color:#627d98;margin:0 0 18px}p{line-height:1.5}",
            "img.logo{max-height:56px;max-width:240px;float:right;margin:0 0 8px 16px}",
            "table{border-collapse:collapse;width:100%;font-size:14px}",
            "th,td{text-align:left;padding:6px 8px;border-bottom:1px solid #e4e7eb;vertical-align:top}",
            "th{background:#f0f4f8}td.num,th.num{text-align:right;white-space:nowrap}",
            ".swatch{display:inline-block;width:11px;height:11px;border-radius:2px;margin-right:6px}",
            ".facts{display:flex;gap:24px;flex-wrap:wrap;margin:8px 0}.fact b{display:block;font-size:20px}",
            ".fact{color:#627d98;font-size:13px}",
            ".card{border:1px solid #d9e2ec;border-left-width:6px;border-radius:6px;padding:14px 18px;margin:14px 0;"
                    + "page-break-inside:avoid}",
            ".card .size{color:#486581;margin:0 0 6px}.action{background:#f0f4f8;padding:8px 10px;border-radius:4px}",
            ".risk{color:#7c2d12}",
            "svg{max-width:100%;height:auto;display:block;margin:8px 0}",
            ".charts{display:flex;flex-wrap:wrap;gap:8px}",
            "section.page{page-break-before:always}code{font-size:12px;word-break:break-all}",
            "ul.notes li{margin:3px 0}dl{display:grid;grid-template-columns:max-content auto;gap:4px 16px}",
            "dt{color:#627d98}dd{margin:0}",
            "@media print{body{background:#fff}main{padding:0}}");

    /** Writes the report to {@code file} atomically. */
    public void write(ReportModel model, Path file) throws IOException {
        AtomicFiles.write(file, render(model).getBytes(StandardCharsets.UTF_8));
    }

    public String render(ReportModel model) {
        StringBuilder h = new StringBuilder(1 << 18);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc(model.title())).append("</title>\n<style>\n").append(STYLE)
                .append("\n</style>\n</head>\n<body>\n<main>\n");
        header(h, model);
        boolean first = true;
        for (ReportSection section : model.sections()) {
            String page = first ? "" : " class=\"page\"";
            first = false;
            switch (section) {
                case SUMMARY:
                    summary(h, model, page);
                    break;
                case SEGMENTS:
                    cards(h, model, page);
                    break;
                case PRIORITIES:
                    priorities(h, model, page);
                    break;
                case APPENDIX:
                default:
                    if (model.lifetime() != null) {
                        lifetime(h, model, page);
                        page = " class=\"page\"";
                    }
                    if (model.movement() != null) {
                        movement(h, model, page);
                        page = " class=\"page\"";
                    }
                    if (model.campaign() != null) {
                        campaign(h, model, page);
                        page = " class=\"page\"";
                    }
                    appendix(h, model, page);
                    break;
            }
        }
        if (model.lifetime() != null && !model.includes(ReportSection.APPENDIX)) {
            lifetime(h, model, " class=\"page\"");
        }
        if (model.movement() != null && !model.includes(ReportSection.APPENDIX)) {
            movement(h, model, " class=\"page\"");
        }
        if (model.campaign() != null && !model.includes(ReportSection.APPENDIX)) {
            campaign(h, model, " class=\"page\"");
        }
        h.append("</main>\n</body>\n</html>\n");
        return h.toString();
    }

    private static void header(StringBuilder h, ReportModel model) {
        h.append("<header>\n");
        if (model.logo() != null) {
            h.append("<img class=\"logo\" alt=\"logo\" src=\"data:").append(model.logo().mediaType())
                    .append(";base64,").append(Base64.getEncoder().encodeToString(model.logo().bytes()))
                    .append("\">\n");
        }
        h.append("<h1>").append(esc(model.title())).append("</h1>\n");
        h.append("<p class=\"meta\">").append(model.author().isEmpty() ? "" : esc(model.author()) + " &middot; ")
                .append(esc(model.dateLine())).append("</p>\n</header>\n");
    }

    // One page a busy reader can stop after.
    private static void summary(StringBuilder h, ReportModel model, String page) {
        h.append("<section id=\"summary\"").append(page).append(">\n");
        h.append("<h2>The question</h2>\n<p>").append(esc(model.question())).append("</p>\n");
        h.append("<h2>The data</h2>\n<div class=\"facts\">");
        for (ReportModel.Fact f : model.facts()) {
            h.append("<div class=\"fact\"><b>").append(esc(f.value())).append("</b>").append(esc(f.label()))
                    .append("</div>");
        }
        h.append("</div>\n<p>").append(esc(model.dataLine())).append("</p>\n");
        h.append("<h2>How the segments were made</h2>\n<p>").append(esc(model.method())).append("</p>\n");
        h.append("<h2>Segments at a glance</h2>\n");
        h.append(svg(ReportCharts.quadrant(model), 900, 520, "quadrant"));
        segmentTable(h, model);
        h.append("</section>\n");
    }

    private static void segmentTable(StringBuilder h, ReportModel model) {
        Palette palette = Palette.standard();
        boolean risk = model.model() != null;
        h.append("<table>\n<thead><tr><th>Segment</th><th class=\"num\">Customers</th><th class=\"num\">"
                + "% customers</th><th class=\"num\">% ").append(esc(valueWord(model))).append("</th>");
        if (risk) {
            h.append("<th class=\"num\">").append(esc(capital(model.model().riskWord()))).append("</th>");
        }
        h.append("<th>Defined by</th><th>Recommended action</th></tr></thead>\n<tbody>\n");
        for (ReportModel.SegmentEntry s : model.segments()) {
            h.append("<tr><td><span class=\"swatch\" style=\"background:").append(palette.segmentHex(s.colour()))
                    .append("\"></span>").append(esc(s.name())).append("</td><td class=\"num\">")
                    .append(ReportText.count(s.customers())).append("</td><td class=\"num\">")
                    .append(ReportText.percent(s.customerShare())).append("</td><td class=\"num\">")
                    .append(ReportText.percent(s.valueShare())).append("</td>");
            if (risk) {
                h.append("<td class=\"num\">").append(Double.isNaN(s.meanRisk()) ? "&ndash;"
                        : ReportText.percent(s.meanRisk())).append("</td>");
            }
            h.append("<td>").append(esc(shortTraits(s))).append("</td><td>").append(esc(s.action()))
                    .append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n");
    }

    private static void cards(StringBuilder h, ReportModel model, String page) {
        Palette palette = Palette.standard();
        h.append("<section id=\"segments\"").append(page).append(">\n<h2>The segments</h2>\n");
        int n = 0;
        for (ReportModel.SegmentEntry s : model.populatedSegments()) {
            n++;
            h.append("<div class=\"card\" style=\"border-left-color:").append(palette.segmentHex(s.colour()))
                    .append("\">\n<h3>").append(esc(s.name())).append("</h3>\n<p class=\"size\">")
                    .append(ReportText.count(s.customers())).append(" customers (")
                    .append(ReportText.percent(s.customerShare())).append(") hold ")
                    .append(ReportText.percent(s.valueShare())).append(" of ").append(esc(valueWord(model)))
                    .append(" &middot; ").append(esc(s.traits())).append("</p>\n");
            h.append(svg(ReportCharts.profile(s), 640, ReportCharts.profileHeight(s), "profile" + n));
            h.append("<p><b>What sets it apart.</b> ").append(esc(s.apart())).append("</p>\n");
            if (model.model() != null && !Double.isNaN(s.meanRisk())) {
                h.append("<p class=\"risk\"><b>").append(esc(capital(model.model().riskWord()))).append(".</b> ")
                        .append(esc(riskLine(model, s))).append("</p>\n");
            }
            if (s.lifetime() != null) {
                h.append("<p class=\"value\"><b>Lifetime value.</b> ").append(esc(valueLine(s.lifetime())))
                        .append("</p>\n");
            }
            String campaign = campaignLine(model, s);
            if (campaign != null) {
                h.append("<p class=\"campaign\"><b>Campaign.</b> ").append(esc(campaign)).append("</p>\n");
            }
            h.append("<p class=\"action\"><b>").append(actionLabel(s.action())).append(".</b> ")
                    .append(esc(actionText(s.action()))).append("</p>\n</div>\n");
        }
        h.append("</section>\n");
    }

    /** What the project's campaign did in the segment, in words; null without a campaign or a readout of it. */
    static String campaignLine(ReportModel model, ReportModel.SegmentEntry s) {
        return model.campaign() == null ? null
                : org.segmentlab.core.campaign.ReadoutReading.ofSegment(model.campaign().readout(), s.name()).orElse(null);
    }

    private static void priorities(StringBuilder h, ReportModel model, String page) {
        h.append("<section id=\"priorities\"").append(page).append(">\n<h2>Where to start</h2>\n<p>")
                .append(esc(priorityIntro(model))).append("</p>\n");
        h.append(svg(ReportCharts.priorities(model), 900, 520, "priorities"));
        Palette palette = Palette.standard();
        h.append("<table>\n<thead><tr><th class=\"num\">#</th><th>Segment</th><th>Place</th>"
                + "<th class=\"num\">Value potential</th><th class=\"num\">Ease</th><th>Recommended action</th>"
                + "</tr></thead>\n<tbody>\n");
        for (ReportModel.Priority p : model.priorities()) {
            h.append("<tr><td class=\"num\">").append(p.rank()).append("</td><td><span class=\"swatch\" style=\""
                    + "background:").append(palette.segmentHex(p.colour())).append("\"></span>").append(esc(p.name()))
                    .append("</td><td>").append(esc(quadrantName(p.quadrant()))).append("</td><td class=\"num\">")
                    .append(ReportText.percent(p.potentialShare())).append("</td><td class=\"num\">").append(p.ease())
                    .append(p.easeScored() ? "" : " (not scored)").append("</td><td>").append(esc(p.action()))
                    .append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n</section>\n");
    }

    /**
     * The value model: the fit in plain words, each segment's lifetime value as a chart and a table, the
     * P(alive) matrix and, with a holdout, the tracking of purchases against the model.
     */
    private static void lifetime(StringBuilder h, ReportModel model, String page) {
        ReportModel.Lifetime v = model.lifetime();
        h.append("<section id=\"value\"").append(page).append(">\n<h2>Customer lifetime value</h2>\n");
        h.append("<p>").append(esc(v.model())).append("</p>\n");
        if (v.spend() != null) {
            h.append("<p>").append(esc(v.spend())).append("</p>\n");
        }
        h.append("<p>").append(esc(v.rule())).append("</p>\n");
        if (v.holdout() != null) {
            h.append("<p>").append(esc(v.holdout())).append("</p>\n");
        }
        h.append("<h3>Lifetime value by segment</h3>\n");
        h.append(svg(ReportCharts.valueBySegment(v), 900, 140 + 34 * v.rows().size(), "value-segments"));
        Palette palette = Palette.standard();
        java.util.Map<String, Integer> colours = new java.util.HashMap<>();
        model.segments().forEach(s -> colours.put(s.name(), s.colour()));
        h.append("<table>\n<thead><tr>");
        for (String head : VALUE_HEADER) {
            h.append(head.equals("Segment") ? "<th>" : "<th class=\"num\">").append(esc(head)).append("</th>");
        }
        h.append("</tr></thead>\n<tbody>\n");
        List<String[]> rows = valueRows(v);
        List<org.segmentlab.core.clv.SegmentValues.Segment> segments = v.rows();
        for (int r = 0; r < rows.size(); r++) {
            String[] row = rows.get(r);
            h.append("<tr><td><span class=\"swatch\" style=\"background:")
                    .append(palette.segmentHex(colours.getOrDefault(segments.get(r).name(), -1))).append("\"></span>")
                    .append(esc(row[0])).append("</td>");
            for (int i = 1; i < row.length; i++) {
                h.append("<td class=\"num\">").append(esc(row[i])).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</tbody>\n</table>\n");
        h.append("<h3>Who is still buying</h3>\n");
        h.append(svg(ReportCharts.aliveMatrix(v), 760, 620, "value-alive"));
        if (v.check() != null) {
            h.append("<h3>The model against what customers did</h3>\n");
            h.append(svg(ReportCharts.valueTracking(v), 900, 420, "value-tracking"));
        }
        if (!v.notes().isEmpty()) {
            h.append("<ul class=\"notes\">\n");
            for (String note : v.notes()) {
                h.append("<li>").append(esc(note)).append("</li>\n");
            }
            h.append("</ul>\n");
        }
        h.append("</section>\n");
    }

    static final String[] VALUE_HEADER = {"Segment", "Customers", "Total CLV", "Share of CLV", "Mean CLV",
        "Mean P(alive)"};

    /** The value table's rows, largest total CLV first: name, valued customers, total, share, mean, P(alive). */
    static List<String[]> valueRows(ReportModel.Lifetime v) {
        List<String[]> rows = new java.util.ArrayList<>();
        for (org.segmentlab.core.clv.SegmentValues.Segment s : v.rows()) {
            rows.add(new String[] {s.name(), ReportText.count(s.customers()), ReportText.number(s.totalClv(), 0),
                ReportText.percent(s.clvShare()), ReportText.number(s.meanClv(), 2),
                ReportText.number(s.meanPAlive(), 2)});
        }
        return rows;
    }

    /** How the segments move: shown when the project keeps segments over time, before the appendix. */
    private static void movement(StringBuilder h, ReportModel model, String page) {
        TrackResult result = model.movement();
        h.append("<section id=\"movement\"").append(page).append(">\n<h2>How the segments move</h2>\n");
        for (String line : MovementFindings.lines(result)) {
            h.append("<p>").append(esc(line)).append("</p>\n");
        }
        h.append(svg(MovementCharts.sizes(result), 900, 420, "movement-sizes"));
        int n = MovementFindings.overall(result).segments().size() + 1;
        h.append(svg(MovementCharts.flow(result, 0, result.snapshots().size() - 1), 900, 200 + 30 * n,
                "movement-flow"));
        h.append(svg(MovementCharts.migration(result), 900, 160 + 34 * n, "movement-migration"));
        h.append(svg(MovementCharts.drift(result), 760, 120 + 34 * MovementFindings.overallDrift(result).size(),
                "movement-drift"));
        JFreeChart stability = MovementCharts.stability(result);
        if (stability != null) {
            h.append(svg(stability, 760, 120 + 34 * result.stability().size(), "movement-stability"));
        }
        h.append("</section>\n");
    }

    /** "Did the campaign work": the readout the project keeps, in words, as a forest plot and as a table. */
    private static void campaign(StringBuilder h, ReportModel model, String page) {
        ReportModel.Campaign c = model.campaign();
        h.append("<section id=\"campaign\"").append(page).append(">\n<h2>Did the campaign work</h2>\n<p>")
                .append(esc(c.reading())).append("</p>\n");
        h.append(svg(CampaignCharts.forestPlot("Difference in conversion, treated \u2212 control", c.readout()), 900,
                150 + 30 * c.readout().rows().size(), "campaign-forest"));
        h.append("<table>\n<thead><tr>");
        for (String head : CAMPAIGN_HEADER) {
            h.append(head.equals("Segment") ? "<th>" : "<th class=\"num\">").append(esc(head)).append("</th>");
        }
        h.append("</tr></thead>\n<tbody>\n");
        for (String[] row : campaignRows(c)) {
            h.append("<tr>");
            for (int i = 0; i < row.length; i++) {
                h.append(i == 0 ? "<td>" : "<td class=\"num\">").append(esc(row[i])).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</tbody>\n</table>\n");
        if (!c.notes().isEmpty()) {
            h.append("<ul class=\"notes\">\n");
            for (String note : c.notes()) {
                h.append("<li>").append(esc(note)).append("</li>\n");
            }
            h.append("</ul>\n");
        }
        h.append("<p class=\"meta\">").append(esc(c.setup())).append("</p>\n</section>\n");
    }

    static final String[] CAMPAIGN_HEADER = {"Segment", "Treated", "Control", "Rate treated", "Rate control",
        "Difference, points", "Holm p", "Revenue per customer"};

    /** The readout's rows as the report's table shows them (rates in %, differences in points). */
    static List<String[]> campaignRows(ReportModel.Campaign c) {
        List<String[]> rows = new java.util.ArrayList<>();
        for (org.segmentlab.core.campaign.SegmentReadout r : c.readout().rows()) {
            double p = r.pValueHolm();
            rows.add(new String[] {r.segment(), ReportText.count(r.treated()), ReportText.count(r.control()),
                rate(r.rateTreated()), rate(r.rateControl()),
                Double.isFinite(r.difference().estimate()) ? String.format(java.util.Locale.ROOT,
                        "%+.2f (%+.2f to %+.2f)", 100 * r.difference().estimate(), 100 * r.difference().low(),
                        100 * r.difference().high()) : "\u2013",
                !Double.isFinite(p) ? "\u2013" : p < 0.0001 ? "< 0.0001" : String.format(java.util.Locale.ROOT, "%.4f", p),
                Double.isFinite(r.revenueDifference().estimate()) ? String.format(java.util.Locale.ROOT,
                        "%+.2f (%+.2f to %+.2f)", r.revenueDifference().estimate(), r.revenueDifference().low(),
                        r.revenueDifference().high()) : "\u2013"});
        }
        return rows;
    }

    private static String rate(double r) {
        return Double.isFinite(r) ? String.format(java.util.Locale.ROOT, "%.2f%%", 100 * r) : "\u2013";
    }

    private static void appendix(StringBuilder h, ReportModel model, String page) {
        h.append("<section id=\"appendix\"").append(page).append(">\n<h2>Appendix</h2>\n");
        JFreeChart sweep = ReportCharts.sweep(model);
        if (sweep != null) {
            h.append("<h3>Choosing the number of segments</h3>\n<p>").append(esc(model.sweep().reason()))
                    .append("</p>\n").append(svg(sweep, 760, 720, "sweep"));
        }
        if (model.kind() == ReportModel.Kind.RFM) {
            h.append("<h3>Scores and shares</h3>\n");
            h.append(svg(ReportCharts.grid(model), 760, 560, "grid"));
        } else {
            h.append("<h3>Segment profiles</h3>\n");
            h.append(svg(ReportCharts.heatmap(model), 900, 120 + 34 * model.populatedSegments().size(), "heatmap"));
        }
        h.append(svg(ReportCharts.shares(model), 900, 420, "shares"));
        if (model.kind() == ReportModel.Kind.RFM) {
            h.append("<div class=\"charts\">\n");
            List<JFreeChart> histograms = ReportCharts.histograms(model);
            for (int i = 0; i < histograms.size(); i++) {
                h.append(svg(histograms.get(i), 440, 280, "hist" + i));
            }
            h.append("</div>\n");
        }
        if (model.model() != null) {
            ReportModel.ModelSummary m = model.model();
            h.append("<h3>The ").append(esc(m.riskWord())).append(" model</h3>\n<p>").append(esc(modelLine(m)))
                    .append("</p>\n<div class=\"charts\">\n");
            h.append(svg(ReportCharts.roc(model), 440, 400, "roc"));
            h.append(svg(ReportCharts.lift(model), 440, 400, "lift"));
            h.append("</div>\n");
            if (!m.drivers().isEmpty()) {
                h.append(svg(ReportCharts.drivers(model), 760, 60 + 30 * m.drivers().size(), "drivers"));
            }
        }
        h.append("<h3>Data quality</h3>\n<ul class=\"notes\">\n");
        for (String note : model.qualityNotes()) {
            h.append("<li>").append(esc(note)).append("</li>\n");
        }
        h.append("</ul>\n<h3>Reproducibility</h3>\n<dl>\n");
        ReportModel.Reproducibility r = model.reproducibility();
        for (ReportModel.FileHash f : r.files()) {
            term(h, "Data file", esc(f.name()) + "<br><code>SHA-256 " + esc(f.sha256()) + "</code>");
        }
        for (String line : r.settings()) {
            int colon = line.indexOf(": ");
            term(h, esc(colon < 0 ? "Setting" : line.substring(0, colon)),
                    esc(colon < 0 ? line : line.substring(colon + 2)));
        }
        term(h, "Project seed", Long.toString(r.seed()));
        term(h, "SegmentLab version", esc(r.version()));
        h.append("</dl>\n</section>\n");
    }

    // ---- words shared with the PDF

    /** The traits without their standard deviations, for the summary table (the cards give them). */
    static String shortTraits(ReportModel.SegmentEntry s) {
        return s.traits().replaceAll(" \\([+\u2212-][0-9.]+ sd\\)", "");
    }

    /** "CLV 12,345 in all (23% of all customers' CLV), 45.6 per customer; mean P(alive) 0.62" */
    static String valueLine(ReportModel.Value v) {
        return "CLV " + ReportText.number(v.totalClv(), 0) + " in all (" + ReportText.percent(v.clvShare())
                + " of all customers' CLV), " + ReportText.number(v.meanClv(), 2) + " per customer; mean P(alive) "
                + ReportText.number(v.meanPAlive(), 2);
    }

    /** "Suggested action" for a suggestion drawn from the profile, "Recommended action" for the analyst's. */
    static String actionLabel(String action) {
        return org.segmentlab.core.segment.cluster.ActionSuggester.isSuggestion(action) || action.isBlank()
                ? "Suggested action" : "Recommended action";
    }

    /** The action without its "Suggested:" mark (the label says so). */
    static String actionText(String action) {
        if (action.isBlank()) {
            return "test one offer on part of the segment against a holdout, and keep what works.";
        }
        return org.segmentlab.core.segment.cluster.ActionSuggester.isSuggestion(action)
                ? action.substring(org.segmentlab.core.segment.cluster.ActionSuggester.PREFIX.length()) : action;
    }

    static String valueWord(ReportModel model) {
        return model.kind() == ReportModel.Kind.RFM ? "revenue" : "value";
    }

    static String riskLine(ReportModel model, ReportModel.SegmentEntry s) {
        ReportModel.ModelSummary m = model.model();
        StringBuilder sb = new StringBuilder();
        sb.append(ReportText.percent(s.meanRisk())).append(" on average (all customers: ")
                .append(ReportText.percent(m.positiveRate())).append(")");
        if (!s.drivers().isEmpty()) {
            sb.append("; driven most by ");
            List<String> parts = s.drivers().stream().map(ReportModel.DriverShare::feature).toList();
            sb.append(ReportText.list(parts));
        }
        return sb.append('.').toString();
    }

    static String modelLine(ReportModel.ModelSummary m) {
        return String.format(Locale.US, "A %s predicting %s, trained on %s customers of %s and tested on %s others "
                        + "it had not seen (%s of them positive). ROC AUC %.2f (0.5 is a coin toss, 1.0 perfect); "
                        + "average precision %.2f. Its drivers are SHAP values: how much each feature moves a "
                        + "customer's score on the log-odds scale.",
                m.kind(), m.outcome(), ReportText.count(m.trainRows()), m.source(), ReportText.count(m.testRows()),
                ReportText.count(m.testPositives()), m.rocAuc(), m.prAuc());
    }

    static String priorityIntro(ReportModel model) {
        String potential = model.lifetime() != null ? "its customers' total lifetime value by the value model"
                : "customers \u00d7 mean " + valueWord(model);
        return "Each segment is placed by its value potential (" + potential
                + ", as a share of the total) against how easy it is to reach, scored from 1 (hard) to 5 (easy) by "
                + "the analyst; an unscored segment counts as 3. A segment is valuable from an even share ("
                + ReportText.percent(model.priorityThreshold()) + ") and easy from " + Prioritisation.EASY_FROM
                + ". Start with the quick wins, plan the big bets.";
    }

    static String quadrantName(Prioritisation.Quadrant q) {
        switch (q) {
            case QUICK_WINS:
                return "Quick win";
            case BIG_BETS:
                return "Big bet";
            case FILL_INS:
                return "Fill-in";
            case DEPRIORITISE:
            default:
                return "Deprioritise";
        }
    }

    static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static void term(StringBuilder h, String term, String html) {
        h.append("<dt>").append(term).append("</dt><dd>").append(html).append("</dd>\n");
    }

    private static String svg(JFreeChart chart, int width, int height, String id) {
        return ChartExport.svg(chart, width, height, id) + "\n";
    }

    /** Text made safe for HTML element content and attribute values. */
    static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&':
                    sb.append("&amp;");
                    break;
                case '<':
                    sb.append("&lt;");
                    break;
                case '>':
                    sb.append("&gt;");
                    break;
                case '"':
                    sb.append("&quot;");
                    break;
                case '\'':
                    sb.append("&#39;");
                    break;
                default:
                    sb.append(c);
            }
        }
        return sb.toString();
    }
}
