package org.segmentlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.segmentlab.core.Progress;
import org.segmentlab.core.data.ColumnRole;
import org.segmentlab.core.data.DataFileException;
import org.segmentlab.core.data.ImportOptions;
import org.segmentlab.core.data.ImportedTable;
import org.segmentlab.core.data.TableImporter;
import org.segmentlab.core.predict.Imputations;
import org.segmentlab.core.predict.ModelFile;
import org.segmentlab.core.predict.ModelInputReader;
import org.segmentlab.core.predict.PropensityScoring;
import org.segmentlab.core.predict.SavedModel;
import org.segmentlab.core.predict.ScoredCustomers;
import org.segmentlab.core.predict.ScoresCsv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "score", mixinStandardHelpOptions = true,
        description = "Scores customers with a saved model: customer_id,score (probability of the positive class).")
final class ScoreCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--model", required = true, paramLabel = "MODEL.slm", description = "A model saved by 'train'.")
    Path model;

    @Option(names = "--input", required = true, paramLabel = "FILE",
            description = "One row per customer with the model's id and feature columns.")
    Path input;

    @Option(names = "--out", required = true, paramLabel = "scores.csv", description = "Where to write the scores.")
    Path out;

    @Override
    public Integer call() throws DataFileException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SavedModel saved;
        try {
            saved = ModelFile.load(model);
        } catch (IOException e) {
            throw new BadInputException(e.getMessage());
        }
        Progress progress = ConsoleProgress.forTerminal(err);
        String idColumn = saved.model().schema().idColumn();
        ImportedTable table = new TableImporter().read(
                ImportOptions.of(input).withRoles(Map.of(idColumn, ColumnRole.CUSTOMER_ID)), progress.slice(0, 0.5));
        ScoredCustomers scores;
        try {
            ModelInputReader.Read read = ModelInputReader.forScoring(table, saved.model().schema());
            for (String note : read.notes()) {
                err.println("segmentlab: note: " + note);
            }
            Imputations.ofScoring(saved.model().preparation(), read.input())
                    .forEach(w -> err.println("segmentlab: warning: " + w.message()));
            scores = new PropensityScoring().score(saved.model(), read.input(), progress.slice(0.5, 0.9));
            if (saved.profile() == null) {
                err.println("segmentlab: note: " + model.getFileName() + " keeps no profile of its training data "
                        + "(saved by an older SegmentLab), so drift from it is not checked");
            } else {
                saved.profile().retrainWarnings(read.input()).forEach(w -> err.println("segmentlab: warning: " + w));
            }
        } catch (IllegalArgumentException e) {
            throw new BadInputException(input.getFileName() + ": " + e.getMessage());
        }
        try {
            ScoresCsv.write(out, scores);
        } catch (IOException e) {
            throw new BadInputException("cannot write " + out + ": " + TrainCommand.reason(e));
        }
        progress.update(1, "Done");
        stdout.printf(Locale.ROOT, "Scored %,d customers with the %s model into %s%n", scores.size(), saved.header().model(), out);
        stdout.flush();
        return SegmentLabCli.OK;
    }
}
