package org.segmentlab.ui.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmentlab.cli.SegmentLabCli;
import org.segmentlab.core.Progress;
import org.segmentlab.core.campaign.CampaignOutcomes;
import org.segmentlab.core.campaign.CampaignReadout;
import org.segmentlab.core.campaign.CampaignReadouts;
import org.segmentlab.core.campaign.ReadoutParams;
import org.segmentlab.core.campaign.SegmentReadout;
import org.segmentlab.core.campaign.UpliftTarget;
import org.segmentlab.core.predict.ModelKind;
import org.segmentlab.core.project.CampaignSettings;
import org.segmentlab.core.project.Project;
import org.segmentlab.core.project.ProjectCustomers;
import org.segmentlab.core.project.ProjectSettings;
import org.segmentlab.core.project.ProjectStore;
import org.segmentlab.core.project.SavedReadout;
import org.segmentlab.testing.SharedDatasets;
import org.segmentlab.ui.common.StepColumns;
import org.segmentlab.ui.data.DataReader;
import org.segmentlab.ui.data.DataViewModel;
import org.segmentlab.ui.segment.cluster.ProjectSettingsAccess;
import org.segmentlab.ui.task.BackgroundTask;
import org.segmentlab.ui.task.TaskHandle;
import org.segmentlab.ui.task.TaskRunner;
import org.segmentlab.ui.testing.DirectTaskRunner;
import org.segmentlab.ui.testing.HeldTaskRunner;
import org.segmentlab.ui.testing.RecordingDialogs;

/**
 * The Campaigns step reads a campaign out as {@code segmentlab abtest} does (compared through the
 * command's readout.csv, an independent path), keeps what it ran in the project and restores it, joins
 * the project's segments by customer id saying who has none, and drops a cancelled run.
 */
class CampaignViewModelTest {

    private static final Path EMAIL = Path.of("sample-projects/email-campaign/email-campaign.slproj.json");

    @TempDir
    Path dir;

    private final DirectTaskRunner tasks = new DirectTaskRunner();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final DataViewModel data = new DataViewModel(DataReader.tableImporter(), tasks, dialogs);

    private static ProjectSettingsAccess settingsOf(ProjectSettings start) {
        ProjectSettings[] held = {start};
        return ProjectSettingsAccess.of(() -> held[0], change -> held[0] = change.apply(held[0]));
    }

    /** The readout reads a results file, so a database table of the project is not offered as the results. */
    @Test
    void aDatabaseTableOfTheProjectIsNotOfferedAsTheCampaignsResults() throws Exception {
        Project sample = new ProjectStore().load(EMAIL);
        java.util.List<org.segmentlab.core.project.DataSourceRef> refs = new java.util.ArrayList<>(sample.sources());
        refs.add(new org.segmentlab.core.project.DataSourceRef("warehouse", org.segmentlab.core.project.SourceKind.CUSTOMERS,
                null, sample.sources().get(0).options(), null, new org.segmentlab.core.project.DatabaseRef(
                "jdbc:duckdb:" + dir.resolve("none.duckdb"), "campaign_results", null, null, null, null)));
        data.replaceSources(refs, null);
        assertThat(data.sources()).extracting(org.segmentlab.ui.data.DataSource::id).contains("warehouse");
        CampaignViewModel model = new CampaignViewModel(data, settingsOf(sample.settings()), () -> EMAIL,
                new StepColumns(), tasks, dialogs);

        assertThat(model.resultsChoices()).isNotEmpty()
                .allSatisfy(r -> assertThat(r.source() == null || r.source().database() == null).isTrue());
        assertThat(model.resultsChoices()).extracting(r -> r.source() == null ? "" : r.source().id())
                .doesNotContain("warehouse").contains("campaign");
    }

    @Test
    void theEmailCampaignReadsOutAsTheAbtestCommandAndItsSettingsAreKeptAndRestored() throws Exception {
        Project sample = new ProjectStore().load(EMAIL);
        data.replaceSources(sample.sources(), null);
        ProjectSettingsAccess project = settingsOf(sample.settings());
        CampaignViewModel model = new CampaignViewModel(data, project, () -> EMAIL, new StepColumns(), tasks, dialogs);

        // restored from the sample's readout settings
        assertThat(model.resultsProperty().get().source().id()).isEqualTo("campaign");
        assertThat(model.groupProperty().get()).isEqualTo("group");
        assertThat(model.groupValues()).containsExactly("email", "holdout");
        assertThat(model.treatmentProperty().get()).isEqualTo("email");
        assertThat(model.controlProperty().get()).isEqualTo("holdout");
        assertThat(model.outcomeProperty().get()).isEqualTo("converted");
        assertThat(model.revenueProperty().get()).isEqualTo("revenue");
        assertThat(model.segmentationProperty().get().kind()).isEqualTo(CampaignViewModel.SegmentationKind.COLUMN);
        assertThat(model.segmentationProperty().get().key()).isEqualTo("segment");

        model.upliftWantedProperty().set(true);
        model.featureProperty("segment").set(false);
        model.seedProperty().set(7);
        model.run();

        assertThat(dialogs.shown()).isEmpty();
        CampaignReadout readout = model.readout();
        assertThat(readout).isNotNull();
        assertSameAsCommand(readout, "--input", "sample-projects/email-campaign/campaign.csv", "--group", "group",
                "--treatment", "email", "--control", "holdout", "--outcome", "converted", "--revenue", "revenue",
                "--by", "segment");
        // the sample's guide: +1.49 points (0.82 to 2.16); the e-mail hurts the inbox-fatigued
        assertThat(model.readingProperty().get()).isEqualTo("The campaign (email against holdout) lifted conversion by "
                + "1.49 points (0.82 to 2.16) overall. The lift is clear in 2 of 5 segments (Lapsing customers, Loyal "
                + "regulars). Conversion clearly fell in Inbox fatigued (-3.76 points, -4.94 to -2.64). No clear "
                + "effect in Deal seekers, New customers.");
        assertThat(model.sampleRatioWarningProperty().get()).as("9,953 against 10,047 is chance").isNull();

        // the uplift model and who to target next: every customer ranked, the top 10% listed with segments
        assertThat(model.uplift()).isNotNull();
        assertThat(model.uplift().params().seed()).isEqualTo(7);
        assertThat(model.uplift().test().deciles()).hasSize(10);
        List<UpliftTarget> top = model.targetsToExport();
        assertThat(top).hasSize(2_000);
        assertThat(model.targets()).hasSize(CampaignViewModel.TARGETS_SHOWN);
        for (int i = 1; i < top.size(); i++) {
            assertThat(top.get(i).uplift()).isLessThanOrEqualTo(top.get(i - 1).uplift());
        }
        Map<String, String> segmentOfId = segmentsOf(Path.of("sample-projects/email-campaign/campaign.csv"));
        assertThat(top).allSatisfy(t -> assertThat(t.segment()).isEqualTo(segmentOfId.get(t.customerId())));
                // the e-mail was planted to lower conversion among the inbox-fatigued: none of them is worth targeting
        assertThat(top).noneMatch(t -> t.segment().equals("Inbox fatigued"));
        Path exported = dir.resolve("targets.csv");
        dialogs.saveWillChoose(exported);
        model.exportTargets();
        List<String> lines = Files.readAllLines(exported);
        assertThat(lines.get(0)).isEqualTo("rank,customer_id,segment,uplift,p_treated,p_control");
        assertThat(lines).hasSize(2_001);
        assertThat(lines.get(1)).startsWith("1," + top.get(0).customerId() + "," + top.get(0).segment() + ",");

        // the planner starts from the control's rate and gives the textbook size
        assertThat(model.plannerBaselineProperty().get()).isEqualTo(
                Math.round(10_000.0 * readout.overall().convertedControl() / readout.overall().control()) / 100.0)
                .isEqualTo(5.48);
        model.plannerBaselineProperty().set(5);
        model.plannerLiftProperty().set(1);
        // n = (1.959964·√(2·0.055·0.945) + 0.841621·√(0.05·0.95 + 0.06·0.94))² / 0.01² = 8,157.7 per arm
        assertThat(model.planProperty().get()).contains("8,158 customers per arm, 16,316 customers in all");
        assertThat(model.planRows()).hasSize(6);
        assertThat(model.planRows().get(0).segment()).isEqualTo("All");

        // kept in the project: the report replays the same readout
        CampaignSettings.ReadoutSettings saved = project.settings().campaign().readout();
        assertThat(saved.results()).isEqualTo("campaign.csv");
        assertThat(saved.source()).isEqualTo("campaign");
        assertThat(saved.by()).isEqualTo("segment");
        assertThat(saved.uplift().model()).isEqualTo("logistic");
        assertThat(saved.uplift().seed()).isEqualTo(7);
        assertThat(saved.uplift().features()).doesNotContain("segment", "group", "converted", "revenue",
                "customer_id").contains("recency_days");
        CampaignReadout replayed = SavedReadout.run(sample.withSettings(project.settings()), EMAIL, Progress.none())
                .orElseThrow().readout();
        assertThat(replayed).isEqualTo(readout);

        // a new session of the same project comes back as it was left
        model.modelKindProperty().set(ModelKind.FOREST);
        CampaignViewModel again = new CampaignViewModel(data, project, () -> EMAIL, new StepColumns(), tasks, dialogs);
        assertThat(again.upliftWantedProperty().get()).isTrue();
        assertThat(again.modelKindProperty().get()).isEqualTo(ModelKind.LOGISTIC);
        assertThat(again.seedProperty().get()).isEqualTo(7);
        assertThat(again.featureProperty("segment").get()).isFalse();
        assertThat(again.featureProperty("recency_days").get()).isTrue();
        assertThat(again.segmentationProperty().get().key()).isEqualTo("segment");
        // the saved readout is shown again as its results arrive; the uplift model waits for Run
        assertThat(again.readout()).isEqualTo(readout);
        assertThat(again.readingProperty().get()).isEqualTo(model.readingProperty().get());
        assertThat(again.uplift()).isNull();
        assertThat(again.targets()).isEmpty();
        assertThat(again.statusProperty().get()).endsWith("Run to fit the uplift model again.");
        assertThat(project.settings().campaign().readout()).as("showing it again changes nothing saved")
                .isSameAs(saved);
        assertThat(dialogs.shown()).as("only the export's").hasSize(1);
    }

    @Test
    void theSavedReadoutIsShownAgainInTheBackgroundOnlyOnceItsResultsAreReadAndOnlyOnce() throws Exception {
        Project sample = new ProjectStore().load(EMAIL);
        HeldTaskRunner held = new HeldTaskRunner();
        DataViewModel loading = new DataViewModel(DataReader.tableImporter(), held, dialogs);
        loading.replaceSources(sample.sources(), null);
        ProjectSettingsAccess project = settingsOf(sample.settings());
        CampaignViewModel model = new CampaignViewModel(loading, project, () -> EMAIL, new StepColumns(), held,
                dialogs);
        assertThat(model.readout()).isNull();
        assertThat(model.runningProperty().get()).isFalse();

        // the source is read: the readout starts, in the background
        int reads = held.started();
        assertThat(reads).isPositive();
        for (int i = 0; i < reads; i++) {
            held.finish(i);
        }
        assertThat(held.started()).isEqualTo(reads + 1);
        assertThat(model.runningProperty().get()).isTrue();
        assertThat(model.readout()).isNull();
        held.finish(reads);

        assertThat(model.readout()).isNotNull();
        assertThat(model.readout().segments()).hasSize(5);
        assertThat(model.uplift()).as("the sample keeps no uplift model").isNull();
        assertThat(model.runningProperty().get()).isFalse();
        assertThat(project.settings()).isEqualTo(sample.settings());

        // the same project's sources read again (a reload) start no second replay
        loading.replaceSources(sample.sources(), null);
        for (int i = reads + 1; i < held.started(); i++) {
            held.finish(i);
        }
        assertThat(held.started()).isEqualTo(reads + 1 + reads);
        assertThat(dialogs.shown()).isEmpty();
    }

    @Test
    void theSavedSegmentationIsChosenOnceTheResultsAreReadEvenWhileTheListBoxShowsTheChoices() throws Exception {
        Project sample = new ProjectStore().load(EMAIL);
        HeldTaskRunner held = new HeldTaskRunner();
        DataViewModel loading = new DataViewModel(DataReader.tableImporter(), held, dialogs);
        loading.replaceSources(sample.sources(), null);
        StepColumns stepColumns = new StepColumns();
        CampaignViewModel model = new CampaignViewModel(loading, settingsOf(sample.settings()), () -> EMAIL,
                stepColumns, held, dialogs);
        // before the results are read there is nothing but "Everyone together" to choose
        assertThat(model.segmentationProperty().get().kind()).isEqualTo(CampaignViewModel.SegmentationKind.NONE);
        // as the step's list box does when its items are replaced (the step shown while the project opens):
        // its value goes to null, then to the item at the index it had
        model.segmentations().addListener((javafx.collections.ListChangeListener<CampaignViewModel.Segmentation>)
                change -> {
                    model.segmentationProperty().set(null);
                    model.segmentationProperty().set(model.segmentations().get(0));
                });

        for (int i = 0; i < held.started(); i++) {
            held.finish(i);
        }

        assertThat(model.segmentationProperty().get().kind()).isEqualTo(CampaignViewModel.SegmentationKind.COLUMN);
        assertThat(model.segmentationProperty().get().key()).isEqualTo("segment");
        // a choice the user makes stays, over the saved one, when the choices are refreshed
        CampaignViewModel.Segmentation everyone = model.segmentations().get(0);
        model.segmentationProperty().set(everyone);
        stepColumns.put(StepColumns.Column.ofTexts("note", "a column of another step", "Test", Map.of("c1", "x")));
        assertThat(model.segmentationProperty().get()).isEqualTo(everyone);
    }

    @Test
    void aSavedReadoutThatNoLongerFitsItsResultsSaysSoInTheStatusWithoutADialog() throws Exception {
        Project sample = new ProjectStore().load(EMAIL);
        CampaignSettings campaign = sample.settings().campaign();
        CampaignSettings.ReadoutSettings r = campaign.readout();
        // an outcome column the results do not have
        CampaignSettings.ReadoutSettings broken = new CampaignSettings.ReadoutSettings(r.results(), r.group(),
                r.treatment(), r.control(), "bought", r.revenue(), r.by(), r.id(), r.confidence(), r.treatedShare(),
                r.segments(), r.holdout(), r.source(), r.uplift());
        data.replaceSources(sample.sources(), null);
        CampaignViewModel model = new CampaignViewModel(data, settingsOf(sample.settings()
                .withCampaign(campaign.withReadout(broken))), () -> EMAIL, new StepColumns(), tasks, dialogs);

        assertThat(model.readout()).isNull();
        assertThat(model.statusProperty().get()).startsWith("The saved readout could not be shown again: ")
                .contains("bought").endsWith("Check the settings, then Run.");
        assertThat(dialogs.shown()).isEmpty();
    }

    @Test
    void aNewProjectShowsNothingOfTheLastOne() throws Exception {
        Project sample = new ProjectStore().load(EMAIL);
        data.replaceSources(sample.sources(), null);
        CampaignViewModel model = new CampaignViewModel(data, settingsOf(sample.settings()), () -> EMAIL,
                new StepColumns(), tasks, dialogs);
        model.run();
        assertThat(model.readout()).isNotNull();

        // a new project: a new session builds the step anew on the new project's data and settings
        DataViewModel empty = new DataViewModel(DataReader.tableImporter(), tasks, dialogs);
        CampaignViewModel fresh = new CampaignViewModel(empty, ProjectSettingsAccess.inMemory(), () -> null,
                new StepColumns(), tasks, dialogs);
        assertThat(fresh.readout()).isNull();
        assertThat(fresh.uplift()).isNull();
        assertThat(fresh.resultsChoices()).isEmpty();
        assertThat(fresh.columns()).isEmpty();
        assertThat(fresh.groupProperty().get()).isNull();
        assertThat(fresh.readingProperty().get()).isEmpty();
        assertThat(fresh.targets()).isEmpty();
        assertThat(fresh.planRows()).isEmpty();
        fresh.run();
        assertThat(dialogs.shown()).singleElement().satisfies(d -> assertThat(d.message())
                .isEqualTo("Import the campaign's results in the Data step, or choose a file."));
    }

    @Test
    void theProjectsSegmentsAreJoinedByIdAndCustomersWithoutOneAreCountedAndSaid() throws Exception {
        Project sample = new ProjectStore().load(EMAIL);
        data.replaceSources(sample.sources(), null);
        Map<String, String> segmentOfId = segmentsOf(Path.of("sample-projects/email-campaign/campaign.csv"));
        // the project's segments: two made-up ones, every tenth customer in none
        Map<String, String> project = new HashMap<>();
        int without = 0;
        int k = 0;
        for (String id : new java.util.TreeSet<>(segmentOfId.keySet())) {
            if (k++ % 10 == 0) {
                without++;
            } else {
                project.put(id, segmentOfId.get(id).startsWith("L") ? "L-segments" : "Others");
            }
        }
        StepColumns columns = new StepColumns();
        columns.put(StepColumns.Column.ofTexts(ProjectCustomers.SEGMENT, ProjectCustomers.SEGMENT_DESCRIPTION,
                "Segments", project));
        ProjectSettingsAccess settings = settingsOf(ProjectSettings.EMPTY);
        CampaignViewModel model = new CampaignViewModel(data, settings, () -> EMAIL, columns, tasks, dialogs);
        assertThat(model.segmentationProperty().get().kind()).as("the project's segments come first")
                .isEqualTo(CampaignViewModel.SegmentationKind.PROJECT);
        assertThat(model.groupProperty().get()).isEqualTo("group");
        assertThat(model.treatmentProperty().get()).isEqualTo("email");
        assertThat(model.controlProperty().get()).isEqualTo("holdout");
        model.upliftWantedProperty().set(false);

        model.run();

        CampaignReadout r = model.readout();
        assertThat(r.customersWithoutSegment()).isEqualTo(without).isEqualTo(2_000);
        assertThat(r.segments()).extracting(SegmentReadout::segment).containsExactly("L-segments", "Others");
        int lTreated = 0;
        for (String id : project.keySet()) {
            lTreated += project.get(id).equals("L-segments") ? 1 : 0;
        }
        assertThat(r.segments().get(0).treated() + r.segments().get(0).control()).isEqualTo(lTreated);
        assertThat(model.notes()).contains("2,000 customers have no segment: they count in All only.");
        assertThat(settings.settings().campaign().readout().segments()).isEqualTo(ProjectCustomers.SEGMENT);
        assertThat(settings.settings().campaign().readout().by()).isNull();
        // the report replays it with the project's segments
        CampaignReadout replayed = SavedReadout.run(Project.named("p").withSettings(settings.settings())
                .withSource(sample.sources().get(0)), EMAIL, project, Progress.none()).orElseThrow().readout();
        assertThat(replayed).isEqualTo(r);
    }

    @Test
    void outcomesJoinTheHoldoutDrawnAtActivationWithNoFurtherSetUp() throws Exception {
        // the activation export of 2026-11-02: segment A 8 e-mailed and 2 held back, B 9 and 1
        Path activation = Files.createDirectories(dir.resolve("activation"));
        StringBuilder list = new StringBuilder("customer_id,segment_id,segment_name,group\n");
        StringBuilder outcomes = new StringBuilder("customer_id,converted\n");
        String[][] customers = new String[20][];
        for (int i = 0; i < 20; i++) {
            boolean a = i < 10;
            boolean control = a ? i >= 8 : i >= 19;
            // A: 4 of the 8 e-mailed converted, none of the 2 held back; B: 3 of 9 and the 1 held back
            boolean converted = a ? (!control && i < 4) : (control || i < 13);
            customers[i] = new String[] {"C" + (100 + i), a ? "1" : "2", a ? "A" : "B", control ? "control" : "treatment",
                converted ? "1" : "0"};
        }
        for (String[] c : customers) {
            list.append(c[0]).append(',').append(c[1]).append(',').append(c[2]).append(',').append(c[3]).append('\n');
        }
        for (int i = 19; i >= 0; i--) {
            outcomes.append(customers[i][0]).append(',').append(customers[i][4]).append('\n');
        }
        outcomes.append("X999,1\n");
        Files.writeString(activation.resolve("customers.csv"), list);
        Path results = Files.writeString(dir.resolve("outcomes.csv"), outcomes);
        Path projectFile = dir.resolve("shop.slproj.json");
        ProjectSettingsAccess project = settingsOf(ProjectSettings.EMPTY.withCampaign(CampaignSettings.EMPTY
                .withHoldout(new org.segmentlab.core.project.HoldoutRecord("2026-11-02", 0.1, 42, "rfm", "activation",
                        3, 17))));
        CampaignViewModel model = new CampaignViewModel(data, project, () -> projectFile, new StepColumns(), tasks,
                dialogs);
        assertThat(model.segmentationProperty().get().label()).isEqualTo("Holdout of 2026-11-02 (10% held back)");
        dialogs.openWillChoose(results);
        model.chooseFile();
        model.upliftWantedProperty().set(false);
        assertThat(model.groupProperty().get()).isEqualTo("group");
        assertThat(model.treatmentProperty().get()).isEqualTo("treatment");
        assertThat(model.controlProperty().get()).isEqualTo("control");
        assertThat(model.idColumnProperty().get()).isEqualTo("customer_id");

        model.run();

        assertThat(dialogs.errors()).isEmpty();
        CampaignReadout r = model.readout();
        assertThat(r.overall().treated()).isEqualTo(17);
        assertThat(r.overall().control()).isEqualTo(3);
        assertThat(r.overall().convertedTreated()).isEqualTo(7);
        assertThat(r.overall().convertedControl()).isEqualTo(1);
        assertThat(r.segments()).extracting(SegmentReadout::segment).containsExactly("A", "B");
        SegmentReadout a = r.segments().get(0);
        SegmentReadout b = r.segments().get(1);
        assertThat(List.of(a.treated(), a.control(), a.convertedTreated(), a.convertedControl()))
                .containsExactly(8, 2, 4, 0);
        assertThat(List.of(b.treated(), b.control(), b.convertedTreated(), b.convertedControl()))
                .containsExactly(9, 1, 3, 1);
        // the split meant is the holdout's: 90% e-mailed
        assertThat(r.params().treatedShare()).isEqualTo(0.9);
        assertThat(model.notes()).containsExactly("1 customer of the results is not in the activation list of "
                + "2026-11-02 and was left out.");
        assertThat(project.settings().campaign().readout().holdout()).isEqualTo("2026-11-02");
    }

    @Test
    void aCancelledRunShowsNothingAndFreesTheButtons() throws Exception {
        Project sample = new ProjectStore().load(EMAIL);
        data.replaceSources(sample.sources(), null);
        HeldTaskRunner held = new HeldTaskRunner();
        CampaignViewModel model = new CampaignViewModel(data, settingsOf(sample.settings()), () -> EMAIL,
                new StepColumns(), held, dialogs);

        model.run();
        assertThat(model.runningProperty().get()).isTrue();
        model.cancel();

        assertThat(model.runningProperty().get()).isFalse();
        // the saved readout's replay (overtaken by Run), then the run itself
        assertThat(held.started()).isEqualTo(2);
        assertThat(held.cancelled()).containsExactly(true, true);
        assertThat(model.statusProperty().get()).isEqualTo("Readout cancelled.");
        // the work finishes anyway in the background: what it found is dropped
        held.finishAllAsIfNotCancelled();
        assertThat(model.readout()).isNull();
        assertThat(model.readingProperty().get()).isEmpty();
        assertThat(model.runningProperty().get()).isFalse();
    }

    @Test
    void hillstromMensEmailAgainstNoEmailReadsOutAsThePublishedRates() throws Exception {
        Path file = SharedDatasets.require("hillstrom/hillstrom.csv");
        ProjectSettingsAccess project = ProjectSettingsAccess.inMemory();
        Path projectFile = dir.resolve("hillstrom.slproj.json");
        CampaignViewModel model = new CampaignViewModel(data, project, () -> projectFile, new StepColumns(), tasks,
                dialogs);
        dialogs.openWillChoose(file);
        model.chooseFile();
        assertThat(model.columns()).contains("segment", "conversion", "history_segment");
        model.groupProperty().set("segment");
        assertThat(model.groupValues()).containsExactly("Mens E-Mail", "No E-Mail", "Womens E-Mail");
        model.treatmentProperty().set("Mens E-Mail");
        model.controlProperty().set("No E-Mail");
        model.outcomeProperty().set("conversion");
        model.revenueProperty().set("spend");
        model.segmentationProperty().set(model.segmentations().stream()
                .filter(s -> "history_segment".equals(s.key())).findFirst().orElseThrow());
        model.upliftWantedProperty().set(false);

        model.run();

        assertThat(dialogs.errors()).isEmpty();
        CampaignReadout r = model.readout();
        assertThat(r.rows()).hasSize(8);
        // SOURCE.md: conversion 1.25% with the men's e-mail, 0.57% without
        assertThat(r.overall().rateTreated()).isCloseTo(0.0125, within(0.00005));
        assertThat(r.overall().rateControl()).isCloseTo(0.0057, within(0.00005));
        assertThat(r.overall().treated()).isEqualTo(21_307);
        assertThat(r.overall().control()).isEqualTo(21_306);
        assertSameAsCommand(r, "--input", file.toString(), "--group", "segment", "--treatment", "Mens E-Mail",
                "--control", "No E-Mail", "--outcome", "conversion", "--revenue", "spend", "--by", "history_segment");
        // most spend bands gain: the one that does not is named, not the six that do
        assertThat(model.readingProperty().get()).isEqualTo("The campaign (Mens E-Mail against No E-Mail) lifted "
                + "conversion by 0.68 points (0.50 to 0.86) overall. The lift is clear in 6 of 7 segments. No clear "
                + "effect in 7) $1,000 +.");
        assertThat(model.notes()).contains("21,387 rows whose 'segment' is neither 'Mens E-Mail' nor 'No E-Mail' "
                + "were left out.");

        // a file outside the project is kept by its path and read again when the readout is run
        assertThat(project.settings().campaign().readout().results()).isEqualTo(file.toAbsolutePath().normalize()
                .toString());
        assertThat(project.settings().campaign().readout().source()).isNull();
        CampaignViewModel again = new CampaignViewModel(data, project, () -> projectFile, new StepColumns(), tasks,
                dialogs);
        assertThat(again.resultsProperty().get().file()).isEqualTo(file.toAbsolutePath().normalize());
        assertThat(again.treatmentProperty().get()).isEqualTo("Mens E-Mail");
        again.run();
        assertThat(dialogs.shown()).isEmpty();
        assertThat(again.readout()).as(again.statusProperty().get()).isEqualTo(r);
        assertThat(again.segmentationProperty().get().key()).isEqualTo("history_segment");
    }

    @Test
    void theReadingOfAHandMadeReadout() {
        // Newcombe (1998), Table II, example (a): 56/70 against 48/80, hybrid score interval 0.0524 to 0.3339
        CampaignReadout one = readout(new int[][] {{56, 70, 48, 80}}, null);
        assertThat(org.segmentlab.core.campaign.ReadoutReading.of(one, "mail", "none"))
                .isEqualTo("The campaign (mail against none) lifted conversion by 20.00 points (5.24 to 33.39) "
                        + "overall.");
        // A clearly lifted, B no difference at all, C clearly lowered
        CampaignReadout three = readout(new int[][] {{560, 700, 480, 800}, {5, 10, 5, 10}, {100, 1000, 300, 1000}},
                new String[] {"A", "B", "C"});
        String reading = org.segmentlab.core.campaign.ReadoutReading.of(three, "mail", "none");
        assertThat(reading).endsWith("The lift is clear in 1 of 3 segments (A). Conversion clearly fell in C "
                + "(-20.00 points, " + String.format(java.util.Locale.ROOT, "%.2f to %.2f",
                100 * three.rows().get(3).difference().low(), 100 * three.rows().get(3).difference().high())
                + "). No clear effect in B.");
        assertThat(three.rows().get(3).difference().high()).isNegative();
        // one segment in words, for its card in a report, and the next step where the effect is clear
        org.segmentlab.core.campaign.Interval a = three.rows().get(1).difference();
        org.segmentlab.core.campaign.Interval b = three.rows().get(2).difference();
        org.segmentlab.core.campaign.Interval c = three.rows().get(3).difference();
        assertThat(org.segmentlab.core.campaign.ReadoutReading.ofSegment(three, "A")).hasValue(String.format(
                java.util.Locale.ROOT, "The campaign lifted conversion by 20.00 points (%.2f to %.2f).",
                100 * a.low(), 100 * a.high()));
        assertThat(org.segmentlab.core.campaign.ReadoutReading.ofSegment(three, "B")).hasValue(String.format(
                java.util.Locale.ROOT, "No clear effect on conversion: +0.00 points (%.2f to %.2f).",
                100 * b.low(), 100 * b.high()));
        assertThat(org.segmentlab.core.campaign.ReadoutReading.nextStep(three, "C")).hasValue(String.format(
                java.util.Locale.ROOT, "leave them out of the next send: the campaign lowered their conversion by "
                        + "20.00 points (%.2f to %.2f).", 100 * c.low(), 100 * c.high()));
        assertThat(org.segmentlab.core.campaign.ReadoutReading.nextStep(three, "A")).get().asString()
                .startsWith("keep them in the next send: the campaign lifted their conversion by 20.00 points");
        assertThat(org.segmentlab.core.campaign.ReadoutReading.nextStep(three, "B")).isEmpty();
        assertThat(org.segmentlab.core.campaign.ReadoutReading.ofSegment(three, "D")).isEmpty();
        assertThat(CampaignViewModel.tip(three.rows().get(1), 0.95)).isEqualTo(String.format(
                "A%n700 treated, 800 control%nConversion 80.00%% treated, 60.00%% control%n"
                        + "Difference +20.00 points (95%% interval %+.2f to %+.2f)%np = < 0.0001, Holm p = < 0.0001",
                100 * three.rows().get(1).difference().low(), 100 * three.rows().get(1).difference().high()));
    }

    @Test
    void aSampleRatioMismatchIsSaidInWords() {
        // 5,300 against 4,700 of an even split: chi-square (300² / 5,000) × 2 = 36, p ≈ 2.0e-9
        CampaignReadout r = readout(new int[][] {{530, 5300, 470, 4700}}, null);
        assertThat(CampaignViewModel.sampleRatioText(r.sampleRatio())).isEqualTo("The arms are not the sizes the "
                + "split meant: 5,300 treated and 4,700 in the control (53.0% treated, 50% intended; chi-square 36.0, "
                + "p = 2.0e-09). Check how customers were assigned before trusting the readout.");
        assertThat(CampaignViewModel.sampleRatioText(readout(new int[][] {{50, 500, 47, 510}}, null)
                .sampleRatio())).isNull();
    }

    /** Customers of each cell {convertedTreated, treated, convertedControl, control}, one cell per segment. */
    private static CampaignReadout readout(int[][] cells, String[] names) {
        List<String> ids = new ArrayList<>();
        List<Boolean> treated = new ArrayList<>();
        List<Integer> converted = new ArrayList<>();
        List<String> segments = new ArrayList<>();
        for (int s = 0; s < cells.length; s++) {
            int[] c = cells[s];
            for (int i = 0; i < c[1]; i++) {
                ids.add(ids.size() + 1 + "");
                treated.add(true);
                converted.add(i < c[0] ? 1 : 0);
                segments.add(names == null ? null : names[s]);
            }
            for (int i = 0; i < c[3]; i++) {
                ids.add(ids.size() + 1 + "");
                treated.add(false);
                converted.add(i < c[2] ? 1 : 0);
                segments.add(names == null ? null : names[s]);
            }
        }
        boolean[] t = new boolean[ids.size()];
        int[] y = new int[ids.size()];
        for (int i = 0; i < t.length; i++) {
            t[i] = treated.get(i);
            y[i] = converted.get(i);
        }
        CampaignOutcomes outcomes = new CampaignOutcomes(ids, t, y, null,
                names == null ? null : segments.toArray(new String[0]));
        return new CampaignReadouts().read(outcomes, ReadoutParams.defaults(), Progress.none());
    }

    /** Runs {@code segmentlab abtest} with these options and compares its readout.csv with the step's, row by row. */
    private void assertSameAsCommand(CampaignReadout readout, String... options) throws Exception {
        Path out = dir.resolve("readout-" + System.nanoTime() + ".csv");
        List<String> args = new ArrayList<>(List.of("abtest"));
        args.addAll(List.of(options));
        args.addAll(List.of("--out", out.toString()));
        StringWriter err = new StringWriter();
        int code = SegmentLabCli.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true),
                args.toArray(new String[0]));
        assertThat(code).as(err.toString()).isZero();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(readout.rows().size() + 1);
        for (int i = 0; i < readout.rows().size(); i++) {
            SegmentReadout r = readout.rows().get(i);
            String[] split = lines.get(i + 1).split(",", -1);
            // the segment may hold commas (quoted); the 14 numbers after it never do
            String[] cells = new String[15];
            System.arraycopy(split, split.length - 14, cells, 1, 14);
            String name = String.join(",", java.util.Arrays.copyOf(split, split.length - 14));
            cells[0] = name.startsWith("\"") ? name.substring(1, name.length() - 1).replace("\"\"", "\"") : name;
            assertThat(cells[0]).isEqualTo(r.segment());
            assertThat(Integer.parseInt(cells[1])).isEqualTo(r.treated());
            assertThat(Integer.parseInt(cells[2])).isEqualTo(r.control());
            double[] expected = {r.rateTreated(), r.rateControl(), r.difference().estimate(), r.difference().low(),
                r.difference().high(), r.relativeLift(), r.incrementalConversions(), r.pValue(), r.pValueHolm(),
                r.revenueDifference().estimate(), r.revenueDifference().low(), r.revenueDifference().high()};
            for (int c = 0; c < expected.length; c++) {
                assertThat(Double.parseDouble(cells[3 + c])).as("%s, column %d", r.segment(), 3 + c)
                        .isEqualTo(expected[c]);
            }
        }
    }

    private static Map<String, String> segmentsOf(Path campaign) throws Exception {
        Map<String, String> map = new HashMap<>();
        List<String> lines = Files.readAllLines(campaign);
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            map.put(cells[0], cells[1]);
        }
        return map;
    }

}
