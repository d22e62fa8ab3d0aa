package org.segmentlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.segmentlab.core.Progress;
import org.segmentlab.core.campaign.CampaignColumns;
import org.segmentlab.core.campaign.CampaignTable;
import org.segmentlab.core.campaign.UpliftDecile;
import org.segmentlab.core.campaign.UpliftEvaluation;
import org.segmentlab.core.campaign.UpliftMethod;
import org.segmentlab.core.campaign.UpliftModeling;
import org.segmentlab.core.campaign.UpliftParams;
import org.segmentlab.core.campaign.UpliftResult;
import org.segmentlab.core.data.ColumnInfo;
import org.segmentlab.core.data.ColumnRole;
import org.segmentlab.core.data.ColumnType;
import org.segmentlab.core.data.DataFileException;
import org.segmentlab.core.data.ImportOptions;
import org.segmentlab.core.data.ImportedTable;
import org.segmentlab.core.data.TableImporter;
import org.segmentlab.core.predict.ModelKind;
import org.segmentlab.core.predict.ModelParams;
import org.segmentlab.core.predict.SplitSpec;
import org.segmentlab.report.CampaignFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "uplift", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Models who the campaign moves: per-customer uplift (the rise in conversion probability the "
                + "treatment brings), trained on a seeded part stratified by arm and outcome and measured on the rest.",
            "Writes " + CampaignFiles.UPLIFT_HEADER + " for every customer, and metrics.json: qini_auc (area between "
                + "the Qini curve and random targeting on the test part; above 0 beats random), uplift_at_10/20/30, "
                + "deciles."})
final class UpliftCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CampaignArmOptions arms;

    @Option(names = "--features", split = ",", paramLabel = "a,b,c",
            description = "Columns known before the campaign. Default: every column but the id, group and outcome "
                    + "(stderr lists them; leave out anything measured after the campaign, such as visits or spend).")
    List<String> features;

    @Option(names = "--id", paramLabel = "COLUMN",
            description = "The customer id column (default: customer_id or CustomerID when present, else the data "
                    + "row number from 1).")
    String id;

    @Option(names = "--model", defaultValue = "logistic", paramLabel = "logistic|forest|boosting",
            description = "The classifier of each model (default logistic).")
    String model;

    @Option(names = "--method", defaultValue = "best", paramLabel = "best|two-model|class-transformation|single-model",
            description = "two-model (one classifier per arm), class-transformation, single-model (one classifier "
                    + "with the arm as a feature), or best: the simplest whose Qini area in 4-fold cross-validation on "
                    + "the training part is within one standard error of the largest (default best).")
    String method;

    @Option(names = "--split", defaultValue = "stratified:0.3", paramLabel = "stratified:F",
            description = "Share held out to measure the model, stratified by arm and outcome (default stratified:0.3).")
    String split;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the split, the balancing and the models (default 42).")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "uplift.csv", description = "Where to write every customer's uplift.")
    Path out;

    @Option(names = "--metrics", paramLabel = "metrics.json", description = "Write the test-part measures as JSON.")
    Path metrics;

    @Override
    public Integer call() throws DataFileException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        UpliftParams params = params();
        Path path = arms.input;
        String file = path.getFileName().toString();
        Progress progress = ConsoleProgress.forTerminal(err);
        Map<String, ColumnRole> roles = new HashMap<>();
        for (String c : new String[] {arms.group, arms.outcome, id}) {
            if (c != null) {
                roles.put(c, ColumnRole.ATTRIBUTE);
            }
        }
        if (features != null) {
            features.forEach(f -> roles.put(f.strip(), ColumnRole.ATTRIBUTE));
        }
        ImportedTable table = new TableImporter().read(ImportOptions.of(path).withRoles(roles), progress.slice(0, 0.1));
        String idColumn = CampaignCli.idColumn(table, id);
        List<String> featureColumns = features != null ? features.stream().map(String::strip).toList()
                : defaultFeatures(table, idColumn);
        if (features == null) {
            err.println("segmentlab: features: " + String.join(", ", featureColumns)
                    + " (leave out anything measured after the campaign with --features)");
        }
        CampaignColumns columns = arms.columns().withId(idColumn)
                .withFeatures(featureColumns);
        CampaignTable.Read read;
        UpliftResult result;
        try {
            read = CampaignTable.read(table.table(), columns);
            read.notes().forEach(n -> err.println("segmentlab: note: " + file + ": " + n));
            result = new UpliftModeling().fit(read.features(), read.outcomes(), params, progress.slice(0.1, 0.95));
        } catch (IllegalArgumentException e) {
            throw new BadInputException(file + ": " + e.getMessage());
        }
        result.notes().forEach(n -> err.println("segmentlab: note: " + n));
        try {
            CampaignFiles.writeUplift(out, result);
        } catch (IOException e) {
            throw new BadInputException("cannot write " + out + ": " + TrainCommand.reason(e));
        }
        if (metrics != null) {
            try {
                CampaignFiles.writeJson(metrics, CampaignFiles.upliftMetrics(result));
            } catch (IOException e) {
                throw new BadInputException("cannot write " + metrics + ": " + TrainCommand.reason(e));
            }
        }
        progress.update(1, "Done");
        print(stdout, result);
        return SegmentLabCli.OK;
    }

    private UpliftParams params() {
        try {
            ModelKind kind = ModelKind.parse(model);
            SplitSpec s = SplitSpec.parse(split);
            if (s.kind() != SplitSpec.Kind.STRATIFIED) {
                throw new IllegalArgumentException("--split: an uplift model is measured on a stratified:FRACTION "
                        + "split, not '" + split + "'");
            }
            return new UpliftParams(ModelParams.defaults(kind), UpliftMethod.parse(method), s.testFraction(), seed);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    /** Numbers and text columns other than the id, group and outcome. */
    private List<String> defaultFeatures(ImportedTable table, String idColumn) {
        List<String> out = new ArrayList<>();
        for (ColumnInfo c : table.report().columns()) {
            String name = c.name();
            boolean role = name.equalsIgnoreCase(arms.group) || name.equalsIgnoreCase(arms.outcome)
                    || (idColumn != null && name.equalsIgnoreCase(idColumn));
            boolean usable = c.type() == ColumnType.INTEGER || c.type() == ColumnType.DECIMAL || c.type() == ColumnType.TEXT
                    || c.type() == ColumnType.BOOLEAN;
            if (!role && usable) {
                out.add(name);
            }
        }
        return out;
    }

    private static void print(PrintWriter out, UpliftResult r) {
        UpliftEvaluation e = r.test();
        out.printf(Locale.ROOT, "Uplift by %s (%s) trained on %,d customers, measured on %,d.%n", r.method().cliName(),
                r.params().model().kind().cliName(), r.trainRows(), r.testRows());
        out.printf(Locale.ROOT, "Qini area %.6f against %.6f for random targeting: %s by %.6f%n", e.qiniArea(),
                e.randomArea(), e.qiniAreaAboveRandom() > 0 ? "above" : "below", Math.abs(e.qiniAreaAboveRandom()));
        out.printf(Locale.ROOT, "Observed uplift in the top 10%% / 20%% / 30%%: %+.2f / %+.2f / %+.2f points%n",
                100 * e.upliftAt10(), 100 * e.upliftAt20(), 100 * e.upliftAt30());
        out.println("decile  treated  control  rate T   rate C   uplift  predicted");
        for (UpliftDecile d : e.deciles()) {
            out.printf(Locale.ROOT, "%6d %8d %8d %6.2f%% %6.2f%% %+7.2f %+9.2f%n", d.decile(), d.treated(), d.control(),
                    100 * d.rateTreated(), 100 * d.rateControl(), 100 * d.observedUplift(), 100 * d.predictedUplift());
        }
        out.flush();
    }
}
