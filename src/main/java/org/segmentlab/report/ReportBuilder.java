package org.segmentlab.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.segmentlab.Version;
import org.segmentlab.core.clv.ClvResult;
import org.segmentlab.core.Progress;
import org.segmentlab.core.data.DataFileException;
import org.segmentlab.core.predict.ModelKind;
import org.segmentlab.core.project.ClusteringRun;
import org.segmentlab.core.project.NamedSegment;
import org.segmentlab.core.project.PredictSettings;
import org.segmentlab.core.project.Project;
import org.segmentlab.core.project.ProjectFileException;
import org.segmentlab.core.project.ProjectStore;
import org.segmentlab.core.project.SavedClustering;
import org.segmentlab.core.project.SavedPrediction;
import org.segmentlab.core.project.SavedReadout;
import org.segmentlab.core.project.SavedRfm;
import org.segmentlab.core.project.SavedSources;
import org.segmentlab.core.segment.Prioritisation;
import org.segmentlab.core.track.TrackResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Works out what the stakeholder report says about a project: its segments (a kept clustering run,
 * else its RFM segments), the churn model where the project has one, and where to act first.
 */
public final class ReportBuilder {

    private static final Logger LOG = LoggerFactory.getLogger(ReportBuilder.class);
    private static final DateTimeFormatter DATE_LINE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    /** Logos larger than this are refused: the report is meant to be mailed. */
    static final long MAX_LOGO_BYTES = 2L << 20;

    private final ValueFits valueFits;

    /** A builder that fits the project's value model (if any) on every build. */
    public ReportBuilder() {
        this(new ValueFits());
    }

    /**
     * A builder that takes the project's value model from {@code valueFits}, which fits it again only
     * when its settings or transactions change: for reports built again and again.
     */
    public ReportBuilder(ValueFits valueFits) {
        this.valueFits = java.util.Objects.requireNonNull(valueFits);
    }

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
        return build(new SavedSources(project, projectFile), options, today, progress);
    }

    /** The same, reading the project's data through {@code sources} (which may hold tables read before). */
    public ReportModel build(SavedSources sources, ReportOptions options, LocalDate today, Progress progress)
            throws DataFileException {
        Project project = sources.project();
        ReportModel.Logo logo = logo(options.logo());
        String runId = options.runId() != null ? options.runId() : defaultRunId(project);
        boolean rfmRun = NamedSegment.RFM_RUN.equals(runId);
        boolean campaignRun = NamedSegment.CAMPAIGN_RUN.equals(runId);
        Optional<ClusteringRun> run = rfmRun || campaignRun ? Optional.empty()
                : SavedClustering.chosenRun(project, runId);
        if (!rfmRun && !campaignRun && run.isEmpty()) {
            throw new IllegalArgumentException(project.name() + ": no kept clustering run '" + runId + "'");
        }
        boolean withModel = project.settings().predict() != null;
        Progress segmenting = progress.slice(0, withModel ? 0.6 : 0.95);
        Findings findings;
        // the campaign read out by its own segment column, when those are the report's segments: read once
        // for the segments and for "Did the campaign work"
        SavedReadout.Result campaignSegments = null;
        if (run.isPresent()) {
            findings = ClusteringFindings.find(sources, run.get(), segmenting);
        } else if (campaignRun) {
            campaignSegments = CampaignSegmentFindings.readOut(sources, segmenting);
            findings = CampaignSegmentFindings.find(sources, campaignSegments);
        } else {
            findings = RfmFindings.find(sources, segmenting);
        }

        List<String> notes = new ArrayList<>(findings.qualityNotes());
        List<ReportModel.FileHash> files = new ArrayList<>(findings.files());
        List<String> settings = new ArrayList<>(findings.settings());
        List<ReportModel.SegmentEntry> segments = findings.segments();
        ReportModel.ModelSummary modelSummary = null;
        double[] scores = null;
        List<String> drivers = null;
        double[] pAlive = null;
        double[] clv = null;
        ReportModel.Lifetime lifetime = null;
        if (withModel) {
            try {
                Optional<SavedPrediction.Prediction> prediction = new SavedPrediction().replay(sources,
                        progress.slice(0.6, 0.95));
                if (prediction.isPresent()) {
                    ModelFindings.Added added = ModelFindings.add(prediction.get(), findings);
                    modelSummary = added.summary();
                    segments = added.segments();
                    scores = added.scores();
                    drivers = added.drivers();
                    addModelLines(prediction.get(), sources, files, settings, notes);
                    if (added.summary().matched() < findings.customerIds().size()) {
                        notes.add(ReportText.count(findings.customerIds().size() - added.summary().matched())
                                + " segmented customers are not in the model's table and have no "
                                + added.summary().riskWord() + ".");
                    }
                }
            } catch (IllegalArgumentException e) {
                LOG.info("The model of {} could not be retrained: {}", project.name(), e.getMessage());
                notes.add("The project's model could not be trained again, so the report shows no scores: "
                        + e.getMessage());
            }
        }
        if (project.settings().clv() != null) {
            try {
                ClvResult value = valueFits.replay(sources, progress.slice(0.95, 0.97)).result();
                ValueFindings.Added added = ValueFindings.add(value, findings, segments);
                segments = added.segments();
                lifetime = ValueFindings.lifetime(value, findings, segments);
                pAlive = added.pAlive();
                clv = added.clv();
                settings.add(String.format(java.util.Locale.ROOT, "Value model: %s per %s and Gamma-Gamma, as of %s, "
                        + "CLV over %d days", value.purchaseModel().kind().label(),
                        value.purchaseModel().unit().name().toLowerCase(java.util.Locale.ROOT), value.summary().asOf(),
                        Math.round(added.horizonDays())));
                if (added.unmatched() > 0) {
                    notes.add(ReportText.count(added.unmatched()) + " segmented customers have no purchase the value "
                            + "model knows of, and no lifetime value.");
                }
            } catch (IllegalArgumentException e) {
                LOG.info("The value model of {} could not be fitted again: {}", project.name(), e.getMessage());
                notes.add("The project's value model could not be fitted again, so the report shows no lifetime "
                        + "value: " + e.getMessage());
            }
        }
        TrackResult movement = null;
        if (project.settings().track() != null) {
            try {
                movement = MovementFindings.find(sources, project.settings().track(), progress.slice(0.95, 0.99));
                notes.addAll(movement.warnings());
            } catch (IllegalArgumentException e) {
                LOG.info("The segments of {} could not be tracked over time: {}", project.name(), e.getMessage());
                notes.add("How the segments move could not be worked out: " + e.getMessage());
            }
        }
        ReportModel.Campaign campaign = campaign(sources, findings, campaignSegments, notes, progress.slice(0.99, 1));
        if (campaign != null) {
            segments = campaignSuggestions(segments, campaign.readout());
        }
        if (notes.isEmpty()) {
            notes.add("Every line of the data was used.");
        }

        List<ReportModel.SegmentEntry> populated = segments.stream().filter(s -> s.customers() > 0).toList();
        List<ReportModel.Priority> priorities = priorities(populated, lifetime != null);
        ReportModel.CustomerList customers = customers(findings, segments, scores, drivers, pAlive, clv);

        String title = firstNonBlank(options.title(), project.name());
        String author = firstNonBlank(options.author(), "");
        // the line under the title says which segments these are, whatever the title says
        String kindLine = switch (findings.kind()) {
            case RFM -> "RFM segments";
            case CLUSTERING -> "Clustered segments";
            case CAMPAIGN -> "Campaign segments";
        };
        ReportModel model = new ReportModel(title, author, kindLine + " \u00b7 prepared " + DATE_LINE.format(today), logo,
                options.sections(), findings.kind(), question(findings, modelSummary), findings.facts(),
                findings.dataLine(), findings.method(), findings.matrix(), segments, priorities,
                populated.isEmpty() ? 0 : Prioritisation.threshold(populated.size()), findings.sweep(), modelSummary,
                notes, new ReportModel.Reproducibility(files, settings, project.seed(), Version.current()),
                findings.rfm(), customers, movement, campaign, lifetime);
        progress.update(1, "Report ready");
        return model;
    }

    /**
     * The segments a report of the project shows when it names none: the project's chosen (else latest)
     * clustering run, else its RFM segments, else (with no transactions) its campaign's segments.
     */
    public static String defaultRunId(Project project) {
        return SavedClustering.chosenRun(project, null).map(ClusteringRun::id)
                .orElse(SavedRfm.source(project).isEmpty() && CampaignSegmentFindings.readout(project).isPresent()
                        ? NamedSegment.CAMPAIGN_RUN : NamedSegment.RFM_RUN);
    }

    /**
     * The segment column of the project's campaign readout when the report can take its segments from
     * it (a readout by a column of its results file, with customer ids); empty otherwise.
     */
    public static Optional<String> campaignSegmentColumn(Project project) {
        return CampaignSegmentFindings.readout(project).map(s -> s.by());
    }

    private static String question(Findings findings, ReportModel.ModelSummary model) {
        if (model == null) {
            return findings.question();
        }
        return findings.question().substring(0, findings.question().length() - 1) + ", and which customers are "
                + (model.riskWord().equals("churn risk") ? "most likely to leave?" : "most likely to respond?");
    }

    /**
     * "Did the campaign work": the readout the project keeps (the Campaigns step), read out again; by the
     * report's own segments when the readout joins the project's segments. Null when the project keeps none
     * or its results cannot be read (said in the notes; the rest of the report does not depend on it).
     *
     * @param readOut the campaign already read out (its segments are the report's); null to read it out here
     */
    /** Each segmented customer's segment name, by customer id: the report's segments, for the readout to join. */
    private static java.util.Map<String, String> segmentOf(Findings findings) {
        java.util.Map<Integer, String> names = new java.util.HashMap<>();
        for (ReportModel.SegmentEntry e : findings.segments()) {
            names.put(e.id(), e.name());
        }
        java.util.Map<String, String> segmentOf = new java.util.HashMap<>();
        for (int i = 0; i < findings.customerIds().size(); i++) {
            String name = names.get(findings.segmentOf()[i]);
            if (name != null) {
                segmentOf.put(findings.customerIds().get(i), name);
            }
        }
        return segmentOf;
    }

    private static ReportModel.Campaign campaign(SavedSources sources, Findings findings,
                                                 SavedReadout.Result readOut, List<String> notes, Progress progress) {
        org.segmentlab.core.project.CampaignSettings settings = sources.project().settings().campaign();
        if (settings == null || settings.readout() == null) {
            return null;
        }
        org.segmentlab.core.project.CampaignSettings.ReadoutSettings s = settings.readout();
        try {
            SavedReadout.Result result = readOut != null ? readOut
                    : SavedReadout.run(sources, segmentOf(findings), progress).orElseThrow();
            List<String> said = new ArrayList<>();
            for (String note : concat(result.notes(), result.readout().warnings())) {
                said.add(Character.toUpperCase(note.charAt(0)) + note.substring(1) + (note.endsWith(".") ? "" : "."));
            }
            String by = s.holdout() != null ? "the holdout drawn on " + s.holdout()
                    : s.segments() != null ? "the report's segments, by customer id"
                    : s.by() != null ? "'" + s.by() + "'" : "no segments";
            String setup = String.format(java.util.Locale.ROOT, "%s: '%s' = %s against %s, outcome '%s'%s, segments "
                    + "from %s, %d%% intervals", java.nio.file.Path.of(s.results()).getFileName(), s.group(),
                    s.treatment(), s.control(), s.outcome(), s.revenue() == null ? "" : ", revenue '" + s.revenue()
                    + "'", by, Math.round(100 * s.confidence()));
            return new ReportModel.Campaign(org.segmentlab.core.campaign.ReadoutReading.of(result.readout(),
                    s.treatment(), s.control()), result.readout(), said, setup);
        } catch (IllegalArgumentException | DataFileException e) {
            LOG.info("The campaign of {} could not be read out again: {}", sources.project().name(), e.getMessage());
            notes.add("The project's campaign could not be read out again, so the report does not say whether it "
                    + "worked: " + e.getMessage());
            return null;
        }
    }

    /**
     * Where the campaign clearly helped or hurt a segment and nobody wrote its action, the suggestion
     * follows the campaign's result rather than the segment's profile: the evidence of a test outweighs a
     * guess from averages. An action the analyst wrote stays.
     */
    private static List<ReportModel.SegmentEntry> campaignSuggestions(List<ReportModel.SegmentEntry> segments,
                                                                      org.segmentlab.core.campaign.CampaignReadout readout) {
        List<ReportModel.SegmentEntry> out = new ArrayList<>(segments.size());
        for (ReportModel.SegmentEntry s : segments) {
            boolean suggested = s.action().isBlank()
                    || org.segmentlab.core.segment.cluster.ActionSuggester.isSuggestion(s.action());
            out.add(suggested ? org.segmentlab.core.campaign.ReadoutReading.nextStep(readout, s.name())
                    .map(step -> s.withAction(org.segmentlab.core.segment.cluster.ActionSuggester.PREFIX + step))
                    .orElse(s) : s);
        }
        return out;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** @param valued whether the project has a value model, whose CLV is then the value potential */
    private static List<ReportModel.Priority> priorities(List<ReportModel.SegmentEntry> populated, boolean valued) {
        if (populated.isEmpty()) {
            return List.of();
        }
        List<Prioritisation.Candidate> candidates = new ArrayList<>();
        for (ReportModel.SegmentEntry s : populated) {
            candidates.add(new Prioritisation.Candidate(s.name(), s.customers(), s.potentialPerCustomer(valued),
                    s.ease()));
        }
        List<ReportModel.Priority> out = new ArrayList<>();
        for (Prioritisation.Placement p : Prioritisation.place(candidates)) {
            ReportModel.SegmentEntry s = populated.get(candidates.indexOf(p.segment()));
            out.add(new ReportModel.Priority(s.colour(), s.name(), s.customers(), s.ease(), s.easeScored(),
                    p.potentialShare(), p.quadrant(), p.rank(), s.action()));
        }
        return out;
    }

    private static ReportModel.CustomerList customers(Findings findings, List<ReportModel.SegmentEntry> segments,
                                                      double[] scores, List<String> drivers, double[] pAlive,
                                                      double[] clv) {
        java.util.Map<Integer, String> nameOf = new java.util.HashMap<>();
        segments.forEach(s -> nameOf.put(s.id(), s.name()));
        List<String> names = new ArrayList<>();
        for (int id : findings.segmentOf()) {
            names.add(nameOf.getOrDefault(id, ""));
        }
        return new ReportModel.CustomerList(findings.customerIds(), findings.segmentOf(), names, findings.measures(),
                findings.values(), scores, drivers, pAlive, clv);
    }

    private static void addModelLines(SavedPrediction.Prediction p, SavedSources sources,
                                      List<ReportModel.FileHash> files, List<String> settings, List<String> notes)
            throws DataFileException {
        List<String> names = new ArrayList<>();
        for (org.segmentlab.core.project.DataSourceRef source : p.sourcesRead()) {
            Path file = sources.file(source);
            String name = file.getFileName().toString();
            names.add(name);
            if (files.stream().noneMatch(f -> f.name().equals(name))) {
                files.add(new ReportModel.FileHash(name, ReportText.sha256(source, file)));
            }
        }
        PredictSettings s = p.settings();
        ModelKind kind = p.training().model().kind();
        String on = p.onCustomerTable() ? "the customer table (" + String.join(", ", names) + ")"
                : String.join(", ", names);
        settings.add("Model: " + kind.cliName() + " on " + on + ", outcome " + p.outcome() + ", features "
                + String.join(", ", p.features()));
        settings.add("Model split: " + (s.split() == null ? "stratified:0.2" : s.split()) + ", seed "
                + p.training().params().seed());
        if (p.explainedRows().length < p.input().rowCount()) {
            notes.add("Drivers were computed for " + ReportText.count(p.explainedRows().length) + " of "
                    + ReportText.count(p.input().rowCount()) + " scored customers, spread evenly.");
        }
        for (String note : p.notes()) {
            notes.add("Model: " + note);
        }
        for (String note : p.training().notes()) {
            notes.add("Model: " + note);
        }
        for (org.segmentlab.core.predict.ModelWarning warning : p.training().warnings()) {
            notes.add("Model: " + warning.message());
        }
    }

    /** The logo's bytes, checked to be a PNG or JPEG image of a mailable size. */
    static ReportModel.Logo logo(Path file) throws DataFileException {
        if (file == null) {
            return null;
        }
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_LOGO_BYTES) {
                throw new DataFileException(file, "is larger than 2 MB; use a smaller logo");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new DataFileException(file, "the logo cannot be read: " + e.getMessage(), e);
        }
        if (bytes.length > 8 && (bytes[0] & 0xff) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G') {
            return new ReportModel.Logo(bytes, "image/png");
        }
        if (bytes.length > 3 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xD8) {
            return new ReportModel.Logo(bytes, "image/jpeg");
        }
        throw new DataFileException(file, "the logo must be a PNG or JPEG image");
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
