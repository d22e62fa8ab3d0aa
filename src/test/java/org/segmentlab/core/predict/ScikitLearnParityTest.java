package org.segmentlab.core.predict;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.segmentlab.core.Progress;
import org.segmentlab.core.data.ColumnRole;
import org.segmentlab.core.data.ImportOptions;
import org.segmentlab.core.data.ImportedTable;
import org.segmentlab.core.data.TableImporter;
import org.segmentlab.testing.SharedDatasets;

/**
 * Each model's hold-out ROC AUC against its scikit-learn 1.2.1 counterpart on the same stratified 20%
 * split (seed 7): within 0.005 or better. The reference figures were computed once with
 * {@code src/test/resources/org/segmentlab/core/predict/sklearn_train.py} on the split file
 * {@code segmentlab train … --split stratified:0.2 --seed 7 --split-out split.csv} wrote
 * ({@code /usr/bin/python3 sklearn_train.py DATA.csv ID LABEL POSITIVE split.csv MODEL}; bank without
 * {@code duration}; online-shoppers and bank given a row-number id column {@code id} first):
 * LogisticRegression(C=1), HistGradientBoostingClassifier(), RandomForestClassifier(500, random_state=7).
 */
class ScikitLearnParityTest {

    @TempDir
    static Path dir;

    @ParameterizedTest(name = "{0} {1}: scikit-learn {2}")
    @CsvSource({
        "telco, LOGISTIC, 0.8662", "telco, BOOSTING, 0.8466", "telco, FOREST, 0.8347",
        "shoppers, LOGISTIC, 0.9035", "shoppers, BOOSTING, 0.9401", "shoppers, FOREST, 0.9344",
        "bank, LOGISTIC, 0.7804", "bank, BOOSTING, 0.7978", "bank, FOREST, 0.7638"})
    void everyModelIsWithinHalfAPointOfScikitLearnOrBetter(String data, ModelKind kind, double sklearn)
            throws Exception {
        ModelInputReader.Read read = read(data);
        TrainingResult r = new ModelTraining().train(read.input(), read.schema(),
                TrainingParams.defaults(kind).withSeed(7).withImportanceRepeats(0), Progress.none());
        assertThat(r.evaluation().rocAuc()).as("%s %s", data, kind).isGreaterThanOrEqualTo(sklearn - 0.005);
    }

    private static ModelInputReader.Read read(String data) throws Exception {
        switch (data) {
            case "telco": {
                Path file = SharedDatasets.require("telco-churn/WA_Fn-UseC_-Telco-Customer-Churn.csv");
                return ModelInputReader.forTraining(importer(file, "customerID"),
                        ModelInputSpec.of("customerID", "Churn", List.of()).withPositiveValue("Yes"));
            }
            case "shoppers": {
                Path file = withRowNumbers(SharedDatasets.require("online-shoppers/online_shoppers_intention.csv"),
                        ";", "shoppers.csv");
                return ModelInputReader.forTraining(importer(file, "id"),
                        ModelInputSpec.of("id", "Revenue", List.of()).withPositiveValue("TRUE"));
            }
            default: {
                Path file = withRowNumbers(SharedDatasets.require("bank-marketing/bank-additional-full.csv"), ";",
                        "bank.csv");
                ImportedTable table = importer(file, "id");
                List<String> features = new ArrayList<>(table.table().columnNames());
                features.removeAll(List.of("id", "y", "duration"));
                return ModelInputReader.forTraining(table,
                        ModelInputSpec.of("id", "y", features).withPositiveValue("yes"));
            }
        }
    }

    private static ImportedTable importer(Path file, String id) throws Exception {
        return new TableImporter().read(ImportOptions.of(file).withRoles(Map.of(id, ColumnRole.CUSTOMER_ID)),
                Progress.none());
    }

    /** A copy of the file with a first column {@code id} numbering its rows from 1. */
    private static Path withRowNumbers(Path source, String delimiter, String name) throws Exception {
        return withRowNumbers(source, delimiter, dir.resolve(name));
    }

    /** A copy of the file in {@code out} with a first column {@code id} numbering its rows from 1. */
    static Path withRowNumbers(Path source, String delimiter, Path out) throws Exception {
        if (Files.exists(out)) {
            return out;
        }
        List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("id" + delimiter + lines.get(0) + "\n");
            for (int i = 1; i < lines.size(); i++) {
                if (!lines.get(i).isBlank()) {
                    w.write(i + delimiter + lines.get(i) + "\n");
                }
            }
        }
        return out;
    }
}
