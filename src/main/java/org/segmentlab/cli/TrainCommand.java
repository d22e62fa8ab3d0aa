package org.segmentlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.segmentlab.Version;
import org.segmentlab.core.Progress;
import org.segmentlab.core.data.ColumnRole;
import org.segmentlab.core.data.DataFileException;
import org.segmentlab.core.data.ImportOptions;
import org.segmentlab.core.data.ImportedTable;
import org.segmentlab.core.data.TableImporter;
import org.segmentlab.core.predict.CostMatrix;
import org.segmentlab.core.predict.CrossValidationResult;
import org.segmentlab.core.predict.Evaluation;
import org.segmentlab.core.predict.MetricsJson;
import org.segmentlab.core.predict.ModelFile;
import org.segmentlab.core.predict.ModelHeader;
import org.segmentlab.core.predict.ModelInputReader;
import org.segmentlab.core.predict.ModelInputSpec;
import org.segmentlab.core.predict.ModelKind;
import org.segmentlab.core.predict.ModelParams;
import org.segmentlab.core.predict.ModelTraining;
import org.segmentlab.core.predict.Rebalancing;
import org.segmentlab.core.predict.SplitCsv;
import org.segmentlab.core.predict.SplitSpec;
import org.segmentlab.core.predict.Splits;
import org.segmentlab.core.predict.ThresholdPolicy;
import org.segmentlab.core.predict.TrainingParams;
import org.segmentlab.core.predict.TrainingProfile;
import org.segmentlab.core.predict.TrainingResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Trains a churn/propensity classifier, tests it on held-out customers and saves it.")
final class TrainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--input", required = true, paramLabel = "FILE", description = "One row per customer, with the label.")
    Path input;

    @Option(names = "--id", required = true, paramLabel = "COLUMN", description = "The customer id column.")
    String id;

    @Option(names = "--label", required = true, paramLabel = "COLUMN",
            description = "The outcome column (Yes/No, 1/0, true/false, or any values with --positive).")
    String label;

    @Option(names = "--features", split = ",", paramLabel = "a,b,c",
            description = "Feature columns. Default: every column but the id, the label and those unfit "
                    + "(dates, identifiers, empty); stderr says which were left out.")
    List<String> features;

    @Option(names = "--model", required = true, paramLabel = "logistic|forest|boosting",
            description = "logistic (L2-regularised), forest (random forest) or boosting (gradient-boosted trees).")
    String model;

    @Option(names = "--split", defaultValue = "stratified:0.2", paramLabel = "SPLIT",
            description = "stratified:FRACTION (default stratified:0.2), time:COLUMN:yyyy-MM-dd "
                    + "(train before the date, test on and after) or none (train on every row: no hold-out metrics).")
    String split;

    @Option(names = "--split-out", paramLabel = "split.csv",
            description = "Write the split used: customer_id,part (train, test or left_out).")
    Path splitOut;

    @Option(names = "--positive", paramLabel = "VALUE", description = "The label value that means positive (churned).")
    String positive;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the split, the trees and the shuffles (default 42).")
    long seed;

    @Option(names = "--save", required = true, paramLabel = "MODEL.slm", description = "Where to save the model.")
    Path save;

    @Option(names = "--metrics", paramLabel = "metrics.json", description = "Write the test metrics as JSON.")
    Path metrics;

    @Option(names = "--threshold", defaultValue = "0.5", paramLabel = "P|max-f1|min-cost",
            description = "Score at which a customer counts as positive in the confusion matrix (default 0.5); "
                    + "max-f1 or min-cost (needs --costs) pick it on the test part.")
    String threshold;

    @Option(names = "--costs", paramLabel = "MISSED,OFFER,SAVED",
            description = "Campaign economics per customer: cost of a missed churner, cost of an offer, value "
                    + "saved by a caught churner; adds the costs to metrics.json.")
    String costs;

    @Option(names = "--balance", defaultValue = "none", paramLabel = "none|weights|smote",
            description = "Rebalance the classes of the training part only (default none).")
    String balance;

    @Option(names = "--lambda", paramLabel = "X", description = "L2 penalty of logistic regression (default 1).")
    Double lambda;

    @Option(names = "--trees", paramLabel = "N", description = "Trees of the forest (default 100), or most trees of boosting (100).")
    Integer trees;

    @Option(names = "--max-depth", paramLabel = "N",
            description = "Deepest a tree may grow (forest default 40, boosting 31).")
    Integer maxDepth;

    @Option(names = "--min-leaf", paramLabel = "N",
            description = "Fewest training rows in a leaf (forest default 10, boosting 20).")
    Integer minLeaf;

    @Option(names = "--mtry", paramLabel = "N",
            description = "Forest: columns tried at each split (default: the square root of the encoded columns).")
    Integer mtry;

    @Option(names = "--cv", paramLabel = "K", description = "Also run stratified K-fold cross-validation into metrics.json.")
    Integer folds;

    @Override
    public Integer call() throws DataFileException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String file = input.getFileName().toString();
        TrainingParams params = params();
        boolean chronological = params.split().kind() == SplitSpec.Kind.CHRONOLOGICAL;

        Map<String, ColumnRole> roles = new HashMap<>();
        roles.put(id, ColumnRole.CUSTOMER_ID);
        roles.put(label, ColumnRole.LABEL);
        Progress progress = ConsoleProgress.forTerminal(err);
        ImportedTable table = new TableImporter().read(ImportOptions.of(input).withRoles(roles), progress.slice(0, 0.2));

        ModelInputSpec inputSpec = new ModelInputSpec(id, label, positive, features,
                chronological ? params.split().dateColumn() : null);
        ModelInputReader.Read read;
        TrainingResult result;
        CrossValidationResult cv = null;
        try {
            read = ModelInputReader.forTraining(table, inputSpec);
            for (String note : read.notes()) {
                err.println("segmentlab: note: " + note);
            }
            read.warnings().forEach(w -> err.println("segmentlab: warning: " + w.message()));
            if (features == null || features.isEmpty()) {
                err.println("segmentlab: features: " + String.join(", ", read.schema().features()));
            }
            ModelTraining training = new ModelTraining();
            // The model file is written while the leakage check and the permutation importance are
            // computed: it holds the model and its hold-out metrics, not the importance.
            ModelInputReader.Read forSaving = read;
            result = training.train(read.input(), read.schema(), params, progress.slice(0.2, folds == null ? 1 : 0.6),
                    fitted -> save(fitted, forSaving));
            result.warnings().forEach(w -> err.println("segmentlab: warning: " + w.message()));
            result = result.withReadWarnings(read.warnings());
            if (splitOut != null) {
                SplitCsv.write(splitOut, read.input(), Splits.split(params.split(), read.input(), params.seed()));
            }
            if (folds != null) {
                cv = training.crossValidate(read.input(), read.schema(), params, folds, progress.slice(0.6, 1));
            }
        } catch (IllegalArgumentException e) {
            throw new BadInputException(file + ": " + e.getMessage());
        } catch (IOException e) {
            throw new BadInputException("cannot write " + splitOut + ": " + reason(e));
        }
        for (String note : result.notes()) {
            err.println("segmentlab: note: " + note);
        }

        if (metrics != null) {
            try {
                // what was left out, dropped, filled in or suspected, said in the file as on stderr
                List<String> warnings = new ArrayList<>(read.notes());
                result.warnings().forEach(w -> warnings.add(w.message()));
                warnings.addAll(result.notes());
                MetricsJson.write(metrics, result, cv, warnings);
            } catch (IOException e) {
                throw new BadInputException("cannot write " + metrics + ": " + reason(e));
            }
        }
        printSummary(out, result, cv);
        return SegmentLabCli.OK;
    }

    /** Writes the model file of a fitted model (its hold-out metrics in the header). */
    private void save(TrainingResult fitted, ModelInputReader.Read read) {
        String created = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        try {
            ModelFile.save(save, ModelHeader.of(fitted, Version.current(), created), fitted.model(),
                    TrainingProfile.of(read.input()));
        } catch (IOException e) {
            throw new BadInputException("cannot write " + save + ": " + reason(e));
        }
    }

    static String reason(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such folder";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage();
    }

    private TrainingParams params() {
        try {
            ModelKind kind = ModelKind.parse(model);
            ModelParams modelParams = ModelParams.defaults(kind);
            if (lambda != null) {
                modelParams = modelParams.withLambda(lambda);
            }
            if (trees != null) {
                modelParams = modelParams.withTrees(trees);
            }
            if (maxDepth != null) {
                modelParams = modelParams.withMaxDepth(maxDepth);
            }
            if (minLeaf != null) {
                modelParams = modelParams.withMinLeaf(minLeaf);
            }
            if (mtry != null) {
                if (kind != ModelKind.FOREST) {
                    throw new IllegalArgumentException("--mtry applies to the forest only");
                }
                modelParams = modelParams.withMtry(mtry);
            }
            if (folds != null && folds < 2) {
                throw new IllegalArgumentException("--cv needs at least 2 folds");
            }
            CostMatrix economics = costs == null ? null : CostMatrix.parse(costs);
            return TrainingParams.defaults(kind).withModel(modelParams).withSplit(SplitSpec.parse(split))
                    .withThreshold(ThresholdPolicy.parse(threshold, economics)).withCosts(economics)
                    .withRebalancing(Rebalancing.parse(balance)).withSeed(seed);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    private void printSummary(PrintWriter out, TrainingResult r, CrossValidationResult cv) {
        Evaluation e = r.evaluation();
        if (e == null) {
            out.printf(Locale.ROOT, "Trained %s on all %,d customers; none held out, so no test metrics.%n",
                    r.model().kind().cliName(), r.trainRows());
            if (cv != null) {
                out.printf(Locale.ROOT, "%d-fold cross-validation: ROC AUC %.3f ± %.3f%n", cv.folds(),
                        cv.metric("auc_roc").mean(), cv.metric("auc_roc").std());
            }
            out.println("Saved " + save);
            out.flush();
            return;
        }
        out.printf(Locale.ROOT, "Trained %s on %,d customers; tested on %,d (%,d positive).%n",
                r.model().kind().cliName(), r.trainRows(), r.testRows(), e.positives());
        out.printf(Locale.ROOT, "ROC AUC %.3f  PR AUC %.3f  log loss %.3f%n", e.rocAuc(), e.prAuc(), e.logLoss());
        out.printf(Locale.ROOT, "At threshold %.3f: accuracy %.3f  precision %.3f  recall %.3f  F1 %.3f%n",
                e.threshold(), e.accuracy(), e.precision(), e.recall(), e.f1());
        if (!r.importance().isEmpty()) {
            out.print("Most important:");
            r.importance().stream().limit(5).forEach(fi -> out.printf(Locale.ROOT, " %s (%.3f)", fi.feature(),
                    fi.aucDrop()));
            out.println();
        }
        if (cv != null) {
            out.printf(Locale.ROOT, "%d-fold cross-validation: ROC AUC %.3f ± %.3f%n", cv.folds(),
                    cv.metric("auc_roc").mean(), cv.metric("auc_roc").std());
        }
        out.println("Saved " + save);
        out.flush();
    }
}
