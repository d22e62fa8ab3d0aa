package org.segmentlab.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.segmentlab.Version;
import org.segmentlab.core.Progress;
import org.segmentlab.core.data.DataFileException;
import org.segmentlab.core.data.ImportReport;
import org.segmentlab.core.data.ImportedTable;
import org.segmentlab.core.data.TableImporter;
import org.segmentlab.core.features.rfm.CancellationHandling;
import org.segmentlab.core.features.rfm.CleaningSummary;
import org.segmentlab.core.features.rfm.RfmCalculator;
import org.segmentlab.core.features.rfm.RfmOptions;
import org.segmentlab.core.features.rfm.RfmResult;
import org.segmentlab.core.features.rfm.TransactionColumns;
import org.segmentlab.core.features.rfm.TransactionLog;
import org.segmentlab.core.project.CancellationMode;
import org.segmentlab.core.project.DataSourceRef;
import org.segmentlab.core.project.Project;
import org.segmentlab.core.project.ProjectFileException;
import org.segmentlab.core.project.ProjectStore;
import org.segmentlab.core.project.RfmSettings;
import org.segmentlab.core.project.ScoreRange;
import org.segmentlab.core.project.SourceKind;
import org.segmentlab.core.segment.rfm.RfmSegmentation;
import org.segmentlab.core.segment.rfm.RfmSegmenter;
import org.segmentlab.core.segment.rfm.SegmentMap;
import org.segmentlab.core.segment.rfm.SegmentRule;
import org.segmentlab.core.segment.rfm.SegmentSummary;

/**
 * Reads a project's transactions, scores RFM and applies the segment map exactly as the project's
 * settings say, and puts the findings into a {@link ReportModel}.
 */
public final class ReportBuilder {

    static final String QUESTION = "Which customers should we look after, grow or win back, judged by how "
            + "recently, how often and how much they buy?";

    private static final DateTimeFormatter DATE_LINE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    /**
     * Reads the project file and builds its report with the options the project keeps, {@code title}
     * and {@code author} given here taking precedence.
     *
     * @param title  null = the project's report title, else its name
     * @param author null = the project's report author
     * @param today  the day written in the date line
     */
    public ReportModel build(Path projectFile, String title, String author, LocalDate today, Progress progress)
            throws ProjectFileException, DataFileException {
        Project project = new ProjectStore().load(projectFile);
        ReportOptions options = ReportOptions.of(project, projectFile);
        if (title != null && !title.isBlank()) {
            options = options.withTitle(title);
        }
        if (author != null && !author.isBlank()) {
            options = options.withAuthor(author);
        }
        return build(project, projectFile, options, today, progress);
    }

    /**
     * Builds the report of a project as it is in memory, saved or not.
     *
     * @param projectFile where the project is saved, to find data given by relative paths; null when it
     *                    is not saved (its data paths must then be absolute, as they are after loading)
     * @param options     title, author, logo, sections and run; see {@link ReportOptions#of} for the saved ones
     * @param today       the day written in the date line
     * @throws DataFileException        when a data file or the logo cannot be read
     * @throws IllegalArgumentException with a message for the user when the project has nothing to report
     */
    public ReportModel build(Project project, Path projectFile, ReportOptions options, LocalDate today,
                             Progress progress) throws DataFileException {
        RfmSettings settings = project.settings().rfm() == null ? RfmSettings.DEFAULTS : project.settings().rfm();
        DataSourceRef source = (settings.sourceId() != null ? project.source(settings.sourceId())
                : project.firstSource(SourceKind.TRANSACTIONS))
                .orElseThrow(() -> new IllegalArgumentException(project.name()
                        + ": the project has no transactions source to report on"));
        Path dataFile = dataFile(source, projectFile);

        ImportedTable table = new TableImporter().read(source.importOptions(dataFile), progress.slice(0, 0.6));
        TransactionColumns wanted = columnsOf(settings.columns());
        TransactionLog log = TransactionLog.from(table, wanted, progress.slice(0.6, 0.75));
        int bins = settings.bins() == null ? RfmOptions.DEFAULT_BINS : settings.bins();
        CancellationHandling cancellations = settings.cancellations() == CancellationMode.NET
                ? CancellationHandling.NETTED : CancellationHandling.EXCLUDED;
        RfmResult rfm = new RfmCalculator().compute(log, new RfmOptions(settings.asOf(), bins, cancellations, wanted),
                progress.slice(0.75, 0.9));
        if (rfm.size() == 0) {
            throw new DataFileException(dataFile, "no customer with a purchase to report on: "
                    + String.join(" ", rfm.warnings()));
        }
        SegmentMap map = mapOf(settings, bins);
        RfmSegmentation segmentation = new RfmSegmenter().segment(rfm, map);

        String chosenTitle = firstNonBlank(options.title(), project.name());
        String chosenAuthor = firstNonBlank(options.author(), "");
        long transactions = 0;
        for (int i = 0; i < rfm.size(); i++) {
            transactions += rfm.frequency(i);
        }
        ReportModel.DataSummary data = new ReportModel.DataSummary(dataFile.getFileName().toString(),
                String.valueOf(rfm.firstPurchaseDay()), String.valueOf(rfm.lastPurchaseDay()),
                String.valueOf(rfm.asOf()), rfm.size(), transactions, log.linesRead(), rfm.totalMonetary());
        ReportModel model = new ReportModel(chosenTitle, chosenAuthor, "Prepared " + DATE_LINE.format(today), QUESTION,
                data, method(rfm, map, settings.segmentMap() != null), segments(segmentation, map),
                qualityNotes(table.report(), rfm, segmentation),
                reproducibility(dataFile, log, rfm, map, settings, project.seed()), segmentation);
        progress.update(1, "Report ready");
        return model;
    }

    // ---- the parts

    private static List<ReportModel.SegmentEntry> segments(RfmSegmentation segmentation, SegmentMap map) {
        RfmResult rfm = segmentation.rfm();
        double meanR = 0;
        double meanF = 0;
        double meanM = 0;
        for (int i = 0; i < rfm.size(); i++) {
            meanR += rfm.recencyDays(i);
            meanF += rfm.frequency(i);
            meanM += rfm.monetary(i);
        }
        meanR /= rfm.size();
        meanF /= rfm.size();
        meanM /= rfm.size();
        List<ReportModel.SegmentEntry> entries = new ArrayList<>();
        for (SegmentSummary s : segmentation.summaries()) {
            if (s.id() == SegmentMap.OTHERS_ID && s.customers() == 0) {
                continue;
            }
            String apart = s.customers() == 0 ? "No customer falls in this segment."
                    : apart(s, meanR, meanF, meanM);
            entries.add(new ReportModel.SegmentEntry(s.id(), s.name(), s.customers(), s.customerPercent() / 100,
                    s.revenuePercent() / 100, s.meanRecencyDays(), s.meanFrequency(), s.meanMonetary(),
                    traits(map, s.id()), apart, s.action() == null ? "" : s.action()));
        }
        return entries;
    }

    static String traits(SegmentMap map, int segmentId) {
        if (segmentId == SegmentMap.OTHERS_ID) {
            return "matched by no rule of the map";
        }
        SegmentRule rule = map.rules().get(segmentId - 1);
        StringBuilder sb = new StringBuilder();
        sb.append("R ").append(range(rule.rMin(), rule.rMax()));
        sb.append(", F ").append(range(rule.fMin(), rule.fMax()));
        if (rule.mMin() != null || rule.mMax() != null) {
            int lo = rule.mMin() == null ? 1 : rule.mMin();
            int hi = rule.mMax() == null ? map.bins() : rule.mMax();
            sb.append(", M ").append(range(lo, hi));
        }
        return sb.toString();
    }

    private static String range(int lo, int hi) {
        return lo == hi ? Integer.toString(lo) : lo + "\u2013" + hi;
    }

    private static String apart(SegmentSummary s, double meanR, double meanF, double meanM) {
        return String.format(Locale.US, "Last purchase %s days ago on average (all customers: %s); %s purchases "
                        + "(all: %s); spend %s per customer (all: %s), %s the average.",
                number(s.meanRecencyDays(), 0), number(meanR, 0), number(s.meanFrequency(), 1), number(meanF, 1),
                number(s.meanMonetary(), 0), number(meanM, 0), ratio(s.meanMonetary() / meanM));
    }

    private static String ratio(double r) {
        if (!Double.isFinite(r)) {
            return "unlike";
        }
        return String.format(Locale.US, "%.1f\u00d7", r);
    }

    static String number(double value, int decimals) {
        return String.format(Locale.US, "%,." + decimals + "f", value);
    }

    private static String method(RfmResult rfm, SegmentMap map, boolean ownMap) {
        StringBuilder sb = new StringBuilder();
        sb.append("Each customer gets three scores from 1 to ").append(rfm.bins())
                .append(", ranking them against all other customers: recency (days from the last purchase to ")
                .append(rfm.asOf()).append(", fewer is better), frequency (number of separate purchases) and ")
                .append("monetary value (total spend). ");
        sb.append(ownMap ? "The project's own segment map of " + map.rules().size() + " rules"
                : "The standard 10-segment RFM map");
        sb.append(" then places each customer in a segment by recency and frequency score; the first rule that ")
                .append("matches wins. ");
        sb.append(rfm.cleaning().cancellations() == CancellationHandling.NETTED
                ? "Cancellations and returns are subtracted from spend."
                : "Cancellations and returns are left out.");
        return sb.toString();
    }

    private static List<String> qualityNotes(ImportReport imported, RfmResult rfm, RfmSegmentation segmentation) {
        LinkedHashSet<String> notes = new LinkedHashSet<>();
        for (ImportReport.Rejection r : imported.rejections()) {
            notes.add(count(r.count()) + " rows of " + imported.file().getFileName() + " could not be read: "
                    + r.reason() + ".");
        }
        notes.addAll(imported.notes());
        CleaningSummary c = rfm.cleaning();
        if (c.linesWithoutCustomerId() > 0) {
            notes.add(count(c.linesWithoutCustomerId()) + " lines without a customer id were left out.");
        }
        if (c.linesWithoutDateOrAmount() > 0) {
            notes.add(count(c.linesWithoutDateOrAmount()) + " lines without a date or an amount were left out.");
        }
        if (c.linesAfterAsOf() > 0) {
            notes.add(count(c.linesAfterAsOf()) + " lines dated after the as-of day " + rfm.asOf() + " were left out.");
        }
        if (c.cancellationLines() > 0) {
            notes.add(count(c.cancellationLines()) + " cancellation or return lines were "
                    + (c.cancellations() == CancellationHandling.NETTED ? "subtracted from spend."
                    : "left out of frequency and spend."));
        }
        if (c.zeroAmountLines() > 0) {
            notes.add(count(c.zeroAmountLines()) + " lines with an amount of zero were left out.");
        }
        if (c.customersWithoutPurchases() > 0) {
            notes.add(count(c.customersWithoutPurchases())
                    + " customers had no purchase left after cleaning and are in no segment.");
        }
        notes.addAll(rfm.warnings());
        notes.addAll(segmentation.warnings());
        if (notes.isEmpty()) {
            notes.add("Every line of the data was used.");
        }
        return new ArrayList<>(notes);
    }

    private static ReportModel.Reproducibility reproducibility(Path dataFile, TransactionLog log, RfmResult rfm,
                                                               SegmentMap map, RfmSettings settings, long seed)
            throws DataFileException {
        List<String> lines = new ArrayList<>();
        lines.add("As-of day: " + rfm.asOf() + (settings.asOf() == null ? " (day after the last purchase)" : ""));
        lines.add("Score bins: " + rfm.bins());
        lines.add("Cancellations: " + (rfm.cleaning().cancellations() == CancellationHandling.NETTED
                ? "subtracted from spend" : "left out"));
        TransactionColumns used = log.columns();
        lines.add("Columns: customer " + used.customer() + ", date " + used.timestamp() + ", amount "
                + (used.amount() != null ? used.amount() : used.quantity() + " \u00d7 " + used.price())
                + (used.invoice() != null ? ", invoice " + used.invoice() : ", purchases counted by day"));
        StringBuilder rules = new StringBuilder(settings.segmentMap() == null
                ? "Segment map: standard 10-segment R\u00d7F map" : "Segment map: the project's own");
        rules.append(" (");
        for (int i = 0; i < map.rules().size(); i++) {
            rules.append(i == 0 ? "" : "; ").append(map.rules().get(i).name()).append(' ').append(traits(map, i + 1));
        }
        lines.add(rules.append(')').toString());
        if (settings.actions() != null) {
            lines.add("Actions edited for: " + String.join(", ", settings.actions().keySet()));
        }
        return new ReportModel.Reproducibility(dataFile.getFileName().toString(), sha256(dataFile), lines, seed,
                Version.current());
    }

    // ---- settings to core inputs

    static SegmentMap mapOf(RfmSettings settings, int bins) {
        Map<String, String> standardActions = new HashMap<>();
        SegmentMap.standard().rules().forEach(r -> standardActions.put(r.name(), r.action()));
        Map<String, String> edited = settings.actions() == null ? Map.of() : settings.actions();
        List<SegmentRule> rules = new ArrayList<>();
        int mapBins;
        if (settings.segmentMap() == null) {
            mapBins = SegmentMap.standard().bins();
            rules.addAll(SegmentMap.standard().rules());
        } else {
            mapBins = bins;
            for (org.segmentlab.core.project.SegmentRule r : settings.segmentMap()) {
                ScoreRange m = r.monetary();
                rules.add(new SegmentRule(r.segment(), r.recency().from(), r.recency().to(), r.frequency().from(),
                        r.frequency().to(), m == null ? null : m.from(), m == null ? null : m.to(),
                        standardActions.getOrDefault(r.segment().strip(), "")));
            }
        }
        for (int i = 0; i < rules.size(); i++) {
            SegmentRule r = rules.get(i);
            String action = edited.get(r.name());
            if (action != null) {
                rules.set(i, new SegmentRule(r.name(), r.rMin(), r.rMax(), r.fMin(), r.fMax(), r.mMin(), r.mMax(),
                        action));
            }
        }
        return new SegmentMap(mapBins, rules);
    }

    private static TransactionColumns columnsOf(Map<String, String> names) {
        if (names == null) {
            return TransactionColumns.detect();
        }
        return new TransactionColumns(names.get("customer"), names.get("timestamp"), names.get("amount"),
                names.get("quantity"), names.get("price"), names.get("invoice"));
    }

    // ---- small helpers

    static Path dataFile(DataSourceRef source, Path projectFile) {
        Path given = Path.of(source.path());
        if (given.isAbsolute() || projectFile != null) {
            return ProjectStore.resolve(source, projectFile);
        }
        return given.toAbsolutePath().normalize();
    }

    static String sha256(Path file) throws DataFileException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new DataFileException(file, "cannot be read to fingerprint it: " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String count(long n) {
        return String.format(Locale.US, "%,d", n);
    }

    private static String firstNonBlank(String... candidates) {
        for (String c : candidates) {
            if (c != null && !c.isBlank()) {
                return c.strip();
            }
        }
        return "";
    }
}
