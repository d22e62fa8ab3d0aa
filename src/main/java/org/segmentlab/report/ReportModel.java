package org.segmentlab.report;

import java.util.List;
import java.util.Objects;
import org.segmentlab.core.clv.SegmentValues;
import org.segmentlab.core.predict.CurvePoint;
import org.segmentlab.core.segment.Prioritisation;
import org.segmentlab.core.segment.rfm.RfmSegmentation;
import org.segmentlab.core.track.TrackResult;
import org.segmentlab.report.charts.QuadrantChart;
import org.segmentlab.report.charts.SweepChart;

/**
 * Everything the stakeholder report says, worked out once so that the HTML and the PDF tell the same
 * story, for RFM segments and for a kept clustering alike.
 *
 * @param dateLine       the only line that changes from one run to the next ("Prepared 23 November 2026")
 * @param logo           the image at the top; null for none
 * @param sections       the sections to write, in order
 * @param question       the business question the report answers, in plain words
 * @param facts          the headline numbers of the data (period, customers, purchases, revenue…)
 * @param dataLine       where the data came from, in one sentence
 * @param method         how the segments were made, in plain words, including how k was chosen
 * @param matrix         the 2 × 2 value-versus-engagement matrix
 * @param segments       every segment (largest first for a clustering; map order for RFM), including
 *                       RFM segments with no customers
 * @param priorities     the populated segments by value potential against ease, in rank order
 * @param sweep          the k sweep of the clustering; null when k was not swept
 * @param model          the churn or propensity model; null when the project has none
 * @param profileNote    what the profile charts compare, e.g. "standard deviations from the average customer"
 * @param qualityNotes   what was left out of the data and why
 * @param rfm            the scored customers of an RFM report (for its grid and histograms); null otherwise
 * @param customers      every customer with their segment, for the activation export
 * @param movement       how the segments move over time; null when the project tracks none
 * @param campaign       the campaign the project reads out; null when it keeps none
 * @param lifetime       the project's value model and each segment's lifetime value; null when it has none
 */
public record ReportModel(String title, String author, String dateLine, Logo logo, List<ReportSection> sections,
                          Kind kind, String question, List<Fact> facts, String dataLine, String method,
                          ValueMatrix matrix, List<SegmentEntry> segments, List<Priority> priorities,
                          double priorityThreshold, Sweep sweep, ModelSummary model, List<String> qualityNotes,
                          Reproducibility reproducibility, RfmSegmentation rfm, CustomerList customers,
                          TrackResult movement, Campaign campaign, Lifetime lifetime) {

    public ReportModel {
        Objects.requireNonNull(title, "title");
        author = author == null ? "" : author;
        sections = List.copyOf(sections);
        facts = List.copyOf(facts);
        segments = List.copyOf(segments);
        priorities = List.copyOf(priorities);
        qualityNotes = List.copyOf(qualityNotes);
    }

    /**
     * "Did the campaign work": the campaign the project keeps, read out again.
     *
     * @param reading the readout in words
     * @param notes   rows left out, customers without a segment, a sample-ratio mismatch
     * @param setup   the results file and columns, in a line
     */
    public record Campaign(String reading, org.segmentlab.core.campaign.CampaignReadout readout, List<String> notes,
                           String setup) {
        public Campaign {
            notes = List.copyOf(notes);
        }
    }

    /**
     * The project's value model as the report tells it.
     *
     * @param model     the fitted purchase model in plain words, its parameters with standard errors
     * @param spend     the fitted spend model in plain words; null when there is none
     * @param rule      how CLV is worked out (horizon, margin, discount)
     * @param holdout   the check on the holdout in words; null without a holdout end
     * @param notes     the fit's notes and warnings, each a sentence
     * @param segments  each segment's total and mean CLV, share of CLV and mean P(alive), as the core adds
     *                  them up ({@link SegmentValues#of(org.segmentlab.core.clv.CustomerValues, java.util.Map)})
     * @param pAlive    the P(alive) matrix over frequency and recency
     * @param unit      the time unit in the plural ("weeks")
     * @param check     the holdout check (for its tracking chart); null without a holdout end
     */
    public record Lifetime(String model, String spend, String rule, String holdout, List<String> notes,
                           SegmentValues segments, org.segmentlab.core.clv.ValueMatrix pAlive, String unit,
                           long horizonDays, java.time.LocalDate asOf, org.segmentlab.core.clv.HoldoutCheck check) {
        public Lifetime {
            notes = List.copyOf(notes);
        }

        /** The segments with customers, largest total CLV first (the order of the CLV-by-segment chart). */
        public List<SegmentValues.Segment> rows() {
            List<SegmentValues.Segment> rows = new java.util.ArrayList<>(segments.segments().stream()
                    .filter(s -> s.customers() > 0).toList());
            rows.sort(java.util.Comparator.comparingDouble(SegmentValues.Segment::totalClv).reversed()
                    .thenComparing(SegmentValues.Segment::name));
            return rows;
        }
    }

    /**
     * What the segments are made of: the RFM map, a kept clustering, or the segment column of a
     * campaign's results file.
     */
    public enum Kind {
        RFM, CLUSTERING, CAMPAIGN
    }

    /** The segments that hold at least one customer. */
    public List<SegmentEntry> populatedSegments() {
        return segments.stream().filter(s -> s.customers() > 0).toList();
    }

    public boolean includes(ReportSection section) {
        return sections.contains(section);
    }

    /** A logo as its bytes and media type ({@code image/png}, {@code image/jpeg}). */
    public record Logo(byte[] bytes, String mediaType) {
        public Logo {
            bytes = bytes.clone();
        }

        @Override
        public byte[] bytes() {
            return bytes.clone();
        }
    }

    /** A headline number: "4,000" over "customers". */
    public record Fact(String value, String label) {
    }

    /**
     * The value-versus-engagement matrix: customers split at the medians of two measures.
     *
     * @param engagement the measure across, in words with its unit
     * @param value      the measure up
     * @param log        both axes on a log scale
     */
    public record ValueMatrix(String engagement, String value, double engagementThreshold, double valueThreshold,
                              boolean log, List<QuadrantChart.Quadrant> quadrants) {
        public ValueMatrix {
            quadrants = List.copyOf(quadrants);
        }
    }

    /**
     * One segment.
     *
     * @param id             segment id as in the exports (RFM: 1 + rule index, 0 for Others; clustering: 0..k−1,
     *                       −1 for noise)
     * @param colour         palette segment id (1-based; −1 grey)
     * @param customerShare  share of customers, 0..1
     * @param value          the segment's total of the value measure
     * @param valueShare     share of the value measure's total (revenue for RFM), 0..1
     * @param meanValue      mean of the value measure per customer
     * @param meanEngagement mean of the engagement measure per customer
     * @param traits         what defines it, e.g. "R 5, F 4–5" or "high income (+1.2 sd)"
     * @param apart          what sets it apart from the average customer, in plain words
     * @param action         the recommended action (the analyst's notes, or the RFM map's action); may be empty
     * @param ease           1 (hard) to 5 (easy) to reach
     * @param easeScored     whether the analyst scored the ease (else it is the neutral 3)
     * @param profile        the segment against the population, one entry per profiled measure
     * @param meanRisk       mean model score of its customers; NaN without a model
     * @param drivers        the features that move its customers' scores most (mean |SHAP|), largest first
     */
    public record SegmentEntry(int id, int colour, String name, long customers, double customerShare, double value,
                               double valueShare, double meanValue, double meanEngagement, String traits,
                               String apart, String action, int ease, boolean easeScored, List<Measure> profile,
                               double meanRisk, List<DriverShare> drivers, Value lifetime) {
        public SegmentEntry {
            action = action == null ? "" : action;
            profile = List.copyOf(profile);
            drivers = List.copyOf(drivers);
        }

        /** Without a value model. */
        public SegmentEntry(int id, int colour, String name, long customers, double customerShare, double value,
                            double valueShare, double meanValue, double meanEngagement, String traits,
                            String apart, String action, int ease, boolean easeScored, List<Measure> profile,
                            double meanRisk, List<DriverShare> drivers) {
            this(id, colour, name, customers, customerShare, value, valueShare, meanValue, meanEngagement, traits,
                    apart, action, ease, easeScored, profile, meanRisk, drivers, null);
        }

        /**
         * What one customer of the segment adds to its value potential (customers × this): with a
         * value model ({@code valued}) the segment's total customer lifetime value per customer (0 when
         * the model values none of them), else the mean of the value measure.
         */
        public double potentialPerCustomer(boolean valued) {
            if (!valued) {
                return meanValue;
            }
            return lifetime == null || customers == 0 ? 0 : lifetime.totalClv() / customers;
        }

        /** The same segment with what the value model says of its customers. */
        public SegmentEntry withValue(Value newLifetime) {
            return new SegmentEntry(id, colour, name, customers, customerShare, value, valueShare, meanValue,
                    meanEngagement, traits, apart, action, ease, easeScored, profile, meanRisk, drivers, newLifetime);
        }

        /** The same segment with another recommended action. */
        public SegmentEntry withAction(String newAction) {
            return new SegmentEntry(id, colour, name, customers, customerShare, value, valueShare, meanValue,
                    meanEngagement, traits, apart, newAction, ease, easeScored, profile, meanRisk, drivers, lifetime);
        }
    }

    /**
     * A segment's customer lifetime value by the project's value model: the total over its customers,
     * the mean per customer, its share of all customers' CLV, and its customers' mean P(alive).
     */
    public record Value(double totalClv, double meanClv, double clvShare, double meanPAlive) {
    }

    /**
     * A measure of a segment against all customers.
     *
     * @param z the segment mean's distance from the population mean in population standard deviations
     */
    public record Measure(String name, double mean, double populationMean, double z) {
    }

    /** A feature and its mean absolute SHAP value (on the model's log-odds scale) within a group. */
    public record DriverShare(String feature, double meanAbsShap) {
    }

    /** A segment's place in the prioritisation matrix. */
    public record Priority(int colour, String name, long customers, int ease, boolean easeScored,
                           double potentialShare, Prioritisation.Quadrant quadrant, int rank, String action) {
    }

    /**
     * The k sweep of a clustering.
     *
     * @param reason why the suggested k, in words
     */
    public record Sweep(List<SweepChart.Point> points, int chosenK, int suggestedK, String reason) {
        public Sweep {
            points = List.copyOf(points);
        }
    }

    /**
     * The project's model.
     *
     * @param kind          "logistic regression", "random forest"…
     * @param outcome       "churned = Yes"
     * @param riskWord      "churn risk", or "likelihood of bought = yes"
     * @param liftCustomers customers per decile of the test part, highest scores first
     * @param liftPositives positives per decile
     * @param drivers       mean |SHAP| over all explained customers, largest first
     * @param matched       customers of the segments the model scored
     */
    public record ModelSummary(String kind, String outcome, String riskWord, String source, int trainRows,
                               int testRows, int testPositives, double rocAuc, double prAuc,
                               List<CurvePoint> roc, long[] liftCustomers, long[] liftPositives,
                               List<DriverShare> drivers, double positiveRate, int matched, List<String> notes) {
        public ModelSummary {
            roc = List.copyOf(roc);
            liftCustomers = liftCustomers.clone();
            liftPositives = liftPositives.clone();
            drivers = List.copyOf(drivers);
            notes = List.copyOf(notes);
        }
    }

    /**
     * Every customer with their segment, for the activation export.
     *
     * @param measures     the columns after the segment, e.g. recency_days, frequency, monetary
     * @param values       {@code values[customer][measure]}
     * @param scores       model score per customer, NaN where the model has none; null without a model
     * @param drivers      per customer, their top drivers in words ("logins_trend (+0.42)"); null without a model
     */
    /**
     * Every segmented customer, for the activation export.
     *
     * @param pAlive each customer's P(alive) by the project's value model; null without one (NaN for a
     *               customer it does not know)
     * @param clv    each customer's lifetime value likewise
     */
    public record CustomerList(List<String> ids, int[] segmentIds, List<String> segmentNames, List<String> measures,
                               double[][] values, double[] scores, List<String> drivers, double[] pAlive,
                               double[] clv) {
        public CustomerList {
            ids = List.copyOf(ids);
            segmentNames = List.copyOf(segmentNames);
            measures = List.copyOf(measures);
            if ((pAlive == null) != (clv == null)) {
                throw new IllegalArgumentException("P(alive) and CLV come together");
            }
        }

        public CustomerList(List<String> ids, int[] segmentIds, List<String> segmentNames, List<String> measures,
                            double[][] values, double[] scores, List<String> drivers) {
            this(ids, segmentIds, segmentNames, measures, values, scores, drivers, null, null);
        }

        /** True when the project has a value model whose P(alive) and CLV the customers carry. */
        public boolean hasValue() {
            return clv != null;
        }
    }

    /**
     * What someone needs to make the same report again.
     *
     * @param files    every data file read, with its SHA-256
     * @param settings one line per setting, "name: value"
     */
    public record Reproducibility(List<FileHash> files, List<String> settings, long seed, String version) {
        public Reproducibility {
            files = List.copyOf(files);
            settings = List.copyOf(settings);
        }
    }

    public record FileHash(String name, String sha256) {
    }
}
