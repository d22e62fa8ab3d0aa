package org.segmentlab.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.segmentlab.core.project.AtomicFiles;
import org.segmentlab.report.charts.ChartExport;
import org.segmentlab.report.charts.Palette;

/**
 * The report as one self-contained HTML file: styles inline, charts inline as SVG, so it opens
 * offline and can be mailed as it is. The same model gives the same bytes.
 */
public final class HtmlReportWriter {

    private static final String STYLE = String.join("\n",
            "body{font-family:'Segoe UI',Helvetica,Arial,sans-serif;color:#1f2933;margin:0;background:#f4f5f7}",
            "main{max-width:980px;margin:0 auto;padding:32px 40px;background:#fff}",
            "h1{font-size:28px;margin:0 0 4px}h2{font-size:19px;margin:28px 0 8px;color:#243b53;"
                    + "border-bottom:1px solid #d9e2ec;padding-bottom:4px}h3{font-size:17px;margin:0 0 6px}",
            ".meta{color:#627d98;margin:0 0 18px}p{line-height:1.5}",
            "table{border-collapse:collapse;width:100%;font-size:14px}",
            "th,td{text-align:left;padding:6px 8px;border-bottom:1px solid #e4e7eb;vertical-align:top}",
            "th{background:#f0f4f8}td.num,th.num{text-align:right;white-space:nowrap}",
            ".swatch{display:inline-block;width:11px;height:11px;border-radius:2px;margin-right:6px}",
            ".facts{display:flex;gap:24px;flex-wrap:wrap;margin:8px 0}.fact b{display:block;font-size:20px}",
            ".fact{color:#627d98;font-size:13px}",
            ".card{border:1px solid #d9e2ec;border-left-width:6px;border-radius:6px;padding:14px 18px;margin:14px 0;"
                    + "page-break-inside:avoid}",
            ".card .size{color:#486581;margin:0 0 6px}.action{background:#f0f4f8;padding:8px 10px;border-radius:4px}",
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
        Palette palette = Palette.standard();
        StringBuilder h = new StringBuilder(1 << 18);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc(model.title())).append("</title>\n<style>\n").append(STYLE)
                .append("\n</style>\n</head>\n<body>\n<main>\n");

        // One page a busy reader can stop after.
        h.append("<section id=\"summary\">\n<h1>").append(esc(model.title())).append("</h1>\n");
        h.append("<p class=\"meta\">").append(model.author().isEmpty() ? "" : esc(model.author()) + " &middot; ")
                .append(esc(model.dateLine())).append("</p>\n");
        h.append("<h2>The question</h2>\n<p>").append(esc(model.question())).append("</p>\n");
        ReportModel.DataSummary d = model.data();
        h.append("<h2>The data</h2>\n<div class=\"facts\">");
        fact(h, d.firstDay() + " to " + d.lastDay(), "period of purchases");
        fact(h, count(d.customers()), "customers");
        fact(h, count(d.transactions()), "purchases");
        fact(h, ReportBuilder.number(d.revenue(), 0), "revenue");
        h.append("</div>\n<p>From <code>").append(esc(d.fileName())).append("</code> (")
                .append(count(d.linesRead())).append(" lines), scored as of ").append(esc(d.asOf()))
                .append(".</p>\n");
        h.append("<h2>How the segments were made</h2>\n<p>").append(esc(model.method())).append("</p>\n");
        h.append("<h2>Segments at a glance</h2>\n");
        h.append(svg(ReportCharts.quadrant(model), 900, 520, "quadrant"));
        h.append("<table>\n<thead><tr><th>Segment</th><th class=\"num\">Customers</th><th class=\"num\">"
                + "% customers</th><th class=\"num\">% revenue</th><th>Defined by</th><th>Recommended action</th>"
                + "</tr></thead>\n<tbody>\n");
        for (ReportModel.SegmentEntry s : model.segments()) {
            h.append("<tr><td><span class=\"swatch\" style=\"background:")
                    .append(palette.segmentHex(ReportCharts.colour(s.id()))).append("\"></span>")
                    .append(esc(s.name())).append("</td><td class=\"num\">").append(count(s.customers()))
                    .append("</td><td class=\"num\">").append(percent(s.customerShare()))
                    .append("</td><td class=\"num\">").append(percent(s.revenueShare()))
                    .append("</td><td>").append(esc(s.traits())).append("</td><td>").append(esc(s.action()))
                    .append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n</section>\n");

        h.append("<section id=\"segments\" class=\"page\">\n<h2>The segments</h2>\n");
        int n = 0;
        for (ReportModel.SegmentEntry s : model.populatedSegments()) {
            n++;
            h.append("<div class=\"card\" style=\"border-left-color:")
                    .append(palette.segmentHex(ReportCharts.colour(s.id()))).append("\">\n<h3>")
                    .append(esc(s.name())).append("</h3>\n<p class=\"size\">").append(count(s.customers()))
                    .append(" customers (").append(percent(s.customerShare())).append(") bring ")
                    .append(percent(s.revenueShare())).append(" of revenue &middot; ").append(esc(s.traits()))
                    .append("</p>\n");
            h.append(svg(ReportCharts.profile(model, s), 640, 130, "profile" + n));
            h.append("<p><b>What sets it apart.</b> ").append(esc(s.apart())).append("</p>\n");
            h.append("<p class=\"action\"><b>Recommended action.</b> ")
                    .append(s.action().isEmpty() ? "None written yet." : esc(s.action())).append("</p>\n</div>\n");
        }
        h.append("</section>\n");

        h.append("<section id=\"appendix\" class=\"page\">\n<h2>Appendix: scores and shares</h2>\n");
        h.append(svg(ReportCharts.grid(model), 760, 560, "grid"));
        h.append(svg(ReportCharts.shares(model), 900, 420, "shares"));
        h.append("<div class=\"charts\">\n");
        List<JFreeChart> histograms = ReportCharts.histograms(model);
        for (int i = 0; i < histograms.size(); i++) {
            h.append(svg(histograms.get(i), 440, 280, "hist" + i));
        }
        h.append("</div>\n<h2>Data quality</h2>\n<ul class=\"notes\">\n");
        for (String note : model.qualityNotes()) {
            h.append("<li>").append(esc(note)).append("</li>\n");
        }
        h.append("</ul>\n<h2>Reproducibility</h2>\n<dl>\n");
        ReportModel.Reproducibility r = model.reproducibility();
        term(h, "Data file", esc(r.dataFile()));
        term(h, "SHA-256", "<code>" + esc(r.sha256()) + "</code>");
        for (String line : r.settings()) {
            int colon = line.indexOf(": ");
            term(h, esc(colon < 0 ? "Setting" : line.substring(0, colon)), esc(colon < 0 ? line : line.substring(colon + 2)));
        }
        term(h, "Seed", Long.toString(r.seed()));
        term(h, "SegmentLab version", esc(r.version()));
        h.append("</dl>\n</section>\n</main>\n</body>\n</html>\n");
        return h.toString();
    }

    private static void fact(StringBuilder h, String value, String label) {
        h.append("<div class=\"fact\"><b>").append(esc(value)).append("</b>").append(esc(label)).append("</div>");
    }

    private static void term(StringBuilder h, String term, String html) {
        h.append("<dt>").append(term).append("</dt><dd>").append(html).append("</dd>\n");
    }

    private static String svg(JFreeChart chart, int width, int height, String id) {
        return ChartExport.svg(chart, width, height, id) + "\n";
    }

    static String count(long n) {
        return String.format(Locale.US, "%,d", n);
    }

    static String percent(double share) {
        return String.format(Locale.US, "%.1f%%", share * 100);
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
