package org.segmentlab.report;

import java.util.List;
import java.util.Objects;
import org.segmentlab.core.segment.rfm.RfmSegmentation;

/**
 * Everything the stakeholder report says, worked out once so that the HTML and the PDF tell the same story.
 *
 * @param dateLine       the only line that changes from one run to the next ("Prepared 23 November 2026")
 * @param question       the business question the report answers, in plain words
 * @param method         how the segments were made, in plain words
 * @param segments       every segment of the map (largest first), including those with no customers
 * @param qualityNotes   what was left out of the data and why
 * @param analysis       the scored customers, for the charts and the activation exports
 */
public record ReportModel(String title, String author, String dateLine, String question, DataSummary data,
                         String method, List<SegmentEntry> segments, List<String> qualityNotes,
                         Reproducibility reproducibility, RfmSegmentation analysis) {

    public ReportModel {
        Objects.requireNonNull(title, "title");
        author = author == null ? "" : author;
        segments = List.copyOf(segments);
        qualityNotes = List.copyOf(qualityNotes);
    }

    /** The segments that hold at least one customer. */
    public List<SegmentEntry> populatedSegments() {
        return segments.stream().filter(s -> s.customers() > 0).toList();
    }

    /**
     * The data the segments were made from.
     *
     * @param firstDay       first purchase day kept, as yyyy-MM-dd
     * @param lastDay        last purchase day kept
     * @param asOf           the day recency is measured to
     * @param transactions   distinct invoices (or purchase days) counted in frequency
     */
    public record DataSummary(String fileName, String firstDay, String lastDay, String asOf, long customers,
                              long transactions, long linesRead, double revenue) {
    }

    /**
     * One segment.
     *
     * @param id            segment id as in the exports (1 + rule index; 0 for Others)
     * @param customerShare share of customers, 0..1
     * @param revenueShare  share of revenue, 0..1
     * @param traits        the scores that define it, e.g. "R 5, F 4–5"
     * @param apart         what sets it apart from the average customer, in plain words
     */
    public record SegmentEntry(int id, String name, long customers, double customerShare, double revenueShare,
                               double meanRecencyDays, double meanFrequency, double meanMonetary, String traits,
                               String apart, String action) {
    }

    /**
     * What someone needs to make the same report again.
     *
     * @param settings one line per setting, "name: value"
     */
    public record Reproducibility(String dataFile, String sha256, List<String> settings, long seed, String version) {
        public Reproducibility {
            settings = List.copyOf(settings);
        }
    }
}
